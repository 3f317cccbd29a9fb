/**
 * Renders `packages/sdk/src/core/page-validators.generated.ts`: the response schema of every
 * endpoint a page may call (`auth: 'client'` in the contract's endpoint map), the error envelope
 * and the client secret, as compositions of the small checker in `packages/sdk/src/core/validate.ts`.
 * The page then validates what the bank answers without carrying the zod runtime.
 *
 * Read from the endpoint map, not a list: a new page endpoint is picked up by the next
 * `npm run validators:generate`, and until then tests/node/page-validators.test.ts fails (the
 * committed file is stale) and the page's transport refuses the call rather than skip its
 * validation. A zod construct the checker has no function for stops the generation with an error
 * naming the schema's path: nothing is ever validated more loosely than the contract says.
 */
import * as contract from '@xinghui/contract';
import { endpoints } from '@xinghui/contract';
import prettier from 'prettier';
import { join } from 'node:path';
import { repoRoot } from '../docs/paths.js';

/** Where the generated module goes, from the repository root. */
export const PAGE_VALIDATORS_FILE = 'packages/sdk/src/core/page-validators.generated.ts';

/** The command that rewrites the file, as the stale-file test names it. */
export const GENERATE_COMMAND = 'npm run validators:generate';

/** The parts of a zod (mini) schema the generator reads: `_zod.def` and optionality. */
interface ZodLike {
  _zod: { def: Def; optin?: string; optout?: string };
}
interface Def {
  type: string;
  checks?: ZodLike[];
  check?: string;
  format?: string;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
  error?: (issue: object) => unknown;
  abort?: boolean;
  shape?: Record<string, ZodLike>;
  catchall?: ZodLike;
  element?: ZodLike;
  innerType?: ZodLike;
  options?: ZodLike[];
  discriminator?: string;
  values?: unknown[];
  entries?: Record<string, unknown>;
}

/** A validator's code; `\uE000<n>\uE000` stands for the node numbered n. */
interface Node {
  code: string;
  uses: number;
  name?: string;
}

/** What the module is generated from: the contract's, unless a test passes its own. */
export interface ValidatorSource {
  endpoints: Record<string, { auth: string; method: string; path: string; response: unknown }>;
  ErrorEnvelope: unknown;
  ClientSecret: unknown;
}

