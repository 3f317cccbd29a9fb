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
export type { AppOptions } from './app.js';
export type { DashboardAssets, DashboardFile } from './dashboard/assets.js';
export { DEFAULT_RATE_LIMITS } from './http/rate-limit.js';
export type { RateLimit, RateLimitOptions } from './http/rate-limit.js';
export { DEFAULT_HOSTS } from './http/host.js';
export { MAX_BODY_BYTES } from './http/body.js';
export { Bank } from './engine/bank.js';
export type { BankOptions, Outcome } from './engine/bank.js';
export { WebhookSender } from './outbox/webhook-sender.js';
export type { WebhookSenderOptions } from './outbox/webhook-sender.js';
export type { Outbox, WebhookRequest } from './engine/core/outbox.js';
export { ApiError } from './engine/core/api-error.js';
export { verifyLedger } from './engine/ledger/ledger.js';
export { createPartner, DEFAULT_ALLOWED_ORIGINS } from './engine/core/partners.js';
export { SEED } from './seed.js';
export { CODE_BUDGETS } from './engine/payments/code-budgets.js';
export type { CodeBudgets } from './engine/payments/code-budgets.js';
export { bestAttackerChance } from './engine/payments/code-attack.js';
export type { CodeAttack } from './engine/payments/code-attack.js';
export { MemoryStore } from './store/memory-store.js';
export { TABLES } from './store/store.js';
export type { FindOptions, Range, Row, Store, Table, Where } from './store/store.js';
export { jsonLogger, maskPersonalData, silentLogger } from './logger.js';
export type { LogEntry, Logger } from './logger.js';
export type { Context } from './engine/core/context.js';
export type { PartnerRecord } from './engine/core/records.js';
export type { Env } from './http/env.js';
export { defaultRiskEngine, RiskEngine } from './risk/index.js';
// Every type of the risk engine's surface (rule sets, decisions, indicators), for typed rule files.
export type * from './risk/index.js';
// Apart from the risk barrel, which the engine imports: these reach the codegen mode.
export { compileRuleSet } from './risk/compile.js';
export type { CompileOptions } from './risk/compile.js';
export { createRiskWorkload, syntheticRuleSet, syntheticShops } from './risk/workload.js';
export type { RiskWorkload, RiskWorkloadOptions, SyntheticCatalogue } from './risk/workload.js';
