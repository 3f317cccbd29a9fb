/**
 * The one zod instance every schema of the contract is built with.
 *
 * `jitless` must be set before the first schema is constructed (zod decides whether to compile a
 * fast path with `new Function` when a schema is built). Merchants' pages run under strict
 * Content-Security-Policies that forbid eval, so the contract never compiles code: every schema
 * module imports `z` from here, which guarantees this line runs first.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
