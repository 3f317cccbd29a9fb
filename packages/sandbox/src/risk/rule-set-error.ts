/**
 * A rule set that cannot be loaded. Every problem found is listed, each naming the rule (or the
 * section) at fault, so an analyst fixes the file in one pass; no problem is left for a decision
 * to stumble on.
 */
export class RuleSetError extends Error {
  override name = 'RuleSetError' as const;

  constructor(
    /** One line per problem, e.g. `rule "x" at rules[3].when.op: unknown op "=>"`. */
    readonly problems: readonly string[],
  ) {
    super(`Invalid risk rule set:\n- ${problems.join('\n- ')}`);
  }
}

/** One thing wrong with a rule set, where it is (a path into the JSON). */
export interface Problem {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}
