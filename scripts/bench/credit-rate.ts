// Credit applications asked at a fixed rate (autocannon `overallRate`) with 10,000 shops on
// file: does the bank keep up, and how long does a decision take when it does.
import autocannon from 'autocannon';
import { SEED } from '@xinghui/sandbox';
import { ms, perSecond, seedShops, serverHeaders, startWorld } from './sandbox-world.js';
import type { BenchRow } from './table.js';

const RATE = 200;
const SECONDS = Number(process.env.BENCH_CREDIT_SECONDS ?? 20);
const SHOPS = 10_000;
const CONNECTIONS = 10;
/**
 * Applications sent before the measured run, as fast as the bank answers. Without them the
 * first application of each connection meets cold code (120–170 ms, all ten in the first
 * 170 ms of the run), and autocannon's coordinated-omission correction, which at a paced rate
 * assumes a request was due every millisecond, adds a sample for each millisecond each of
 * those ten took: some 1,400 samples of up to 170 ms, enough to make them the p99.
 */
const WARM_UP = 200;

/** Achieved rate, p50, p99 and errors of credit applications asked at 200/s for 20 s. */
export async function benchCreditRate(): Promise<BenchRow[]> {
  const world = await startWorld();
  try {
    // Every shop has given its consents; each application is a different shop's first.
    const shops = world.seed((ctx) => seedShops(ctx, SHOPS, true));
    let next = 0;
    const requests: autocannon.Request[] = [
      {
        setupRequest: (request) => ({
          ...request,
          method: 'POST',
          path: '/v1/credit_applications',
          headers: serverHeaders(world, true),
          body: JSON.stringify({ buyer: shops[next++ % SHOPS], ...SEED.preApproval }),
        }),
      },
    ];
    const url = world.server.url;
    await autocannon({ url, connections: CONNECTIONS, amount: WARM_UP, requests });
    const result = await autocannon({
      url,
      connections: CONNECTIONS,
      overallRate: RATE,
      duration: SECONDS,
      requests,
    });
    const achieved = result.requests.total / result.duration;
    const errors = result.errors + result.non2xx + result.timeouts;
    const section = 'credit';
    const at = `${SHOPS.toLocaleString('en-US')} shops`;
    return [
      {
        section,
        what: `applications achieved, asked ${RATE}/s for ${SECONDS} s, ${at}`,
        figure: perSecond(achieved),
        target: '>= 199/s',
        met: achieved >= 199,
      },
      { section, what: 'application p50', figure: ms(result.latency.p50), target: '' },
      {
        section,
        what: 'application p99',
        figure: ms(result.latency.p99),
        target: '<= 20 ms',
        met: result.latency.p99 <= 20,
      },
      {
        section,
        what: `errors (of ${result.requests.total.toLocaleString('en-US')})`,
        figure: String(errors),
        target: '0',
        met: errors === 0,
      },
    ];
  } finally {
    await world.close();
  }
}
