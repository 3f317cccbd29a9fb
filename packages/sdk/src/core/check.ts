import type { SchemaIssue } from '../errors/index.js';
import type { Endpoint } from '@xinghui/contract';
import type { Issue, Validator } from './validate.js';

/**
 * What a call reads of an endpoint. The server's resources pass the endpoint itself, and its zod
 * `response` schema checks the answer. The page's resources pass `wire(endpoint)`: method and
 * path only, checked by the validator generated from that same schema (`pageValidators`).
 */
export interface Wire {
  method: Endpoint['method'];
  path: string;
  response?: Endpoint['response'];
}

/** An answer's verdict: the schema's output, or what is wrong with it. */
export type Check = (json: unknown) => { data?: unknown; issues: SchemaIssue[] };

/**
 * What checks an endpoint's answers, found before anything is sent: an answer that could not be
 * checked must not be asked for. A transport is given one, so a bundle carries only its own: the
 * page's never holds the zod branch, the server's never the generated validators.
 */
export type Checker = (endpoint: Wire) => Check;

/** The server's: the endpoint's zod `response` schema. */
export const bySchema: Checker = ({ method, path, response }) => {
  if (!response) throw new TypeError(`No response schema for ${method} ${path}`);
  return (json) => {
    const parsed = response.safeParse(json);
    if (parsed.success) return { data: parsed.data, issues: [] };
    return { issues: parsed.error.issues.map(({ path, message }) => ({ path, message })) };
  };
};

/**
 * The page's: the validator generated from the endpoint's response schema
 * (`page-validators.generated.ts`), found by `METHOD /path`, for the `wire(...)` endpoints.
 */
export const byValidators =
  (validators: Readonly<Record<string, Validator>>): Checker =>
  ({ method, path }) => {
    const validate = validators[`${method} ${path}`];
    // Never hand on an answer unchecked: a page endpoint added to the contract needs its
    // generated validator first.
    if (!validate) {
      throw new TypeError(
        `No response validator for ${method} ${path}: run npm run validators:generate`,
      );
    }
    return (json) => {
      const found: Issue[] = [];
      const data = validate(json, [], found);
      return { data, issues: found.map(({ path, message }) => ({ path, message })) };
    };
  };
