/**
 * `@xinghui/sandbox`: the bank, simulated for real. This entry runs anywhere (Node, a page, a
 * worker): the engine, the HTTP app and the memory store. `@xinghui/sandbox/node` adds the
 * SQLite store and the HTTP server.
 *
 * @packageDocumentation
 */

export { createSandbox } from './sandbox.js';
export type { Sandbox, SandboxOptions } from './sandbox.js';
export { createApp } from './app.js';
export { Bank } from './engine/bank.js';
export type { BankOptions, Outcome } from './engine/bank.js';
export { WebhookSender } from './webhooks/webhook-sender.js';
export type { WebhookSenderOptions } from './webhooks/webhook-sender.js';
export type { WebhookRequest } from './engine/webhook-deliveries.js';
export { ApiError } from './engine/api-error.js';
export { CODE_BUDGETS } from './engine/code-budgets.js';
export type { CodeBudgets } from './engine/code-budgets.js';
export { bestAttackerChance } from './engine/code-attack.js';
export type { CodeAttack } from './engine/code-attack.js';
export { verifyLedger } from './engine/ledger.js';
export { createPartner, DEFAULT_ALLOWED_ORIGINS } from './engine/partners.js';
export { MemoryStore } from './store/memory-store.js';
export { TABLES } from './store/store.js';
export type { FindOptions, Row, Store, Table, Where } from './store/store.js';
export { jsonLogger, maskPersonalData, silentLogger } from './logger.js';
export type { LogEntry, Logger } from './logger.js';
export type { Context } from './engine/context.js';
export type { PartnerRecord } from './engine/records.js';
export type { Env } from './http/env.js';
export { compileRuleSet, createRiskWorkload, defaultRiskEngine, RiskEngine } from './risk/index.js';
// Every type of the risk engine's surface (rule sets, decisions, indicators), for typed rule files.
export type * from './risk/index.js';
