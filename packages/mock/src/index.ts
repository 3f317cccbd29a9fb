/**
 * `@xinghui/mock`: the Xinghui sandbox bank inside msw, for tests with no server. The real
 * engine runs in-process on a memory store, in Node (`setupServer`) and in the browser
 * (`setupWorker`). See docs/mock.md.
 *
 * @packageDocumentation
 */

export { createMockBank } from './mock-bank.js';
export type { MockBank, MockBankOptions } from './mock-bank.js';
export { MockPartner } from './mock-partner.js';
export type { SeedShopOptions, SeededShop } from './mock-partner.js';
export type { CaughtDelivery } from './webhook-inbox.js';
export { ApiReplyError } from '@xinghui/sandbox/engine';
export type { Made, Triggered } from '@xinghui/sandbox/engine';
