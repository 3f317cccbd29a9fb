// Wallet confirmations over raw HTTP under autocannon (10 connections), beside the bare
// server in the same run: the sandbox's whole path (auth, validation, idempotency, the code
// check, the posting, events) against one balanced posting and nothing else.
import autocannon from 'autocannon';
import { verifyLedger } from '@xinghui/sandbox';
import { startBareServer } from './bare-server.js';
import {
  confirmation,
  ms,
  perSecond,
  readyCheckout,
  seedTrade,
  startWorld,
  type ReadyCheckout,
} from './sandbox-world.js';
import type { BenchRow } from './table.js';

const CONNECTIONS = 10;
/** Confirmations measured: enough for several seconds at the sandbox's rate. */
const CONFIRMATIONS = Number(process.env.BENCH_WALLET_CONFIRMATIONS ?? 5_000);
/** Seconds the bare server runs (its rate is per second, so the length hardly matters). */
const BARE_SECONDS = Number(process.env.BENCH_BARE_SECONDS ?? 5);
const AMOUNT = 1_000;

async function benchBare() {
  const bare = await startBareServer();
  try {
    const result = await autocannon({
      url: `${bare.url}/postings`,
      connections: CONNECTIONS,
      duration: BARE_SECONDS,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ amount: AMOUNT }),
    });
    if (!bare.verify()) throw new Error('The bare server left its ledger wrong');
    return { rate: result.requests.total / result.duration, result };
  } finally {
    await bare.close();
  }
}

async function benchSandbox() {
  const world = await startWorld();
  try {
    const ready: ReadyCheckout[] = world.seed((ctx) => {
      const { shop, supplier } = seedTrade(ctx, CONFIRMATIONS * AMOUNT);
      return Array.from({ length: CONFIRMATIONS }, () =>
        readyCheckout(ctx, shop.id, supplier.id, AMOUNT),
      );
    });
    let next = 0;
    // Timed to the last answer: with `amount`, autocannon ends its run (and its `duration`) at
    // its next one-second sample after the last answer, so total / duration read
    // 5,000 / 4.01 s = 1,247/s for any run that took between 3 and 4 seconds.
    let lastAnswer = 0;
    const started = performance.now();
    const result = await autocannon({
      url: world.server.url,
      connections: CONNECTIONS,
      amount: CONFIRMATIONS,
      requests: [
        {
          setupRequest: (request) => {
            const one = confirmation(world, ready[next++ % ready.length]!);
            return { ...request, ...one };
          },
          onResponse: () => void (lastAnswer = performance.now()),
        },
      ],
    });
    const seconds = (lastAnswer - started) / 1000;
    const ledger = verifyLedger(world.sandbox.bank.store, world.partner.id);
    return { rate: result.requests.total / seconds, result, ledgerOk: ledger.ok };
  } finally {
    await world.close();
  }
}

/** Wallet confirmations/s vs the bare server, p99, errors, and the ledger checked after. */
export async function benchWallet(): Promise<BenchRow[]> {
  const bare = await benchBare();
  const sandbox = await benchSandbox();
  const ratio = sandbox.rate / bare.rate;
  const errors = sandbox.result.errors + sandbox.result.non2xx + sandbox.result.timeouts;
  const section = 'wallet';
  return [
    {
      section,
      what: `bare node:http + better-sqlite3, ${CONNECTIONS} connections (reference)`,
      figure: `${perSecond(bare.rate)}, p99 ${ms(bare.result.latency.p99)}`,
      target: '',
    },
    {
      section,
      what: `confirmations/s, ${CONNECTIONS} connections, raw HTTP`,
      figure: `${perSecond(sandbox.rate)} (${ratio.toFixed(2)}× bare)`,
      target: '>= 0.5× bare',
      met: ratio >= 0.5,
    },
    {
      section,
      what: 'confirmation p99',
      figure: ms(sandbox.result.latency.p99),
      target: '<= 30 ms',
      met: sandbox.result.latency.p99 <= 30,
    },
    {
      section,
      what: `errors (of ${CONFIRMATIONS.toLocaleString('en-US')}), ledger verified after`,
      figure: `${errors}, ledger ${sandbox.ledgerOk ? 'ok' : 'WRONG'}`,
      target: '0, ok',
      met: errors === 0 && sandbox.ledgerOk,
    },
  ];
}
