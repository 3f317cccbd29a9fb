/**
 * fast-check arbitraries read from a zod (mini) schema of the contract: `validSample` makes
 * values the schema accepts (with unknown extra keys now and then, which it strips), and
 * `mutatedSample` breaks one of them in one place (a value replaced by another JSON value, a key
 * dropped, a string lengthened). Used to prove that the page's generated validators decide as
 * zod does; only the schema types of the page responses are known here.
 */
import fc from 'fast-check';

interface ZodLike {
  _zod: { def: Def; optin?: string; optout?: string };
}
/** The parts of a schema's definition read here. */
interface Def {
  type: string;
  check?: string;
  checks?: ZodLike[];
  format?: string;
  pattern?: RegExp;
  value: number;
  inclusive?: boolean;
  values: unknown[];
  entries: Record<string, unknown>;
  innerType: ZodLike;
  element: ZodLike;
  options: ZodLike[];
  shape: Record<string, ZodLike>;
}

/** Any JSON value, small. */
const json = fc.jsonValue({ maxDepth: 2 });

/** Values the schema accepts. */
export function validSample(schema: unknown): fc.Arbitrary<unknown> {
  const s = schema as ZodLike;
  const def = s._zod.def;
  const checks: ZodLike[] = [...(def.check ? [s] : []), ...(def.checks ?? [])];
  switch (def.type) {
    case 'string': {
      const regex = checks.find((c) => c._zod.def.format === 'regex')?._zod.def.pattern;
      return regex ? fc.stringMatching(regex as RegExp) : fc.string({ maxLength: 8 });
    }
    case 'number': {
      const integer = checks.some((c) => c._zod.def.check === 'number_format');
      let min = -(2 ** 53 - 1);
      let max = 2 ** 53 - 1;
      let minExcluded = false;
      let maxExcluded = false;
      for (const check of checks) {
        const { check: kind, value, inclusive } = check._zod.def;
        if (kind === 'greater_than' && value >= min) [min, minExcluded] = [value, !inclusive];
        if (kind === 'less_than' && value <= max) [max, maxExcluded] = [value, !inclusive];
      }
      if (!integer) {
        return fc.double({
          min,
          max,
          minExcluded,
          maxExcluded,
          noNaN: true,
          noDefaultInfinity: true,
        });
      }
      if (minExcluded) min += 1;
      if (maxExcluded) max -= 1;
      const any = fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number);
      const small = fc.integer({ min: Math.max(min, -100), max: Math.min(max, 100) });
      return fc.oneof(any, small, fc.constantFrom(min, max));
    }
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as object));
    case 'nullable':
      return fc.oneof(fc.constant(null), validSample(def.innerType));
    case 'optional':
      return validSample(def.innerType);
    case 'array':
      return fc.array(validSample(def.element), { maxLength: 3 });
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(validSample));
    case 'object': {
      const shape = def.shape as Record<string, ZodLike>;
      const required = Object.keys(shape).filter(
        (key) => !(shape[key]!._zod.optin === 'optional' && shape[key]!._zod.optout === 'optional'),
      );
      const known = fc.record(
        Object.fromEntries(Object.entries(shape).map(([key, child]) => [key, validSample(child)])),
        { requiredKeys: required },
      );
      // A newer bank may add fields: the schema strips them.
      const extra = fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), json, { maxKeys: 2 });
      return fc.tuple(known, fc.option(extra, { freq: 3 })).map(([value, more]) => ({
        ...Object.fromEntries(Object.entries(more ?? {}).filter(([key]) => !(key in shape))),
        ...value,
      }));
    }
    default:
      throw new Error(`no arbitrary for the zod type "${def.type}"`);
  }
}

/** Where a value can be broken: the paths of every node of a JSON value. */
function paths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value))
    return here.concat(...value.map((item, i) => paths(item, [...path, i])));
  if (value !== null && typeof value === 'object') {
    return here.concat(...Object.entries(value).map(([key, item]) => paths(item, [...path, key])));
  }
  return here;
}

type Mutation = (value: unknown) => unknown;

/** Replaces, deletes or alters the node at `path` of a copy of `root`. */
function mutateAt(root: unknown, path: (string | number)[], mutation: Mutation | 'delete') {
  if (path.length === 0) return mutation === 'delete' ? undefined : mutation(root);
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (mutation === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = mutation(parent[last]);
  return copy;
}

/** A valid value broken (or, by chance, not) in one place. */
export function mutatedSample(schema: unknown): fc.Arbitrary<unknown> {
  const mutations: fc.Arbitrary<Mutation | 'delete'> = fc.oneof(
    json.map((replacement) => () => replacement),
    fc.constant('delete' as const),
    fc.constant((value: unknown) => (typeof value === 'string' ? `${value}x` : value)),
    fc.constant((value: unknown) => (typeof value === 'number' ? value + 0.5 : value)),
    fc.constant((value: unknown) => (typeof value === 'number' ? -value - 1 : value)),
    fc.constant((value: unknown) => (typeof value === 'number' ? String(value) : value)),
  );
  return validSample(schema).chain((value) =>
    fc
      .tuple(fc.constantFrom(...paths(value)), mutations)
      .map(([path, mutation]) => mutateAt(value, path, mutation)),
  );
}
