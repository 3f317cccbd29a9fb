import type { EventType } from './event.js';

/**
 * When each event type fires, for the docs' event catalogue (docs/events.md). Kept apart from
 * event.ts and out of the package's entry points so no page's bundle carries this text;
 * `satisfies` makes a new event type without an entry a compile error.
 *
 * @internal
 */
export const EVENT_DOCS = {
  'checkout_session.completed':
    'A checkout session was paid: sent together with `payment.succeeded`, right after the shop confirmed with its one-time code.',
  'checkout_session.expired':
    'A checkout session still open at its `expires_at` (or expired by `checkoutSessions.expire`) can no longer be paid.',
  'payment.succeeded':
    "A shop's payment went through, from its wallet or on credit. With escrow the money is held (`escrow.held` follows); without, the supplier is paid now.",
  'payment.failed':
    'A wallet payment the shop confirmed (with its one-time code) failed: insufficient funds, a frozen wallet, or declined (`failure_code`). The page gets the error and the session stays open. The sandbox sends it for its test amounts (docs/sandbox.md, Test values); other refused confirms are only an error answer, with nothing recorded.',
  'payment.refunded':
    'All or part of a payment went back to the shop (a refund, from escrow or after release). `data.object` is the refund.',
  'consent.revoked':
    'The shop (or the partner) revoked a consent: data sharing (limit reviews stop and the line holds where it is), direct debit (due dates are no longer debited) or credit query.',
  'credit_application.decided':
    'A credit application was decided, approved with a line or declined with reason codes: from the server or from the checkout page.',
  'loan.disbursed':
    'A payment on credit was confirmed: the loan was drawn and paid to the supplier (or into escrow for an escrowed payment).',
  'loan.repaid': 'A repayment left the loan owing nothing.',
  'loan.payment_due':
    'Three days before an instalment or a loan falls due, while it still has something to pay: remind the shop.',
  'loan.overdue':
    'The day after a due date that was not paid in full: penalty interest runs from the due date and the shop\u2019s line is frozen (`credit_line.updated`).',
  'repayment.failed':
    "On a due date the bank's debit of the shop's wallet did not happen, and the loan's `debit_failure_code` says why: `no_direct_debit_authorisation` (the shop gave no direct-debit consent, 代扣授权, so nothing is debited: it repays by itself) or `insufficient_balance` (the wallet held less than what is due). The loan goes overdue the next day unless the shop pays first.",
  'credit_line.updated':
    "A line's limit changed after a limit review, or its status changed: frozen when a loan goes overdue, active again when every past-due amount is paid.",
  'escrow.held':
    'An escrowed payment succeeded: the money is held until the shop confirms receipt, the auto-release timer ends, or a refund.',
  'escrow.released':
    'Held money was paid to the supplier, in full or in part: the shop confirmed receipt, the auto-release timer ended, or a dispute was closed with `release`.',
  'escrow.disputed':
    'A dispute or refund request was opened on an escrowed payment: the auto-release timer pauses.',
  'escrow.refunded':
    'Held money went back to the shop by a refund; a credit-funded payment cancels that principal and waives its interest.',
  'pre_approval.invited':
    "A supplier nominated a shop and the bank's pre-assessment (platform data only, no credit-bureau query) prepared an offer: the shop may accept it from its checkout or wallet page.",
  'pre_approval.accepted':
    'The shop accepted its invitation, gave its credit-query and data-sharing consents, and its application opened a credit line (`credit_line`).',
  'pre_approval.not_approved':
    'The shop accepted its invitation, but its application, now decided with its own consent, was declined or referred: no line was opened.',
  'pre_approval.declined': 'The shop declined its invitation: nothing was queried.',
  'pre_approval.expired':
    'The shop did not answer its invitation within 30 days; the supplier may nominate it again.',
  'loan.notice_sent':
    'The bank sent the shop owner an SMS about a loan: a reminder three days before a due date, a notice on the due date when the debit did not cover it, or the day after a missed due date the credit-report notice (征信) with the day reporting would start. `data.object` is the notice.',
  'webhook_endpoint.test':
    'A test delivery asked for by hand (`xinghui-sandbox webhooks test`, `webhookEndpoints.sendTest`), signed like every delivery, sent only to the endpoint tested and never retried. Nothing happened to any object: answer 2xx and do nothing else. `data.object` is a `webhook_test` naming the endpoint.',
} as const satisfies Record<EventType, string>;
