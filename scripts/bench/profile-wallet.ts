// Runs only the sandbox half of the wallet section (no bare server), for profiling:
// `node --cpu-prof --conditions=source --import tsx scripts/bench/profile-wallet.ts [count]`,
// or, for a profile of the confirmations alone (no start-up, no seeding), with
// `PROFILE_OUT=wallet.cpuprofile` instead of `--cpu-prof`.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import autocannon from 'autocannon';
import { verifyLedger } from '@xinghui/sandbox';
import type { SqliteStore } from '@xinghui/sandbox/node';
import { confirmation, readyCheckout, seedTrade, startWorld } from './sandbox-world.js';

const COUNT = Number(process.argv[2] ?? 3_000);
const AMOUNT = 1_000;
const world = await startWorld();
const ready = world.seed((ctx) => {
  const { shop, supplier } = seedTrade(ctx, COUNT * AMOUNT);
  return Array.from({ length: COUNT }, () => readyCheckout(ctx, shop.id, supplier.id, AMOUNT));
});
let next = 0;
const profiler = process.env.PROFILE_OUT ? new Session() : undefined;
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
}
const store = world.sandbox.bank.store as SqliteStore;
const countsBefore = store.commitCounts();
let lastAnswer = 0;
const started = performance.now();
const cpu = process.cpuUsage();
const result = await autocannon({
  url: world.server.url,
  connections: 10,
  amount: COUNT,
  requests: [
    {
      setupRequest: (request) => ({ ...request, ...confirmation(world, ready[next++]!) }),
      // Timed to the last answer, not to autocannon's end (its next one-second sample).
      onResponse: () => void (lastAnswer = performance.now()),
    },
  ],
});
const seconds = (lastAnswer - started) / 1000;
const used = process.cpuUsage(cpu);
if (profiler) {
  const { profile } = await profiler.post('Profiler.stop');
  writeFileSync(process.env.PROFILE_OUT!, JSON.stringify(profile));
}
const cpuMs = (used.user + used.system) / 1000 / COUNT;
const counts = store.commitCounts();
const commits = counts.commits - countsBefore.commits;
const calls = counts.calls - countsBefore.calls;
const ledger = verifyLedger(world.sandbox.bank.store, world.partner.id);
console.log(
  `${result.requests.total} in ${seconds.toFixed(2)} s: ${(result.requests.total / seconds).toFixed(0)}/s, ` +
    `CPU ${cpuMs.toFixed(2)} ms/call (user ${(used.user / 1000 / COUNT).toFixed(2)}), p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms, errors ${result.errors + result.non2xx}, ledger ${ledger.ok}, ` +
    `${calls} calls in ${commits} commits (${(calls / commits).toFixed(1)} per commit)`,
);
await world.close();
