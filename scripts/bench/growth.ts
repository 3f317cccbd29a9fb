// Growth with history: the same calls, measured over HTTP one at a time, on a bank holding
// 1k, 10k and 100k postings (and 100, 1,000 and 10,000 shops). A store shaped by its access
// paths answers each in the same time however long the history: the target is 100k within
// 1.2× of 1k. History is seeded through the engine in one transaction, spread over 100 days
// before today; today the shop has the same few movements at every size.
import { shanghaiDate, startOfShanghaiDay } from '@xinghui/contract';
import { SEED, type Context } from '@xinghui/sandbox';
import { topUpWallet } from '../../packages/sandbox/src/engine/payments/wallets.js';
import {
  confirmation,
  ms,
  readyCheckout,
  seedShops,
  seedTrade,
  serverHeaders,
  startWorld,
  type World,
} from './sandbox-world.js';
import type { BenchRow } from './table.js';

const SCALES = [
  { postings: 1_000, shops: 100 },
  { postings: 10_000, shops: 1_000 },
  { postings: 100_000, shops: 10_000 },
] as const;
/** Calls measured per kind and scale (their median is the figure). */
const CALLS = Number(process.env.BENCH_GROWTH_CALLS ?? 40);
const HISTORY_DAYS = 100;
const TODAY_MOVEMENTS = 10;
const AMOUNT = 1_000;

type Kind =
  | 'confirmation'
  | 'balance transactions (limit 10)'
  | 'one-day statement'
  | 'credit application'
  | 'credit line read';
const KINDS: Kind[] = [
  'confirmation',
  'balance transactions (limit 10)',
  'one-day statement',
  'credit application',
  'credit line read',
];

/** `postings` postings on one shop's wallet and the external account, before today. */
function seedHistory(ctx: Context, wallet: string, postings: number): void {
  const today = startOfShanghaiDay(shanghaiDate(ctx.now));
  const span = HISTORY_DAYS * 86_400;
  const topUps = postings / 2; // each is two postings: the external account and the wallet
  for (let i = 0; i < topUps; i++) {
    const at = today - span + Math.floor((i * span) / topUps);
    topUpWallet({ ...ctx, now: at }, wallet, { amount: { amount: AMOUNT, currency: 'CNY' } });
  }
  for (let i = 0; i < TODAY_MOVEMENTS; i++) {
    topUpWallet(ctx, wallet, { amount: { amount: AMOUNT, currency: 'CNY' } });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function timed(
  world: World,
  path: string,
  init: RequestInit = {},
): Promise<[number, unknown]> {
  const started = performance.now();
  const reply = await fetch(`${world.server.url}${path}`, init);
  const body: unknown = await reply.json();
  const took = performance.now() - started;
  if (reply.status !== 200) throw new Error(`${path}: ${reply.status} ${JSON.stringify(body)}`);
  return [took, body];
}

async function measureScale(postings: number, shops: number): Promise<Record<Kind, number>> {
  const world = await startWorld();
  try {
    const seeded = world.seed((ctx) => {
      const { shop, supplier } = seedTrade(ctx, CALLS * AMOUNT * 2);
      seedHistory(ctx, shop.wallet, postings);
      const applicants = seedShops(ctx, shops, true);
      const ready = Array.from({ length: CALLS + 3 }, () =>
        readyCheckout(ctx, shop.id, supplier.id, AMOUNT),
      );
      return { wallet: shop.wallet, applicants, ready, today: shanghaiDate(ctx.now) };
    });
    const times: Record<Kind, number[]> = Object.fromEntries(KINDS.map((k) => [k, []])) as never;
    const lines: string[] = [];
    // The first calls warm up (compiled code, statement cache), and are not counted.
    for (let i = 0; i < CALLS + 3; i++) {
      const counted = i >= 3;
      const record = (kind: Kind, took: number) => counted && times[kind].push(took);
      const confirm = confirmation(world, seeded.ready[i]!);
      const [confirmed] = await timed(world, confirm.path, confirm);
      record('confirmation', confirmed);
      const [listed] = await timed(
        world,
        `/v1/balance_transactions?account=${seeded.wallet}&limit=10`,
        { headers: serverHeaders(world, false) },
      );
      record('balance transactions (limit 10)', listed);
      const [stated] = await timed(
        world,
        `/v1/accounts/${seeded.wallet}/statements?date=${seeded.today}`,
        { headers: serverHeaders(world, false) },
      );
      record('one-day statement', stated);
      const [applied, application] = await timed(world, '/v1/credit_applications', {
        method: 'POST',
        headers: serverHeaders(world, true),
        body: JSON.stringify({ buyer: seeded.applicants[i % shops], ...SEED.preApproval }),
      });
      record('credit application', applied);
      const line = (application as { credit_line: string | null }).credit_line;
      if (line) lines.push(line);
      const [read] = await timed(
        world,
        `/v1/credit_lines/${lines[lines.length - 1] ?? 'cl_none'}`,
        {
          headers: serverHeaders(world, false),
        },
      );
      record('credit line read', read);
    }
    return Object.fromEntries(KINDS.map((k) => [k, median(times[k])])) as Record<Kind, number>;
  } finally {
    await world.close();
  }
}

/** Each call's median time at 1k, 10k and 100k postings, and the ratio of 100k to 1k. */
export async function benchGrowth(): Promise<BenchRow[]> {
  const results: Record<Kind, number>[] = [];
  for (const { postings, shops } of SCALES) results.push(await measureScale(postings, shops));
  return KINDS.map((kind) => {
    const [small, , large] = results.map((r) => r[kind]);
    const ratio = large! / small!;
    return {
      section: 'growth',
      what: `${kind}, median at 1k / 10k / 100k postings (100 / 1,000 / 10,000 shops)`,
      figure: `${results.map((r) => ms(r[kind])).join(' / ')} (${ratio.toFixed(2)}×)`,
      target: '100k <= 1.2× 1k',
      met: ratio <= 1.2,
    };
  });
}
