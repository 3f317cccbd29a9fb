import {
  CHECKOUT_SESSION_LIFETIME,
  DEFAULT_AUTO_RELEASE_DAYS,
  SESSION_CAPABILITIES,
  generateClientSecret,
  generateId,
  maskCreditCode,
  maskPersonName,
  maskPhone,
  type CheckoutSession,
  type ClientCheckoutSession,
  type CreditLine,
  type CreateCheckoutSessionParams,
  type EscrowTerms,
  type ListCheckoutSessionsParams,
} from '@xinghui/contract';
import { ApiError } from '../core/api-error.js';
import { getBuyer } from '../trade/buyers.js';
import type { Context } from '../core/context.js';
import { lineOfBuyer, presentCreditLine } from '../credit/credit-lines.js';
import { recordEvent } from '../webhooks/events.js';
import { getAccount } from '../ledger/ledger.js';
import { listPage } from '../core/list-page.js';
import { getOwned, withoutPartner } from '../core/owned-rows.js';
import type { CheckoutSessionRecord, LoanRecord } from '../core/records.js';
import { scheduleTimer } from '../core/timers.js';
import { getSupplier } from '../trade/suppliers.js';

/** Creates a checkout session: one order, its amount and payee fixed here on the server. */
export function createCheckoutSession(
  ctx: Context,
  params: CreateCheckoutSessionParams,
): CheckoutSession {
  const buyer = getBuyer(ctx, params.buyer, 'buyer');
  const supplier = getSupplier(ctx, params.supplier, 'supplier');
  const id = generateId('cs');
  const session: CheckoutSessionRecord = {
    id,
    partner: ctx.partner.id,
    object: 'checkout_session',
    status: 'open',
    buyer: buyer.id,
    supplier: supplier.id,
    amount: params.amount,
    line_items: params.line_items.map((item) => ({
      name: item.name,
      quantity: item.quantity,
      unit_amount: item.unit_amount,
      amount: {
        amount: item.unit_amount.amount * item.quantity,
        currency: item.unit_amount.currency,
      },
    })),
    description: params.description ?? null,
    payment_methods: params.payment_methods ?? ['wallet'],
    client_secret: generateClientSecret(id),
    capabilities: [...SESSION_CAPABILITIES.checkout_session],
    payment: null,
    escrow: escrowTerms(params.escrow),
    commission_amount: params.commission_amount ?? null,
    expires_at: ctx.now + (params.expires_in ?? CHECKOUT_SESSION_LIFETIME.default),
    metadata: params.metadata ?? {},
    created: ctx.now,
  };
  ctx.store.insert('checkout_sessions', session);
  scheduleTimer(ctx, 'expire_checkout_session', id, session.expires_at);
  return withoutPartner(session);
}

/** The escrow a session asks for, its defaults filled in: 10 days for delivery, 2 for pickup. */
function escrowTerms(params: CreateCheckoutSessionParams['escrow']): EscrowTerms | null {
  if (!params) return null;
  const fulfilment = params.fulfilment ?? 'delivery';
  return {
    fulfilment,
    auto_release_days: params.auto_release_days ?? DEFAULT_AUTO_RELEASE_DAYS[fulfilment],
  };
}

export function getCheckoutSession(ctx: Context, id: string): CheckoutSessionRecord {
  return getOwned<CheckoutSessionRecord>(ctx, 'checkout_sessions', id);
}

export function retrieveCheckoutSession(ctx: Context, id: string): CheckoutSession {
  return withoutPartner(getCheckoutSession(ctx, id));
}

export function listCheckoutSessions(ctx: Context, params: ListCheckoutSessionsParams) {
  const { limit, starting_after, ...filters } = params;
  return listPage(
    ctx,
    'checkout_sessions',
    filters,
    { limit, starting_after },
    withoutPartner<CheckoutSessionRecord>,
  );
}

/**
 * Ends an open session without payment.
 *
 * @throws ApiError `session_not_open` when it is already paid or expired
 */
export function expireCheckoutSession(ctx: Context, id: string): CheckoutSession {
  const session = getCheckoutSession(ctx, id);
  if (session.status !== 'open') {
    throw new ApiError('session_not_open', `The checkout session is ${session.status}`);
  }
  return markExpired(ctx, session);
}

/** The expiry timer's action: a session still open at its `expires_at` expires. */
export function expireCheckoutSessionWhenDue(ctx: Context, id: string): void {
  const session = getCheckoutSession(ctx, id);
  if (session.status === 'open' && session.expires_at <= ctx.now) markExpired(ctx, session);
}

function markExpired(ctx: Context, session: CheckoutSessionRecord): CheckoutSession {
  const expired = { ...session, status: 'expired' };
  ctx.store.update('checkout_sessions', expired);
  const resource = withoutPartner(expired);
  recordEvent(ctx, 'checkout_session.expired', resource);
  return resource;
}

/**
 * Refuses to act on a session that cannot be paid any more.
 *
 * @throws ApiError `session_expired` or `session_not_open`
 */
export function assertPayable(ctx: Context, session: CheckoutSessionRecord): void {
  if (
    session.status === 'expired' ||
    (session.status === 'open' && session.expires_at <= ctx.now)
  ) {
    throw new ApiError(
      'session_expired',
      'This checkout session has expired: start the checkout again',
    );
  }
  if (session.status !== 'open') {
    throw new ApiError('session_not_open', `This checkout session is already ${session.status}`);
  }
}

/** The session as its page may see it: what to show the shop owner, and nothing more. */
/** The line as an order sees it: its status, what it may draw now, and why that is 0. */
const creditOf = ({ status, available, unavailable_reason }: CreditLine) => ({
  status,
  available,
  unavailable_reason,
});

export function presentClientSession(
  ctx: Context,
  session: CheckoutSessionRecord,
): ClientCheckoutSession {
  const buyer = getBuyer(ctx, session.buyer);
  const supplier = getSupplier(ctx, session.supplier);
  const wallet = getAccount(ctx, buyer.wallet);
  const line = lineOfBuyer(ctx, buyer.id);
  return {
    id: session.id,
    object: 'checkout_session',
    status: session.status,
    amount: session.amount,
    line_items: session.line_items,
    description: session.description,
    payment_methods: session.payment_methods,
    capabilities: session.capabilities,
    buyer: {
      id: buyer.id,
      business_name: buyer.business_name,
      phone_masked: maskPhone(buyer.phone),
      credit_code_masked: maskCreditCode(buyer.credit_code),
      owner_name_masked: maskPersonName(buyer.owner_name),
    },
    supplier: { id: supplier.id, business_name: supplier.business_name },
    wallet: { balance: { amount: wallet.balance, currency: wallet.currency } },
    credit: line ? creditOf(presentCreditLine(line)) : null,
    payment: session.payment,
    loan: session.payment ? loanOfSession(ctx, session.id) : null,
    escrow: session.escrow ?? null,
    expires_at: session.expires_at,
  };
}

/** The loan note that paid a session on credit, if one did. */
function loanOfSession(ctx: Context, sessionId: string): string | null {
  const [loan] = ctx.store.find<LoanRecord>('loans', {
    where: { partner: ctx.partner.id, checkout_session: sessionId },
    limit: 1,
  });
  return loan?.id ?? null;
}
