import { formatMoney, formatRatePercent } from '@xinghui/sdk';
import { Xinghui, createSandboxPartner, type Buyer, type Supplier } from '@xinghui/sdk/server';
import { createClient } from '@xinghui/sdk';
import { SEED } from '@xinghui/sandbox';

/** What the journey reports as it goes, one line per step. */
export type Log = (line: string) => void;

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

/**
 * The credit journey of three shops against a sandbox bank at `baseUrl`, each on a fresh partner:
 *
 * 1. 贝贝 is pre-approved, pays its supplier 10,000.00 on credit (the loan goes straight to the
 *    supplier), and repays early after 17 days: interest 51.71, its credit restored.
 * 2. 小雅 borrows and misses the due date: its wallet is empty, so the direct debit fails
 *    (`repayment.failed`, `insufficient_balance`), then `loan.overdue`, penalty interest, a frozen
 *    line; it repays and the line is unfrozen.
 * 3. 乐乐 trades for 90 days, repays three loans on time, and a limit review raises its limit.
 *
 * @returns the figures a test (or a reader) checks
 */
export async function runCreditJourney(baseUrl: string, log: Log = () => undefined) {
  /**
   * A partner, a supplier and a shop that gave its consents (credit query, data sharing, and the
   * direct-debit authorisation 代扣授权 that lets the bank debit its wallet on due dates) and
   * was pre-approved.
   */
  async function onboard(businessName: string) {
    const partner = await createSandboxPartner({ baseUrl });
    const bank = new Xinghui({ secretKey: partner.secret_key, baseUrl });
    const page = createClient({ publishableKey: partner.publishable_key, baseUrl });
    const supplier = await bank.suppliers.create(SEED.supplier);
    const shop = await bank.buyers.create({ ...SEED.shop, business_name: businessName });
    for (const type of [...SEED.consentTypes, 'direct_debit'] as const) {
      const { version } = await bank.consents.retrieveTemplate(type);
      await bank.consents.create({
        buyer: shop.id,
        type,
        template_version: version,
        locale: 'zh-CN',
      });
    }
    const application = await bank.creditApplications.create({
      buyer: shop.id,
      ...SEED.preApproval,
    });
    const line = await bank.creditLines.retrieve(application.credit_line!);
    log(
      `${businessName}: ${application.status}, limit ${formatMoney(line.limit)}, ` +
        `APR ${formatRatePercent(line.apr)} (daily ${formatRatePercent(line.daily_rate)})`,
    );
    return { bank, page, supplier, shop, line };
  }

  /** The shop pays an order on credit at the checkout: offers, the code, confirm. */
  async function payOnCredit(
    {
      bank,
      page,
      supplier,
      shop,
    }: { bank: Xinghui; page: ReturnType<typeof createClient>; supplier: Supplier; shop: Buyer },
    amount: number,
  ) {
    const session = await bank.checkoutSessions.create({
      buyer: shop.id,
      supplier: supplier.id,
      amount: cny(amount),
      payment_methods: ['wallet', 'credit'],
      line_items: [
        { name: '婴幼儿配方奶粉 3 段 800g (箱)', quantity: 1, unit_amount: cny(amount) },
      ],
    });
    const offers = await page.credit.listLoanOffers(session.client_secret);
    const term = { repayment_method: 'pay_anytime', length: 30 } as const;
    const offer = offers.data.find(
      (o) => o.repayment_method === term.repayment_method && o.length === term.length,
    )!;
    await page.checkoutSessions.requestVerificationCode(session.client_secret);
    const { code } = await bank.sandbox.retrieveVerificationCode(session.id);
    const paid = await page.checkoutSessions.confirm(session.client_secret, {
      payment_method: 'credit',
      term,
      verification_code: code,
    });
    const [loan] = (await bank.loans.list({ buyer: shop.id, status: 'active' })).data;
    return { paid, loan: loan!, offer };
  }

  // 1. Pre-approval, paying on credit, early repayment.
  const first = await onboard('贝贝母婴生活馆 [approve]');
  const { loan } = await payOnCredit(first, 1_000_000);
  const supplierPaid = (await first.bank.suppliers.retrieve(first.supplier.id)).settlement_account
    .balance;
  log(`贝贝 paid ${formatMoney(supplierPaid)} to its supplier on credit, in the same request`);
  await first.bank.sandbox.advanceClock({ days: 17 });
  const owed = await first.bank.loans.retrieve(loan.id);
  await first.bank.wallets.topUp(first.shop.wallet, { amount: owed.payoff_amount });
  const early = await first.bank.loans.repay(loan.id);
  const restored = (await first.bank.creditLines.retrieve(first.line.id)).available;
  log(
    `贝贝 repaid after 17 days: interest ${formatMoney(early.interest)}; available again ${formatMoney(restored)}`,
  );

  // 2. A missed due date.
  const second = await onboard('小雅母婴店 [approve]');
  const late = await payOnCredit(second, 1_000_000);
  await second.bank.sandbox.advanceClock({ days: 31 });
  const frozen = await second.bank.creditLines.retrieve(second.line.id);
  const listed = (await second.bank.events.list({ limit: 100 })).data;
  const events = listed.map((event) => event.type as string);
  // Its wallet was empty: under its direct-debit authorisation the debit failed for want of money.
  const failed = listed.find((event) => event.type === 'repayment.failed');
  const debitFailure =
    failed?.type === 'repayment.failed' ? failed.data.object.debit_failure_code : null;
  await second.bank.sandbox.advanceClock({ days: 9 });
  const overdue = await second.bank.loans.retrieve(late.loan.id);
  log(
    `小雅 missed its due date (${debitFailure}): line ${frozen.status}; after 10 days penalty ${formatMoney(overdue.penalty_interest)}`,
  );
  await second.bank.wallets.topUp(second.shop.wallet, { amount: overdue.payoff_amount });
  const catchUp = await second.bank.loans.repay(late.loan.id);
  const unfrozen = await second.bank.creditLines.retrieve(second.line.id);
  log(
    `小雅 paid penalty ${formatMoney(catchUp.penalty)} + interest ${formatMoney(catchUp.interest)}: line ${unfrozen.status}`,
  );

  // 3. Ninety days of trade, three loans repaid on time, a limit review.
  const third = await onboard('乐乐母婴用品店');
  await third.bank.wallets.topUp(third.shop.wallet, { amount: cny(50_000_000) });
  for (let n = 0; n < 30; n++) {
    const amount = 300_000 + n * 10_000;
    const onCredit = n % 9 === 0;
    let payment: string;
    if (onCredit) {
      const { paid, loan: borrowed } = await payOnCredit(third, amount);
      payment = paid.payment!;
      await third.bank.sandbox.advanceClock({ days: 1 });
      await third.bank.loans.repay(borrowed.id);
    } else {
      const session = await third.bank.checkoutSessions.create({
        buyer: third.shop.id,
        supplier: third.supplier.id,
        amount: cny(amount),
        line_items: [SEED.item(amount)],
      });
      await third.page.checkoutSessions.requestVerificationCode(session.client_secret);
      const { code } = await third.bank.sandbox.retrieveVerificationCode(session.id);
      payment = (
        await third.page.checkoutSessions.confirm(session.client_secret, {
          payment_method: 'wallet',
          verification_code: code,
        })
      ).payment!;
      await third.bank.sandbox.advanceClock({ days: 1 });
    }
    const order = {
      buyer: third.shop.id,
      supplier: third.supplier.id,
      order_id: `PO-${n}`,
      amount: cny(amount),
    };
    await third.bank.tradeReports.create({ ...order, type: 'order', payment });
    await third.bank.tradeReports.create({
      ...order,
      type: 'delivery',
      shipment: { carrier: '顺丰', tracking_number: `SF${n}` },
    });
    await third.bank.sandbox.advanceClock({ days: 2 });
  }
  const review = await third.bank.limitReviews.create({ credit_line: third.line.id });
  log(
    `乐乐 after 90 days of trade: ${review.outcome} ${formatMoney(review.previous_limit)} → ${formatMoney(review.limit)} ` +
      `(${review.reasons.map((reason) => reason.message['zh-CN']).join('；')})`,
  );

  const ledgers = await Promise.all(
    [first, second, third].map(({ bank }) => bank.sandbox.verifyLedger()),
  );
  return {
    supplierPaid: supplierPaid.amount,
    earlyInterest: early.interest.amount,
    restoredAvailable: restored.amount,
    limit: first.line.limit.amount,
    frozenStatus: frozen.status,
    missedDueDateEvents: events,
    debitFailure,
    penalty: catchUp.penalty.amount,
    unfrozenStatus: unfrozen.status,
    review,
    ledgersOk: ledgers.every((report) => report.ok),
  };
}
