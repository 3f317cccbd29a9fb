// `npm run bench`: wallet confirmations per second against the sandbox bank over loopback HTTP,
// on the SQLite store (what `npm start` runs) and the memory store. Bounded: a fixed number of
// confirmations per run, and everything it starts is stopped at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRiskWorkload, createSandbox, MemoryStore, SEED, type Store } from '@xinghui/sandbox';
import { SqliteStore, startServer } from '@xinghui/sandbox/node';
import { createClient } from '@xinghui/sdk';
import { Xinghui, createSandboxPartner } from '@xinghui/sdk/server';

const CONFIRMATIONS = Number(process.env.BENCH_CONFIRMATIONS ?? 400);
const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

async function bench(storeName: string, store: Store, concurrency: number) {
  const server = await startServer(createSandbox({ store }).app, { port: 0 });
  try {
    const partner = await createSandboxPartner({ baseUrl: server.url });
    const bank = new Xinghui({ secretKey: partner.secret_key, baseUrl: server.url });
    const page = createClient({ publishableKey: partner.publishable_key, baseUrl: server.url });
    const shop = await bank.buyers.create(SEED.shop);
    const supplier = await bank.suppliers.create(SEED.supplier);
    await bank.wallets.topUp(shop.wallet, { amount: cny(CONFIRMATIONS * 1_000) });

    // Setup, not timed: one open session per confirmation, each with its code sent and read.
    const ready: { clientSecret: string; code: string }[] = [];
    for (let i = 0; i < CONFIRMATIONS; i++) {
      const session = await bank.checkoutSessions.create({
        buyer: shop.id,
        supplier: supplier.id,
        amount: cny(1_000),
        line_items: [SEED.item(1_000)],
      });
      await page.checkoutSessions.requestVerificationCode(session.client_secret);
      const { code } = await bank.sandbox.retrieveVerificationCode(session.id);
      ready.push({ clientSecret: session.client_secret, code });
    }

    const latencies: number[] = [];
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < ready.length) {
          const { clientSecret, code } = ready[next++]!;
          const t0 = performance.now();
          await page.checkoutSessions.confirm(clientSecret, {
            payment_method: 'wallet',
            verification_code: code,
          });
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    const ledger = await bank.sandbox.verifyLedger();
    const paid = (await bank.suppliers.retrieve(supplier.id)).settlement_account.balance.amount;
    if (!ledger.ok || paid !== CONFIRMATIONS * 1_000)
      throw new Error('The bench run left the ledger wrong');
    latencies.sort((a, b) => a - b);
    const at = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
    console.log(
      `${storeName.padEnd(7)} concurrency ${String(concurrency).padStart(2)}: ` +
        `${(CONFIRMATIONS / seconds).toFixed(0).padStart(5)} confirmations/s ` +
        `(p50 ${at(0.5)} ms, p99 ${at(0.99)} ms; ${CONFIRMATIONS} confirmations, ledger verified)`,
    );
  } finally {
    await server.close();
    store.close();
  }
}

/** Credit-application decisions per second of the compiled risk engine at 2,400 rules. */
function benchRisk() {
  const workload = createRiskWorkload({ rules: 2_400, shops: 1_000, seed: 7 });
  workload.run(); // warm up: the first run compiles hot paths
  const rounds = 5;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) workload.run();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `risk engine, 2,400 rules: ${((rounds * 1_000) / seconds).toFixed(0)} application decisions/s ` +
      `(${rounds} × 1,000 shops, in process)`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'xinghui-bench-'));
try {
  console.log(
    `Wallet confirmations over loopback HTTP (SDK browser client → sandbox on 127.0.0.1), Node ${process.version}`,
  );
  for (const concurrency of [1, 8]) {
    await bench('sqlite', new SqliteStore(join(dir, `bench-${concurrency}.db`)), concurrency);
    await bench('memory', new MemoryStore(), concurrency);
  }
  benchRisk();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
