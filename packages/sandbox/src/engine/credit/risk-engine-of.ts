import { defaultRiskEngine, type RiskEngine } from '../../risk/index.js';
import type { Store } from '../../store/store.js';
import type { Context } from '../core/context.js';

// Which risk engine decides credit for a bank, by its store: `createSandbox({ rules })` sets it
// once at start. Kept here, beside the decisions, because the engine's layers let only credit/
// reach the risk engine; a store serves one bank, so it names the bank well enough.
const engines = new WeakMap<Store, RiskEngine>();

/** Makes `engine` decide the credit applications and limit reviews of the bank on `store`. */
export function useRiskEngine(store: Store, engine: RiskEngine): void {
  engines.set(store, engine);
}

/** The engine deciding for this operation's bank: its own, or the default rule set's. */
export function riskEngineOf(ctx: Context): RiskEngine {
  return engines.get(ctx.store) ?? defaultRiskEngine();
}
