import { SESSION_CAPABILITIES } from '../capabilities.js';
import { DisplayName, Metadata, Timestamp } from '../common.js';
import { ListParams } from '../list.js';
import { BuyerId, CheckoutSessionId, PaymentId, SupplierId } from '../ids.js';
import { Money, PositiveMoney } from '../money.js';
import { openEnum } from '../open-enum.js';
import { MaskedCreditCode } from '../masking.js';
import { MaskedPhone } from '../phone.js';
import { LoanTermParams } from '../credit/loan-terms.js';
import { CONSENT_LOCALES } from './consent.js';
import { LoanId } from './loan.js';
import { CreditUnavailableReason } from './credit.js';
import { z } from '../zod.js';
import { EscrowParams, EscrowTerms, maxCommission } from './escrow.js';

/** How a checkout session may be paid. */
export const PAYMENT_METHODS = ['wallet', 'credit'] as const;

/** The life of a checkout session: open until paid (`complete`) or `expired`. */
export const CHECKOUT_SESSION_STATUSES = ['open', 'complete', 'expired'] as const;

/** Shortest and longest time a checkout session may stay open, in seconds. */
export const CHECKOUT_SESSION_LIFETIME = { min: 300, max: 86_400, default: 1_800 } as const;

/** One line of an order, as the bank records it. */
export const LineItem = z.object({
  name: z.string(),
  quantity: z.int(),
  unit_amount: Money,
  amount: Money,
});
export type LineItem = z.infer<typeof LineItem>;

/**
 * A checkout session: one order a shop pays a supplier for, created by the partner's server.
 * The amount and the payee are fixed here, on the server; the page holding `client_secret`
 * can only do what `capabilities` lists.
 */
export const CheckoutSession = z.object({
  id: CheckoutSessionId,
  object: z.literal('checkout_session'),
  status: openEnum(CHECKOUT_SESSION_STATUSES),
  buyer: BuyerId,
  supplier: SupplierId,
  amount: Money,
  line_items: z.array(LineItem),
  description: z.nullable(z.string()),
  payment_methods: z.array(openEnum(PAYMENT_METHODS)),
  /** Hand this to the page; never log it. */
  client_secret: z.string(),
  /** What a page holding `client_secret` may do. */
  capabilities: z.array(openEnum(SESSION_CAPABILITIES.checkout_session)),
  /** The payment that completed the session, once there is one. */
  payment: z.nullable(PaymentId),
  /** Escrow terms: the payment is held until the goods arrive; `null` pays the supplier at once. */
  escrow: z.optional(z.nullable(EscrowTerms)),
  /** The platform's commission (分账), paid to it from escrow on release; `null` for none. */
  commission_amount: z.optional(z.nullable(Money)),
  expires_at: Timestamp,
  metadata: Metadata,
  created: Timestamp,
});
export type CheckoutSession = z.infer<typeof CheckoutSession>;

const LineItemParams = z.strictObject({
  name: DisplayName,
  quantity: /* @__PURE__ */ z.int().check(z.minimum(1, 'must be at least 1'), z.maximum(1_000_000)),
  unit_amount: Money,
});

/** Parameters to create a checkout session. `amount` must equal the sum of the line items. */
export const CreateCheckoutSessionParams = /* @__PURE__ */ z
  .strictObject({
    buyer: BuyerId,
    supplier: SupplierId,
    amount: PositiveMoney,
    line_items: /* @__PURE__ */ z.array(LineItemParams).check(z.minLength(1), z.maxLength(100)),
    description: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(500))),
    /** Defaults to `['wallet']`. */
    payment_methods: z.optional(
      /* @__PURE__ */ z
        .array(z.enum(PAYMENT_METHODS))
        .check(z.minLength(1), z.maxLength(PAYMENT_METHODS.length)),
    ),
    /** Seconds until the session expires; 300 to 86,400, default 1,800. */
    expires_in: z.optional(
      /* @__PURE__ */ z
        .int()
        .check(z.minimum(CHECKOUT_SESSION_LIFETIME.min), z.maximum(CHECKOUT_SESSION_LIFETIME.max)),
    ),
    /** Hold the payment in escrow until the shop confirms receipt (担保交易). */
    escrow: z.optional(EscrowParams),
    /**
     * The platform's commission (分账), at most 30% of `amount`, paid to its own settlement
     * account as escrowed money is released. Needs `escrow`.
     */
    commission_amount: z.optional(PositiveMoney),
    metadata: z.optional(Metadata),
  })
  .check(
    z.refine(
      (params) =>
        params.line_items.every((item) => item.unit_amount.currency === params.amount.currency) &&
        params.line_items.reduce(
          (sum, item) => sum + item.unit_amount.amount * item.quantity,
          0,
        ) === params.amount.amount,
      { message: 'must equal the sum of quantity × unit_amount over line_items', path: ['amount'] },
    ),
    z.refine((params) => !params.commission_amount || params.escrow !== undefined, {
      message: 'needs escrow: commission is paid as escrowed money is released',
      path: ['commission_amount'],
    }),
    z.refine(
      (params) =>
        !params.commission_amount ||
        (params.commission_amount.currency === params.amount.currency &&
          params.commission_amount.amount <= maxCommission(params.amount.amount)),
      {
        message: 'must be at most 30% of amount, in the same currency',
        path: ['commission_amount'],
      },
    ),
  );
