/*
 * The indicators of a rule set: the shipped catalogue plus the file's own `indicators`, and the
 * check that every name a rule tests is one of them. Kept out of rule-set.ts so the schema file
 * stays about shapes.
 */
import { IndicatorCatalogue } from './catalogue.js';
import { DEFAULT_CATALOGUE, INDICATOR_NAMES } from './indicators.js';
import type { Problem } from './rule-set-error.js';

// The parts of a rule set this file reads, as shapes: importing rule-set.ts's types would make
// an import circle (rule-set.ts calls checkIndicators).
interface Tested {
  readonly indicator?: string;
  readonly all?: readonly Tested[];
  readonly any?: readonly Tested[];
  readonly not?: Tested;
}
interface Names {
  readonly indicators?: readonly { readonly name: string }[];
  readonly rules: readonly {
    readonly when?: Tested;
    readonly then: {
      readonly propose_limit?: { readonly indicator?: string };
      readonly cap_limit?: { readonly indicator?: string };
    };
  }[];
}

/** The catalogue a (validated) rule set's rules run over: the shipped one, then the file's. */
export function catalogueOf(ruleSet: Names): IndicatorCatalogue {
  const added = ruleSet.indicators ?? [];
  if (added.length === 0) return DEFAULT_CATALOGUE;
  return new IndicatorCatalogue([...INDICATOR_NAMES, ...added.map((entry) => entry.name)]);
}

/**
 * Problems with names: an added indicator that repeats one (shipped or in the file), and every
 * test or limit formula naming an indicator the catalogue does not have.
 */
export function checkIndicators(ruleSet: Names): Problem[] {
  const problems: Problem[] = [];
  const known = new Set<string>(INDICATOR_NAMES);
  (ruleSet.indicators ?? []).forEach(({ name }, i) => {
    if (known.has(name)) {
      const where = INDICATOR_NAMES.includes(name as never) ? 'the shipped catalogue' : 'the file';
      problems.push({
        path: ['indicators', i, 'name'],
        message: `indicator ${JSON.stringify(name)} is already in ${where}`,
      });
    }
    known.add(name);
  });

  const unknown = (name: string | undefined, path: readonly PropertyKey[]) => {
    if (name !== undefined && !known.has(name)) {
      problems.push({
        path: [...path, 'indicator'],
        message: `unknown indicator ${JSON.stringify(name)}`,
      });
    }
  };
  const visit = (condition: Tested, path: readonly PropertyKey[]): void => {
    if (condition.all) condition.all.forEach((part, i) => visit(part, [...path, 'all', i]));
    else if (condition.any) condition.any.forEach((part, i) => visit(part, [...path, 'any', i]));
    else if (condition.not) visit(condition.not, [...path, 'not']);
    else unknown(condition.indicator, path);
  };
  const formula = (
    limit: { readonly indicator?: string } | undefined,
    path: readonly PropertyKey[],
  ) => unknown(limit?.indicator, path);

  ruleSet.rules.forEach((rule, i) => {
    if (rule.when) visit(rule.when, ['rules', i, 'when']);
    formula(rule.then.propose_limit, ['rules', i, 'then', 'propose_limit']);
    formula(rule.then.cap_limit, ['rules', i, 'then', 'cap_limit']);
  });
  return problems;
}
