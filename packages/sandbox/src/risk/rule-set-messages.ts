/*
 * The words of a rule-set load error: what each schema issue means to an analyst, and where it
 * is, naming the rule or the indicator rather than an index alone.
 */
import type { z } from '@xinghui/contract';
import type { Problem } from './rule-set-error.js';

/**
 * Says what is wrong where the schema has no message of its own. zod/mini carries no message
 * locale, so without this most problems would read "Invalid input".
 */
const TYPE_NAMES: Partial<Record<string, string>> = {
  int: 'an integer',
  number: 'an integer',
  string: 'a string',
  object: 'an object',
  record: 'an object',
  array: 'a list',
};

export function explainIssue(issue: z.core.$ZodRawIssue): string | undefined {
  const quote = (value: unknown) => JSON.stringify(value);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `unknown field ${issue.keys.map(quote).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(quote).join(', ')}`;
    case 'invalid_union':
      return Array.isArray(issue.options)
        ? `must be one of ${issue.options.map(quote).join(', ')}`
        : undefined;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      return `must be at most ${issue.maximum}`;
    default:
      return undefined;
  }
}

/**
 * `rule "x" at rules[3].when.op: unknown op "=>"`: names the rule (or the added indicator), not
 * just its index.
 */
export function describeProblem({ path, message }: Problem, input: unknown): string {
  const where = path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
  const [section, index] = path;
  if (section === 'rules' && typeof index === 'number') {
    const id = (input as { rules?: { id?: unknown }[] }).rules?.[index]?.id;
    const rule = typeof id === 'string' ? `rule ${JSON.stringify(id)}` : `rule #${index + 1}`;
    return `${rule} at ${where}: ${message}`;
  }
  if (section === 'indicators' && typeof index === 'number') {
    const name = (input as { indicators?: { name?: unknown }[] }).indicators?.[index]?.name;
    const entry =
      typeof name === 'string' ? `indicator ${JSON.stringify(name)}` : `indicator #${index + 1}`;
    return `${entry} at ${where}: ${message}`;
  }
  return `${where || 'rule set'}: ${message}`;
}
