import type { ClientCheckoutSession } from '@xinghui/contract';

/**
 * Whether the bank may offer this session's order on credit: the session is open and allows
 * credit, and the shop's line (unknown to a bank from before `session.credit`) is active with
 * enough available. Only then are the offers asked for, and the pay button's credit path loaded.
 */
export function mayOfferCredit(session: ClientCheckoutSession): boolean {
  const line = session.credit;
  return (
    session.status === 'open' &&
    session.payment_methods.includes('credit') &&
    line !== null &&
    (!line || (line.status === 'active' && line.available.amount >= session.amount.amount))
  );
}
