import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../engine/core/api-error.js';
import type { Env } from './env.js';

/** The names the sandbox answers to wherever it runs: this machine's loopback names. */
export const DEFAULT_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The host name of a `Host` header or URL authority, lower-cased and without its port:
 * `LocalHost:4400` → `localhost`, `[::1]:4400` → `[::1]`.
 */
export function hostName(authority: string): string {
  const lower = authority.trim().toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  const colon = lower.indexOf(':');
  return colon === -1 ? lower : lower.slice(0, colon);
}

/**
 * Refuses a request whose `Host` is not one of the sandbox's own names, so a page on a domain
 * that an attacker points at 127.0.0.1 (DNS rebinding) cannot talk to the bank as if it were
 * same-origin. Ports are not compared: the socket already decided which server answers.
 *
 * The allowed names are {@link DEFAULT_HOSTS}, the configured `hosts`, and the address the
 * server was started on (`startServer` passes it as the `serverHost` binding). In-process calls
 * (`app.request('/v1/…')`) arrive as `localhost`.
 */
export function hostCheck(hosts: readonly string[] = []): MiddlewareHandler<Env> {
  const allowed = new Set([...DEFAULT_HOSTS, ...hosts].map(hostName));
  return async (c, next) => {
    const authority = c.req.header('Host') ?? new URL(c.req.url).host;
    const name = hostName(authority);
    const serverHost = c.env?.serverHost;
    if (!allowed.has(name) && (serverHost === undefined || hostName(serverHost) !== name)) {
      throw new ApiError(
        'host_not_allowed',
        `This sandbox does not answer to the host "${name}": call it as localhost or 127.0.0.1, ` +
          'or start it with the host in its allowed hosts',
        { param: 'Host' },
      );
    }
    await next();
  };
}