/** The generated module's text, formatted with the repository's Prettier options. */
export async function renderPageValidators(
  source: ValidatorSource = {
    endpoints,
    ErrorEnvelope: contract.ErrorEnvelope,
    ClientSecret: contract.ClientSecret,
  },
): Promise<string> {
  const nodes: Node[] = [];
  const byCode = new Map<string, number>();
  const bySchema = new Map<ZodLike, number>();
  const names = exportNames();

  const intern = (code: string, schema?: ZodLike) => {
    let id = byCode.get(code);
    if (id === undefined) {
      id = nodes.push({ code, uses: 0 }) - 1;
      byCode.set(code, id);
    }
    const name = schema && names.get(schema);
    if (name && !nodes[id]!.name) nodes[id]!.name = name;
    return id;
  };
  const ref = (schema: ZodLike, where: string): string => {
    let id = bySchema.get(schema);
    if (id === undefined) {
      id = intern(emit(schema, where), schema);
      bySchema.set(schema, id);
    }
    nodes[id]!.uses += 1;
    return `\uE000${id}\uE000`;
  };

  /** The checker's functions the code calls, for the import line. */
  const usedFunctions = new Set<string>();
  /** The code of one schema, its children by reference. */
  const emit = (schema: ZodLike, where: string): string => {
    const code = emitCode(schema, where);
    const called = /^(\w+)/.exec(code)?.[1];
    if (called) usedFunctions.add(called);
    return code;
  };
  const emitCode = (schema: ZodLike, where: string): string => {
    const def = schema._zod.def;
    const unsupported = (what: string) =>
      new Error(
        `${where}: ${what} has no validator in packages/sdk/src/core/validate.ts; ` +
          'add one there (and to this generator) rather than validate it loosely',
      );
    const ownChecks = [...(def.check ? [schema] : []), ...(def.checks ?? [])];
    const onlyChecks = (allowed: string[]) => {
      for (const check of ownChecks) {
        const kind = check._zod.def.check ?? '?';
        if (!allowed.includes(kind)) throw unsupported(`a "${kind}" check on a ${def.type}`);
        if (check._zod.def.abort) throw unsupported(`an aborting check on a ${def.type}`);
      }
    };
    switch (def.type) {
      case 'string': {
        onlyChecks(['string_format']);
        if (ownChecks.length === 0) return 'text';
        const idPrefix = idPrefixOf(ownChecks);
        if (idPrefix) return `id(${JSON.stringify(idPrefix)})`;
        const rules = ownChecks.map((check) => {
          const { format, pattern } = check._zod.def;
          if (format !== 'regex' || !pattern) throw unsupported(`the string format "${format}"`);
          if (pattern.global || pattern.sticky) throw unsupported(`a regex with the g or y flag`);
          return `[${pattern}, ${JSON.stringify(message(check, `must match ${pattern}`))}]`;
        });
        return `str(${rules.join(', ')})`;
      }
      case 'number': {
        const [format, ...bounds] = ownChecks;
        const integer = format?.['_zod'].def.check === 'number_format';
        if (integer && !['safeint'].includes(format!._zod.def.format ?? '')) {
          throw unsupported(`the number format "${format!._zod.def.format}"`);
        }
        if (integer) onlyChecks(['number_format', 'greater_than', 'less_than']);
        else onlyChecks(['greater_than', 'less_than']);
        const rules = (integer ? bounds : ownChecks).map((check) => {
          const { check: kind, value, inclusive } = check._zod.def;
          if (kind === 'number_format') throw unsupported('a second number format');
          const compare = (kind === 'greater_than' ? '>' : '<') + (inclusive ? '=' : '');
          const fallback = `must be ${compare} ${value}`;
          return `[${value}, '${compare}', ${JSON.stringify(message(check, fallback))}]`;
        });
        return `num(${[String(integer), ...rules].join(', ')})`;
      }
      case 'boolean':
        onlyChecks([]);
        return 'bool';
      case 'literal':
      case 'enum': {
        onlyChecks([]);
        const values = def.type === 'literal' ? def.values! : Object.values(def.entries!);
        if (
          !values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
        ) {
          throw unsupported(`a ${def.type} of a value that is not JSON`);
        }
        return `oneOf(${values.map((v) => JSON.stringify(v)).join(', ')})`;
      }
      case 'nullable':
        onlyChecks([]);
        return `nul(${ref(def.innerType!, where)})`;
      case 'optional':
        // JSON has no `undefined` but an absent key: the object around it marks the key optional.
        onlyChecks([]);
        if (!where.endsWith(KEY_MARK)) throw unsupported('an optional outside an object key');
        return emit(def.innerType!, where);
      case 'array':
        onlyChecks([]);
        return `arr(${ref(def.element!, `${where}[]`)})`;
      case 'object': {
        onlyChecks([]);
        if (def.catchall) throw unsupported('an object with a catchall (loose or strict)');
        const keys = Object.entries(def.shape!).map(([key, child]) => {
          const inner = child._zod.def.type === 'nullable' ? child._zod.def.innerType! : child;
          const optional = child._zod.optin === 'optional' && child._zod.optout === 'optional';
          if (
            optional &&
            inner._zod.def.type !== 'optional' &&
            child._zod.def.type !== 'optional'
          ) {
            throw unsupported(`the optional key "${key}" of an unusual kind`);
          }
          // `.optional().nullable()` and `.nullable().optional()` accept the same JSON.
          const bare =
            child._zod.def.type === 'nullable' && inner._zod.def.type === 'optional'
              ? `nul(${ref(inner._zod.def.innerType!, `${where}.${key}`)})`
              : ref(child, `${where}.${key}${optional ? KEY_MARK : ''}`);
          if (optional) usedFunctions.add('opt');
          if (bare.startsWith('nul(')) usedFunctions.add('nul');
          const code = optional ? `opt(${bare})` : bare;
          return `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${code}`;
        });
        return `obj({ ${keys.join(', ')} })`;
      }
      case 'union': {
        onlyChecks([]);
        if (def.discriminator) throw unsupported('a discriminated union');
        const options = def.options!;
        // An open enum (`z.union([z.enum([...]), z.string()])`) accepts every string and outputs
        // it as it is: exactly `z.string()`, without its list of known values.
        const anyString = options.some(
          (o) => o._zod.def.type === 'string' && (o._zod.def.checks ?? []).length === 0,
        );
        const stringsOnly = options.every((o) => acceptsOnlyStrings(o));
        if (anyString && stringsOnly) return 'text';
        return `or(${options.map((o, i) => ref(o, `${where}|${i}`)).join(', ')})`;
      }
      default:
        throw unsupported(`the zod type "${def.type}"`);
    }
  };

  const roots: [string, string][] = [];
  const seenWires = new Set<string>();
  for (const [name, endpoint] of Object.entries(source.endpoints)) {
    if (endpoint.auth !== 'client') continue;
    const key = `${endpoint.method} ${endpoint.path}`;
    if (seenWires.has(key)) throw new Error(`${name}: a second page endpoint is ${key}`);
    seenWires.add(key);
    roots.push([key, ref(endpoint.response as unknown as ZodLike, name)]);
  }
  const envelope = ref(source.ErrorEnvelope as ZodLike, 'ErrorEnvelope');
  const secret = ref(source.ClientSecret as ZodLike, 'ClientSecret');

  // Shared validators become constants (children first); the others are written in place.
  const taken = new Set<string>();
  const constName = (id: number) => {
    const node = nodes[id]!;
    let name = node.name && !taken.has(node.name) ? node.name : `v${id}`;
    while (taken.has(name)) name = `${name}_`;
    taken.add(name);
    return name;
  };
  const constants: string[] = [];
  const written = new Map<number, string>();
  const render = (code: string): string =>
    code.replace(/\uE000(\d+)\uE000/g, (_, digits: string) => {
      const id = Number(digits);
      const node = nodes[id]!;
      const shared = node.uses > 1 && node.code !== 'bool' && node.code !== 'text';
      if (!shared) return render(node.code);
      let name = written.get(id);
      if (name === undefined) {
        const body = render(node.code);
        name = constName(id);
        written.set(id, name);
        constants.push(`const ${name} = ${body};`);
      }
      return name;
    });
  const table = roots.map(([key, code]) => `  ${JSON.stringify(key)}: ${render(code)},`);
  const envelopeCode = render(envelope);
  const secretCode = render(secret);
  const used = [...usedFunctions].sort();

  const text = [
    '// Generated by scripts/validators/page-validators.ts from the contract; do not edit.',
    `// After changing a page endpoint or its response schema, run \`${GENERATE_COMMAND}\`.`,
    `import { ${used.join(', ')}, type Validator } from './validate.js';`,
    '',
    ...constants,
    '',
    "/** The validator of each page endpoint's response (`auth: 'client'`), by `METHOD /path`. */",
    'export const pageValidators: Record<string, Validator> = {',
    ...table,
    '};',
    '',
    '/** `ErrorEnvelope`: the body of every error the bank answers. */',
    `export const errorEnvelope: Validator = ${envelopeCode};`,
    '',
    '/** `ClientSecret`: what a page is given to scope its calls to one session. */',
    `export const clientSecret: Validator = ${secretCode};`,
    '',
  ].join('\n');
  const path = join(repoRoot, PAGE_VALIDATORS_FILE);
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(text, { ...options, filepath: path });
}

