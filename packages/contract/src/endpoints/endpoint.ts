import type { z } from '../zod.js';

/**
 * Who may call an endpoint:
 * - `secret`: the partner's server, with its secret key;
 * - `client`: a page, with the publishable key and a session's client secret (the session's
 *   capabilities decide the rest);
 * - `sandbox`: the partner's server with its secret key, in the sandbox only;
 * - `none`: anyone who can reach the sandbox (it binds to 127.0.0.1), in the sandbox only.
 */
export type EndpointAuth = 'secret' | 'client' | 'sandbox' | 'none';

/** One operation of the bank API: the single description the bank, the SDK and the docs read. */
export interface Endpoint<
  Body extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Query extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
  Response extends z.ZodMiniType = z.ZodMiniType,
> {
  method: 'GET' | 'POST' | 'DELETE';
  /** The path, with `{id}` where the object's id goes. */
  path: `/v1/${string}`;
  auth: EndpointAuth;
  /** The resource it belongs to, as the docs group them. */
  tag: string;
  summary: string;
  /** The request body's schema, for POSTs that take parameters. */
  body?: Body;
  /** The query string's schema, for GETs that take parameters. */
  query?: Query;
  response: Response;
}

// Each endpoint is a plain object literal, not built by a helper function: a bundler can then
// see which of its properties a page reads (the SDK reads `method`, `path` and `response`) and
// leave the request schemas, which only the bank checks, out of the page's bundle.