export type CreateCheckoutSessionParams = z.input<typeof CreateCheckoutSessionParams>;

/**
 * A checkout session as the page sees it, through its client secret: what to show the shop
 * owner before they pay, and nothing the page does not need.
 */
export const ClientCheckoutSession = z.object({
  id: CheckoutSessionId,
  object: z.literal('checkout_session'),
  status: openEnum(CHECKOUT_SESSION_STATUSES),
  amount: Money,
  line_items: z.array(LineItem),
  description: z.nullable(z.string()),
  payment_methods: z.array(openEnum(PAYMENT_METHODS)),
  capabilities: z.array(openEnum(SESSION_CAPABILITIES.checkout_session)),
  /**
   * The shop paying, as the partner registered it, masked where a page must not see more: its
   * business name (public, on its licence), the owner's mobile `138****8000`, and (optional, so
   * that a reply from a bank before these fields still parses) the credit code
   * `9144**********136T` and the owner's name `林*梅`, which a credit enrolment shows pre-filled
   * for the shop to confirm (`credit.apply` without typing them).
   */
  buyer: z.object({
    id: BuyerId,
    business_name: z.string(),
    phone_masked: MaskedPhone,
    credit_code_masked: z.optional(MaskedCreditCode),
    owner_name_masked: z.optional(z.string()),
  }),
  supplier: z.object({ id: SupplierId, business_name: z.string() }),
  wallet: z.object({ balance: Money }),
  /**
   * The shop's credit line as this order sees it: its status and what it has available now;
   * `null` when the shop has no line yet (it can enrol from the page). The page learns here,
   * without a failing call, whether to offer credit or enrolment. Optional, so that a reply
   * from a bank before this field still parses; this bank always sends it.
   */
  credit: z.optional(
    z.nullable(
      z.object({
        status: openEnum(['active', 'frozen', 'expired', 'closed']),
        available: Money,
        /** Why `available` is 0 (`loan_overdue`, `line_expired`), or `null`; as on the line. */
        unavailable_reason: z.optional(CreditUnavailableReason),
      }),
    ),
  ),
  payment: z.nullable(PaymentId),
  /**
   * The loan note (借据) that paid the session on credit, `loan_…`; `null` until then, and for a
   * session paid from the wallet. Optional, so that a reply without it (a bank from before the
   * one-click loan) still parses; this bank always sends it.
   */
  loan: z.optional(z.nullable(LoanId)),
  /** Escrow terms, when the payment will be held until the goods arrive. */
  escrow: z.optional(z.nullable(EscrowTerms)),
  expires_at: Timestamp,
});
export type ClientCheckoutSession = z.infer<typeof ClientCheckoutSession>;

/**
 * A one-time code sent to the shop owner's phone to confirm a money-moving action. It is bound
 * to that action's amount and payee.
 */
export const VerificationCode = z.object({
  object: z.literal('verification_code'),
  phone_masked: MaskedPhone,
  /** When the code was sent: with `resend_available_at`, how long the page counts down. */
  created: Timestamp,
  expires_at: Timestamp,
  /** When a new code may be requested (60 s after this one). */
  resend_available_at: Timestamp,
  attempts_remaining: z.int(),
});
export type VerificationCode = z.infer<typeof VerificationCode>;

/** Parameters to confirm (pay) a checkout session from the page. */
export const ConfirmCheckoutSessionParams = z.strictObject({
  payment_method: z.enum(PAYMENT_METHODS),
  /** With `credit`: the term of one of the session's loan offers. */
  term: z.optional(LoanTermParams),
  /**
   * With `credit`: the loan agreement (借款合同) text the page showed and the shop accepted: its
   * `version` and `locale` (from `consents.retrieveTemplate('loan_agreement')`). The bank records
   * that text's hash with the drawdown, and refuses an outdated version
   * (`consent_template_outdated`). Without it the bank records its current zh-CN text.
   */
  loan_agreement: z.optional(
    z.strictObject({
      template_version: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(40)),
      locale: z.enum(CONSENT_LOCALES),
    }),
  ),
  /** The six-digit code sent to the shop owner's phone. */
  verification_code: /* @__PURE__ */ z
    .string()
    .check(z.regex(/^\d{6}$/, 'must be the 6-digit code sent by SMS')),
});
export type ConfirmCheckoutSessionParams = z.input<typeof ConfirmCheckoutSessionParams>;

/** Listing filters for checkout sessions. */
export const ListCheckoutSessionsParams = z.extend(ListParams, {
  buyer: z.optional(BuyerId),
  status: z.optional(z.enum(CHECKOUT_SESSION_STATUSES)),
});
export type ListCheckoutSessionsParams = z.input<typeof ListCheckoutSessionsParams>;
