// Lists the store calls of one credit application made over HTTP (10,000 shops on file), for
// working on what an application costs: `npx tsx --conditions=source scripts/bench/trace-credit.ts`.
import { SEED } from '@xinghui/sandbox';
import { seedShops, serverHeaders, startWorld } from './sandbox-world.js';

const world = await startWorld();
const shops = world.seed((ctx) => seedShops(ctx, Number(process.argv[2] ?? 1_000), true));
const store = world.sandbox.bank.store as unknown as Record<
  string,
  (...args: unknown[]) => unknown
>;
const calls: string[] = [];
// With TRACE=1 each store call is listed (and timed); without, only the CPU per application.
const traced = process.env.TRACE
  ? ['get', 'insert', 'update', 'delete', 'find', 'transaction']
  : [];
for (const method of traced) {
  const original = store[method]!.bind(store);
  store[method] = (...args: unknown[]) => {
    const [table, second] = args;
    const started = performance.now();
    const value = original(...args);
    const took = (performance.now() - started).toFixed(3);
    if (method === 'transaction') calls.push(`transaction ${took} ms`);
    else {
      const detail = method === 'find' ? JSON.stringify(second) : '';
      const size = method === 'insert' || method === 'update' ? JSON.stringify(second).length : '';
      calls.push(`${method} ${String(table)} ${size} ${detail} ${took} ms`);
    }
    return value;
  };
}
const times: number[] = [];
const cpu = process.cpuUsage();
for (let i = 0; i < 300; i++) {
  calls.length = 0;
  const started = performance.now();
  const reply = await fetch(`${world.server.url}/v1/credit_applications`, {
    method: 'POST',
    headers: serverHeaders(world, true),
    body: JSON.stringify({ buyer: shops[i], ...SEED.preApproval }),
  });
  await reply.text();
  const took = performance.now() - started;
  times.push(took);
  if (i === 299) console.log(reply.status, took.toFixed(2), 'ms\n' + calls.join('\n'));
}
const used = process.cpuUsage(cpu);
console.log('CPU', ((used.user + used.system) / 1000 / 300).toFixed(2), 'ms per application');
times.sort((a, b) => a - b);
console.log('median', times[150]!.toFixed(2), 'ms, p90', times[270]!.toFixed(2), 'ms');
await world.close();
