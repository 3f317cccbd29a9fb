// The credit issue's end-to-end journey (examples/credit-journey), run against a real sandbox
// on 127.0.0.1: pre-approval, paying on credit, early repayment, a missed due date, and a limit
// raised by 90 days of trade. The same script is runnable by hand (see its README).
import { runCreditJourney } from '@xinghui/example-credit-journey';
import { createSandbox } from '@xinghui/sandbox';
import { startServer, type RunningServer } from '@xinghui/sandbox/node';
import { afterAll, beforeAll, expect, it } from 'vitest';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(createSandbox().app, { port: 0 });
});
afterAll(() => server.close());

it('runs the three shops’ credit journey, every ledger verifying', async () => {
  const result = await runCreditJourney(server.url);
  expect(result.supplierPaid).toBe(1_000_000);
  expect(result.earlyInterest).toBe(5_171); // 10,000.00 at 10.95% for 17 days
  expect(result.restoredAvailable).toBe(result.limit);
  expect(result.frozenStatus).toBe('frozen');
  expect(result.missedDueDateEvents).toEqual(
    expect.arrayContaining(['repayment.failed', 'loan.overdue']),
  );
  expect(result.debitFailure).toBe('insufficient_balance'); // it gave the direct-debit consent
  expect(result.penalty).toBe(4_563); // 10 days at 10.95% × 1.5
  expect(result.unfrozenStatus).toBe('active');
  expect(result.review.outcome).toBe('raise');
  expect(result.review.limit.amount).toBeGreaterThan(result.review.previous_limit.amount);
  expect(result.ledgersOk).toBe(true);
}, 60_000);
