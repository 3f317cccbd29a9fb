/**
 * The notices a bank owes a borrower, on the test clock: a reminder three days before the due
 * date, a notice on the due date when the debit did not cover it, and the day after a missed
 * due date the credit-report notice (征信) with the day reporting would start. Each is a
 * `loan.notice_sent` event, a row of the sandbox's SMS outbox and an `sms.sent` log line.
 */
import { type Buyer, type Event, type List, type Loan, type Notice } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { jsonLogger } from './logger.js';
import { createSandbox } from './sandbox.js';
import { SHOP, approvedShop, expectError, newPartner } from './testing/harness.js';

const logLines: string[] = [];
const { app } = createSandbox({ log: jsonLogger((line) => logLines.push(line)) });

/** A shop that borrowed ¥10,000.00 for 30 days at 10.95% (due on day 30), its wallet empty. */
async function borrowed() {
  const { partner, server, shop, borrow } = await approvedShop(app);
  const loan = await borrow(1_000_000);
  const advance = (seconds: number) => server.post('/v1/test_clocks/advance', { seconds });
  const notices = async () =>
    (await server.get<List<Notice>>(`/v1/sandbox/notices?loan=${loan.id}`)).body.data;
  return { partner, server, shop, loan, advance, notices };
}

const DAY = 86_400;
const HOUR = 3_600;

describe('loan notices', () => {
  it('remind, then notify on the due date, then give the credit-report notice', async () => {
    const b = await borrowed();
    const due = b.loan.schedule.installments[0]!.due_date;
    // The loan began at some hour of day 0; move to 08:59 three days before the due date.
    const start = (await b.server.get<{ now: number }>('/v1/test_clocks/current')).body.now;
    const dueStart = Date.parse(`${due}T00:00:00+08:00`) / 1_000;
    await b.advance(dueStart - 3 * DAY + 9 * HOUR - 1 - start);
    expect(await b.notices()).toEqual([]);
    await b.advance(1);
    const [reminder] = await b.notices();
    expect(reminder).toMatchObject({
      object: 'notice',
      kind: 'payment_reminder',
      buyer: b.shop.id,
      loan: b.loan.id,
      channel: 'sms',
      phone: '138****8000',
      due_date: due,
      amount_due: { amount: 1_009_125, currency: 'CNY' },
      reporting_starts_on: null,
    });
    expect(reminder!.text).toContain('¥10,091.25');
    expect(reminder!.text).toContain(due);

    // The due date: the empty wallet cannot be debited, so the day's notice follows at 09:00.
    await b.advance(3 * DAY);
    const [today] = await b.notices();
    expect(today).toMatchObject({ kind: 'payment_due_today', due_date: due });
    expect(today!.amount_due.amount).toBe(1_009_125);

    // The day after: overdue, and the notice before anything is reported.
    await b.advance(DAY);
    const [overdue] = await b.notices();
    const reportDay = new Date((dueStart + 30 * DAY) * 1_000 + 8 * HOUR * 1_000)
      .toISOString()
      .slice(0, 10);
    expect(overdue).toMatchObject({
      kind: 'overdue_credit_report',
      due_date: due,
      reporting_starts_on: reportDay,
    });
    expect(overdue!.text).toContain(reportDay);
    expect(overdue!.text).toContain('征信');
    expect((await b.server.get<Loan>(`/v1/loans/${b.loan.id}`)).body.status).toBe('overdue');

    const events = (
      await b.server.get<List<Event>>('/v1/events?type=loan.notice_sent&limit=100')
    ).body.data.map((event) => (event.data.object as Notice).kind);
    expect(events).toEqual(['overdue_credit_report', 'payment_due_today', 'payment_reminder']);
    const sms = logLines.filter((line) => line.includes('sms.sent') && line.includes(b.loan.id));
    expect(sms).toHaveLength(3);
    expect(sms.join('\n')).not.toContain(SHOP.phone);
  });

  it('send nothing for a loan repaid before its dates', async () => {
    const b = await borrowed();
    await b.advance(5 * DAY);
    const loan = (await b.server.get<Loan>(`/v1/loans/${b.loan.id}`)).body;
    const wallet = (await b.server.get<Buyer>(`/v1/buyers/${b.shop.id}`)).body.wallet;
    await b.server.post(`/v1/wallets/${wallet}/top_ups`, { amount: loan.payoff_amount });
    await b.server.post(`/v1/loans/${b.loan.id}/repayments`, {});
    await b.advance(40 * DAY);
    expect(await b.notices()).toEqual([]);
  });

  it('are listed by kind, by shop, newest first, and only to their own partner', async () => {
    const b = await borrowed();
    await b.advance(40 * DAY);
    const kinds = async (query: string) =>
      (await b.server.get<List<Notice>>(`/v1/sandbox/notices?${query}`)).body.data.map(
        (notice) => notice.kind,
      );
    expect(await kinds('kind=payment_reminder')).toEqual(['payment_reminder']);
    expect(await kinds(`buyer=${b.shop.id}`)).toHaveLength(3);
    expectError(await b.server.get('/v1/sandbox/notices?kind=spam'), 'parameter_invalid', 'kind');
    const other = await newPartner(app);
    expect(
      (await other.server.get<List<Notice>>(`/v1/sandbox/notices?buyer=${b.shop.id}`)).body.data,
    ).toEqual([]);
  });
});
