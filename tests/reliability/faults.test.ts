// Checkouts through a seeded fault-injecting proxy (issue 11's kept test, in `npm run
// reliability`): requests dropped, answers dropped after the bank committed, answers held past
// the SDK's timeout, 500s, connections reset. Every order is paid exactly once, the ledger
// balances, and nothing a client saw succeed is lost.
//
// Size: XINGHUI_FAULT_CHECKOUTS (default 300), seed: XINGHUI_SEED (printed).
import { createSandbox, MemoryStore } from '@xinghui/sandbox';
import { startServer } from '@xinghui/sandbox/node';
import { expect, it } from 'vitest';
import {
  audit,
  checkout,
  clients,
  newPlatform,
  type DriverCounts,
  type PaidOrder,
} from './checkout-driver.js';
import { FAULT_KINDS, startFaultProxy } from './fault-proxy.js';
import { envInt, writeResults } from './results.js';
import { runSeed } from './seeded-random.js';

const CHECKOUTS = envInt('XINGHUI_FAULT_CHECKOUTS', 300);
const CONCURRENCY = 8;
const AMOUNT = 2_580;

it(`pays ${CHECKOUTS} checkouts through injected faults, each exactly once`, async () => {
  const seed = runSeed('fault proxy');
  const sandbox = createSandbox({ store: new MemoryStore() });
  const bank = await startServer(sandbox.app, { port: 0 });
  const proxy = await startFaultProxy({ target: bank.url, seed, rate: 0.2, delayMs: 900 });
  try {
    const counts: DriverCounts = {
      sdkRetries: 0,
      callerRetries: 0,
      ordersPaid: 0,
      ordersGivenUp: 0,
    };
    const options = { baseUrl: proxy.url, timeoutMs: 600, patienceMs: 30_000, counts };
    const platform = await newPlatform(options);
    const seen: PaidOrder[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < CHECKOUTS) {
          next++;
          const order = await checkout(options, platform, AMOUNT);
          if (order) seen.push(order);
        }
      }),
    );
    // The audit reads the bank directly: the proxy's faults are for the clients under test.
    const direct = clients({ ...options, baseUrl: bank.url }, platform.partner);
    const result = await audit({ ...platform, ...direct }, seen);
    const injected = FAULT_KINDS.reduce((sum, kind) => sum + proxy.faults[kind], 0);

    writeResults('faults', [
      ...FAULT_KINDS.map((kind) => ({
        label: `faults injected: ${kind}`,
        value: proxy.faults[kind],
      })),
      { label: 'faults injected (all kinds)', value: injected },
      { label: 'retries (SDK + caller)', value: counts.sdkRetries + counts.callerRetries },
      { label: 'orders paid through faults', value: counts.ordersPaid },
      { label: 'orders given up', value: counts.ordersGivenUp },
      { label: 'duplicate payments', value: result.duplicates },
      { label: 'orders a client saw paid, lost', value: result.lost },
    ]);
    expect(result.problems).toEqual([]);
    expect(counts.ordersPaid + counts.ordersGivenUp).toBe(CHECKOUTS);
    expect(counts.ordersGivenUp).toBe(0);
    expect(injected).toBeGreaterThan(0);
    for (const kind of FAULT_KINDS) expect(proxy.faults[kind], kind).toBeGreaterThan(0);
  } finally {
    await proxy.close();
    await bank.close();
    sandbox.close();
  }
});
