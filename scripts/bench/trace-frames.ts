// How many WAL frames (pages) one wallet confirmation writes (a reader held open keeps every
// frame in the WAL), and with `pages` which table or index each frame was:
// `npx tsx --conditions=source scripts/bench/trace-frames.ts [count] [pages]`, with
// `TRACE_CONNECTIONS=10` for that many at a time (the store commits concurrent calls together).
import { statSync } from 'node:fs';
import { confirmation, readyCheckout, seedTrade, startWorld } from './sandbox-world.js';

const world = await startWorld();
const COUNT = Number(process.argv[2] ?? 200);
const ready = world.seed((ctx) => {
  const { shop, supplier } = seedTrade(ctx, COUNT * 1_000);
  return Array.from({ length: COUNT }, () => readyCheckout(ctx, shop.id, supplier.id, 1_000));
});
const wal = () => statSync(`${world.file}-wal`).size;
const Database = (await import('better-sqlite3')).default;
const reader = new Database(world.file, { readonly: true });
reader.exec('BEGIN');
reader.prepare('SELECT count(*) FROM partners').get();
const before = wal();
// `TRACE_CONNECTIONS=10`: that many confirmations at a time, which the store commits in groups.
const connections = Number(process.env.TRACE_CONNECTIONS ?? 1);
const confirm = async (one: (typeof ready)[number]) => {
  const { path, ...init } = confirmation(world, one);
  await (await fetch(`${world.server.url}${path}`, init)).text();
};
let next = 0;
await Promise.all(
  Array.from({ length: connections }, async () => {
    while (next < ready.length) await confirm(ready[next++]!);
  }),
);
await new Promise((resolve) => setTimeout(resolve, 50));
console.log('frames per confirmation', ((wal() - before) / 4120 / COUNT).toFixed(1));
if (process.argv[3] === 'pages') {
  // Which table or index each frame of the last confirmations wrote (the WAL names page numbers).
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(`${world.file}-wal`);
  const look = new Database(world.file, { readonly: true });
  const names = new Map(
    (
      look.prepare('SELECT name, pageno FROM dbstat').all() as { name: string; pageno: number }[]
    ).map((r) => [r.pageno, r.name]),
  );
  const frames: number[] = [];
  for (let at = 32; at + 24 + 4096 <= bytes.length; at += 24 + 4096)
    frames.push(bytes.readUInt32BE(at));
  const last = frames.slice(-Math.round(50 * 20));
  const counts = new Map<string, number>();
  for (const page of last)
    counts.set(
      names.get(page) ?? `page ${page}`,
      (counts.get(names.get(page) ?? `page ${page}`) ?? 0) + 1,
    );
  for (const [name, n] of [...counts].sort((a, b) => b[1] - a[1]))
    console.log((n / 20).toFixed(1), name);
  look.close();
}
reader.exec('COMMIT');
reader.close();
await world.close();
