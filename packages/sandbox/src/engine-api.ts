/**
 * `@xinghui/sandbox/engine`: the sandbox bank for any JavaScript host (a page, a service
 * worker, Node): the engine on the memory store behind its HTTP app, and the tools' trigger
 * recipes. Nothing here imports a `node:` module or generates code (`new Function`, `eval`):
 * JSON rule sets are compiled as closures, so it runs under a strict Content-Security-Policy.
 * `@xinghui/mock` runs it inside msw.
 *
 * @packageDocumentation
 */

export { createSandbox } from './sandbox.js';
export type { Sandbox, SandboxOptions } from './sandbox.js';
export { MemoryStore } from './store/memory-store.js';
export { SEED } from './seed.js';
export { ApiReplyError, SandboxApi } from './cli/api.js';
export { TriggerKit } from './cli/trigger-kit.js';
export type { Made } from './cli/trigger-kit.js';
export { fireTrigger } from './cli/fire-trigger.js';
export type { Triggered } from './cli/fire-trigger.js';