/** Marks a path as an object key's, where `.optional()` may stand. */
const KEY_MARK = '\u0001';

/** The message a check was given in the contract, or the generator's own. */
function message(check: ZodLike, fallback: string): string {
  const given = check._zod.def.error?.({});
  if (given !== undefined && typeof given !== 'string') {
    throw new Error(`a check's message is not a string: ${String(given)}`);
  }
  return given ?? fallback;
}

/**
 * The prefix of an id whose one check is the contract's id rule with its message, which
 * `id(prefix)` in validate.ts builds the same: `cs` for `^cs_[0-9A-Za-z]{8,64}$`.
 */
function idPrefixOf(checks: ZodLike[]): string | undefined {
  const [check, ...others] = checks;
  const pattern = check?._zod.def.pattern;
  if (others.length > 0 || !check || check._zod.def.format !== 'regex' || !pattern) return;
  const prefix = /^\^([a-z]+)_\[0-9A-Za-z\]\{8,64\}\$$/.exec(pattern.source)?.[1];
  if (!prefix || pattern.flags !== '') return;
  return message(check, '') === `must be an id starting with "${prefix}_"` ? prefix : undefined;
}

/** Whether a schema accepts nothing but strings (so a union with `z.string()` is `z.string()`). */
function acceptsOnlyStrings(schema: ZodLike): boolean {
  const def = schema._zod.def;
  if (def.type === 'string') return true;
  if (def.type === 'enum') return Object.values(def.entries!).every((v) => typeof v === 'string');
  if (def.type === 'literal') return def.values!.every((v) => typeof v === 'string');
  if (def.type === 'union') return def.options!.every(acceptsOnlyStrings);
  return false;
}

/** The contract's exported schemas by identity, to name the shared validators after them. */
function exportNames(): Map<ZodLike, string> {
  const names = new Map<ZodLike, string>();
  for (const [name, value] of Object.entries(contract)) {
    if (/^[A-Z]/.test(name) && typeof value === 'object' && value !== null && '_zod' in value) {
      if (!names.has(value as ZodLike)) names.set(value as ZodLike, name);
    }
  }
  return names;
}
