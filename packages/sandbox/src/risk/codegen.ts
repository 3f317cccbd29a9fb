/*
 * The code-generation mode: a rule pass written out as JavaScript and built with `new Function`,
 * for hosts where eval is allowed. It decides exactly as the closures do (the property test in
 * modes.test.ts holds them to it); it is faster because each test is inline code over the array
 * rather than a call through a closure tree.
 */
import { MISSING } from './catalogue.js';
import type { RulePass, SlotOf } from './compiled-rule.js';
import type { Condition, Rule } from './rule-set.js';

/** Rules per generated function: small enough for V8 to optimise each one (large ones it won't). */
const RULES_PER_FUNCTION = 64;

/** An `in` list up to this long is a chain of `===`; a longer one is looked up in a Set. */
const INLINE_VALUES = 12;

const NUMBER = String(MISSING);

/**
 * Generates one decision kind's rule pass.
 *
 * @throws EvalError where code generation is forbidden (a Content-Security-Policy without
 *   `unsafe-eval`): use the closures mode there
 */
export function codegenPass(rules: readonly Rule<string>[], slotOf: SlotOf): RulePass {
  const sets: Set<number>[] = [];
  const chunks: ((v: Float64Array, fired: Int32Array, n: number) => number)[] = [];
  for (let start = 0; start < rules.length; start += RULES_PER_FUNCTION) {
    const lines = rules.slice(start, start + RULES_PER_FUNCTION).map((rule, k) => {
      const at = start + k;
      if (rule.when === undefined) return `fired[n++] = ${at};`;
      return `if (${expression(rule.when, false, slotOf, sets)}) fired[n++] = ${at};`;
    });
    const body = `return function (v, fired, n) {\n  let x;\n  ${lines.join('\n  ')}\n  return n;\n};`;
    chunks.push(build(body, sets));
  }
  return (values, fired) => {
    let n = 0;
    for (const chunk of chunks) n = chunk(values, fired, n);
    return n;
  };
}

function build(body: string, sets: Set<number>[]) {
  try {
    return new Function('S', body)(sets) as (v: Float64Array, f: Int32Array, n: number) => number;
  } catch (error) {
    throw new EvalError(
      `The risk engine's codegen mode needs code generation (new Function), which this host ` +
        `forbids (${(error as Error).message}). Use mode 'closures'.`,
    );
  }
}

/** A condition as a JavaScript expression over `v`, with `not` pushed down as compile.ts does. */
function expression(
  condition: Condition<string>,
  negated: boolean,
  slotOf: SlotOf,
  sets: Set<number>[],
): string {
  if ('not' in condition) return expression(condition.not, !negated, slotOf, sets);
  if ('all' in condition || 'any' in condition) {
    const all = 'all' in condition;
    const parts = (all ? condition.all : condition.any).map((part) =>
      expression(part, negated, slotOf, sets),
    );
    const conjunction = all !== negated; // not all = any not
    if (parts.length === 0) return conjunction ? 'true' : 'false';
    return `(${parts.join(conjunction ? ' && ' : ' || ')})`;
  }

  const read = `(x = v[${slotOf(condition.indicator)}])`;
  const present = `${read} !== ${NUMBER}`;
  if (condition.op === 'missing') return negated ? `(${present})` : `(${read} === ${NUMBER})`;
  if (condition.op === 'in') {
    const list = condition.values;
    let member: string;
    if (list.length <= INLINE_VALUES) member = `(${list.map((c) => `x === ${c}`).join(' || ')})`;
    else {
      sets.push(new Set(list));
      member = `S[${sets.length - 1}].has(x)`;
    }
    // MISSING is never in a list (values are checked), so `in` needs no test for it.
    return negated ? `(${present} && !${member})` : `(${read}, ${member})`;
  }
  const op = negated ? NEGATED_COMPARISON[condition.op] : condition.op;
  const js = op === '==' ? '===' : op === '!=' ? '!==' : op;
  return `(${present} && x ${js} ${condition.value})`;
}

const NEGATED_COMPARISON = {
  '<': '>=',
  '<=': '>',
  '>': '<=',
  '>=': '<',
  '==': '!=',
  '!=': '==',
} as const;
