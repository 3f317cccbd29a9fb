// SIGKILL under load (issue 11's kept test, in `npm run reliability`): the sandbox runs as a
// child process on a SQLite file, concurrent checkouts run through the SDK, and the bank is
// killed with SIGKILL and started again on the same file, several times. After the last
// restart every order a client saw paid is there exactly once and the ledger verifies.
//
// Size: XINGHUI_CRASHES (default 5) and XINGHUI_CRASH_CHECKOUTS (default 400); seed: XINGHUI_SEED.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import {
  audit,
  checkout,
  newPlatform,
  type DriverCounts,
  type PaidOrder,
} from './checkout-driver.js';
import { envInt, writeResults } from './results.js';
import { killHard, startSandboxProcess, type SandboxProcess } from './sandbox-process.js';
import { runSeed, seededRandom } from './seeded-random.js';

const CRASHES = envInt('XINGHUI_CRASHES', 5);
const CHECKOUTS = envInt('XINGHUI_CRASH_CHECKOUTS', 400);
const CONCURRENCY = 8;
const AMOUNT = 1_990;

it(`keeps every order seen paid through ${CRASHES} SIGKILLs under load`, async () => {
  const seed = runSeed('SIGKILL under load');
  const random = seededRandom(seed);
  const dir = mkdtempSync(join(tmpdir(), 'xinghui-sigkill-'));
  const db = join(dir, 'sandbox.db');
  let bank: SandboxProcess = await startSandboxProcess(db);
  const baseUrl = bank.url;
  try {
    const counts: DriverCounts = {
      sdkRetries: 0,
      callerRetries: 0,
      ordersPaid: 0,
      ordersGivenUp: 0,
    };
    // Patient clients: a retry waits out the restart.
    const options = { baseUrl, timeoutMs: 5_000, patienceMs: 120_000, counts };
    const platform = await newPlatform(options);
    const seen: PaidOrder[] = [];
    let next = 0;
    let crashes = 0;
    const load = Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < CHECKOUTS) {
          next++;
          const order = await checkout(options, platform, AMOUNT);
          if (order) seen.push(order);
        }
      }),
    );
    // Kill at seeded moments while checkouts are under way, then start on the same file and port.
    let loadDone = false;
    void load.finally(() => (loadDone = true));
    while (crashes < CRASHES && !loadDone) {
      await new Promise((resolve) => setTimeout(resolve, 300 + random() * 1_200));
      if (loadDone) break;
      await killHard(bank);
      crashes++;
      bank = await startSandboxProcess(db, bank.port);
    }
    await load;
    const result = await audit(platform, seen);

    writeResults('crashes', [
      { label: 'crashes survived (SIGKILL, restart on the same file)', value: crashes },
      { label: 'orders paid across crashes', value: counts.ordersPaid },
      {
        label: 'retries across crashes (SDK + caller)',
        value: counts.sdkRetries + counts.callerRetries,
      },
      { label: 'duplicate payments after crashes', value: result.duplicates },
      { label: 'orders seen paid, lost in a crash', value: result.lost },
    ]);
    expect(result.problems).toEqual([]);
    expect(crashes, 'the load ended before every crash: raise XINGHUI_CRASH_CHECKOUTS').toBe(
      CRASHES,
    );
    expect(counts.ordersGivenUp).toBe(0);
    expect(counts.ordersPaid).toBe(CHECKOUTS);
  } finally {
    await killHard(bank);
    rmSync(dir, { recursive: true, force: true });
  }
});
