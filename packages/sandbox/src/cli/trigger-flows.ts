import type { EventType } from '@xinghui/contract';
import { WALLET_FAILURE_AMOUNTS } from '../engine/core/test-values.js';
import { ApiReplyError } from './api.js';
import type { TriggerKit } from './trigger-kit.js';

/** The wallet test amount that fails with `insufficient_balance`. */
const FAILING_AMOUNT = Number(
  Object.entries(WALLET_FAILURE_AMOUNTS).find(([, code]) => code === 'insufficient_balance')![0],
);

/** A payment held in escrow: a wallet payment of an escrowed session. */
const escrowed = (kit: TriggerKit) => kit.paidByWallet({ escrow: {} });

/**
 * How each event type is made to happen through the bank's real flow: the calls a partner's
 * server and a shop's page would make (and, for what only time brings, the test clock).
 * `satisfies` makes a new event type in the contract without a recipe a compile error.
 */
export const TRIGGER_FLOWS = {
  'checkout_session.completed': (kit) => kit.paidByWallet(),
  'checkout_session.expired': async (kit) => {
    const session = await kit.session(await kit.shop(), await kit.supplier(), 25_800);
    await kit.post(`/v1/checkout_sessions/${session.id}/expire`);
  },
  'payment.succeeded': (kit) => kit.paidByWallet(),
  'payment.failed': async (kit) => {
    // The test amount ¥666.01 fails a wallet payment with insufficient_balance.
    const shop = await kit.shop();
    await kit.topUp(shop, 100_000);
    const session = await kit.session(shop, await kit.supplier(), FAILING_AMOUNT);
    try {
      await kit.pay(session, 'wallet');
    } catch (error) {
      if (!(error instanceof ApiReplyError && error.code === 'insufficient_balance')) throw error;
    }
  },
  'payment.refunded': async (kit) => {
    const { payment } = await kit.paidByWallet();
    await kit.post(`/v1/payments/${payment.id}/refunds`, {});
  },
  'consent.revoked': async (kit) => {
    const consent = await kit.consent(await kit.shop(), 'data_sharing');
    await kit.post(`/v1/consents/${consent.id}/revoke`);
  },
  'credit_application.decided': (kit) => kit.approvedShop(),
  'loan.disbursed': (kit) => kit.loan(),
  'loan.repaid': async (kit) => {
    const { shop, loan } = await kit.loan();
    await kit.topUp(shop, loan.payoff_amount.amount);
    await kit.post(`/v1/loans/${loan.id}/repayments`, {});
  },
  // A 30-day loan: the reminder is 3 days before its due date.
  'loan.payment_due': async (kit) => {
    await kit.loan();
    await kit.advanceDays(28);
  },
  // The shop gave no direct-debit authorisation (代扣授权): on the due date the bank takes
  // nothing, and the event's loan says `debit_failure_code: 'no_direct_debit_authorisation'`.
  'repayment.failed': async (kit) => {
    await kit.loan();
    await kit.advanceDays(30);
  },
  'loan.overdue': async (kit) => {
    await kit.loan();
    await kit.advanceDays(31);
  },
  // An overdue loan freezes the shop's line.
  'credit_line.updated': async (kit) => {
    await kit.loan();
    await kit.advanceDays(31);
  },
  'escrow.held': escrowed,
  // Shipped, then nobody confirms receipt: the bank's auto-release timer pays the supplier
  // (10 days for delivery). The secret key may not release unless the partner's contract allows.
  'escrow.released': async (kit) => {
    const { payment } = await escrowed(kit);
    await kit.post(`/v1/payments/${payment.id}/ship`, { carrier: 'SF', tracking_number: 'SF1' });
    await kit.advanceDays(11);
  },
  'escrow.disputed': async (kit) => {
    const { payment } = await escrowed(kit);
    await kit.post(`/v1/payments/${payment.id}/dispute`, { reason: 'goods_not_received' });
  },
  'escrow.refunded': async (kit) => {
    const { payment } = await escrowed(kit);
    await kit.post(`/v1/payments/${payment.id}/refunds`, {});
  },
  'pre_approval.invited': (kit) => kit.invitation(),
  'pre_approval.accepted': async (kit) => kit.answer(await kit.invitation(), 'accept'),
  // A business under a year old, with no trade reports at the bank: its application is referred.
  'pre_approval.not_approved': async (kit) => kit.answer(await kit.invitation('', 8), 'accept'),
  'pre_approval.declined': async (kit) => kit.answer(await kit.invitation(), 'decline'),
  // An invitation nobody answers lapses after 30 days.
  'pre_approval.expired': async (kit) => {
    await kit.invitation();
    await kit.advanceDays(31);
  },
  // A 30-day loan: the SMS reminder goes out 3 days before its due date.
  'loan.notice_sent': async (kit) => {
    await kit.loan();
    await kit.advanceDays(28);
  },
  // Sent to one endpoint only, by hand: what `webhooks test` sends.
  'webhook_endpoint.test': (kit) => kit.testDelivery(),
} satisfies Record<EventType, (kit: TriggerKit) => Promise<unknown>>;
