import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isXinghuiError } from '@xinghui/sdk/server';

/** A refusal the platform's API explains to the page: `{ error: { code, message } }`. */
export class HttpError extends Error {
  override name = 'HttpError' as const;

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The one place an error becomes a response. Our own refusals keep their status; a failure
 * talking to the bank is a 502 that says so (its details go to our log, not to the page);
 * anything else is a bug, a 500.
 */
export function onError(error: Error, c: Context): Response {
  if (error instanceof HttpError) {
    return c.json({ error: { code: error.code, message: error.message } }, error.status);
  }
  console.error(error);
  if (isXinghuiError(error)) {
    return c.json(
      { error: { code: 'bank_error', message: 'The bank did not accept the request; try again' } },
      502,
    );
  }
  return c.json({ error: { code: 'internal_error', message: 'Something went wrong' } }, 500);
}

/** The request's JSON body, or a 400 the page can read when it is not JSON. */
export async function readJsonBody(c: Context): Promise<Record<string, unknown>> {
  const body: unknown = await c.req.json().catch(() => undefined);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'invalid_json', 'The request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}
