// Lists every store call (and the bytes each write stores) of a few wallet confirmations made
// through the HTTP app, for working on what a confirmation costs:
// `npx tsx --conditions=source scripts/bench/trace-calls.ts`.
import { confirmation, readyCheckout, seedTrade, startWorld } from './sandbox-world.js';

const world = await startWorld();
const ready = world.seed((ctx) => {
  const { shop, supplier } = seedTrade(ctx, 10_000);
  return Array.from({ length: 3 }, () => readyCheckout(ctx, shop.id, supplier.id, 1_000));
});
const store = world.sandbox.bank.store as unknown as Record<
  string,
  (...args: unknown[]) => unknown
>;
const calls: string[] = [];
for (const method of ['get', 'insert', 'update', 'delete', 'find', 'transaction']) {
  const original = store[method]!.bind(store);
  store[method] = (...args: unknown[]) => {
    const [table, second] = args;
    const size = method === 'insert' || method === 'update' ? JSON.stringify(second).length : '';
    const detail = method === 'find' ? JSON.stringify(second) : method === 'transaction' ? '' : '';
    calls.push(`${method} ${method === 'transaction' ? '' : String(table)} ${size} ${detail}`);
    return original(...args);
  };
}
for (const [i, one] of ready.entries()) {
  calls.length = 0;
  const { path, ...init } = confirmation(world, one);
  const reply = await fetch(`${world.server.url}${path}`, init);
  await reply.text();
  await new Promise((resolve) => setTimeout(resolve, 20));
  if (i === 2) console.log(reply.status, calls.join('\n'));
}
await world.close();
