import { REPAYMENT_METHODS } from '../credit/loan-terms.js';
import { CreditCode } from '../credit-code.js';
import { DisplayName, Timestamp } from '../common.js';
import { BuyerId, idOf } from '../ids.js';
import { ListParams } from '../list.js';
import { Money } from '../money.js';
import { openEnum } from '../open-enum.js';
import { MobilePhone } from '../phone.js';
import { Rate } from '../rate.js';
import { z } from '../zod.js';

/** A credit application's id, `capp_…`. */
export const CreditApplicationId = idOf('capp');
/** A credit line's id, `cl_…`. */
export const CreditLineId = idOf('cl');

/** A term as the bank lists it on a line or an offer. */
export const OfferedTerm = z.object({
  repayment_method: openEnum(REPAYMENT_METHODS),
  length: z.int(),
});

/** Why the bank decided as it did, in plain words for the shop owner. */
export const DecisionReason = z.object({
  code: z.string(),
  message: z.object({ 'zh-CN': z.string(), en: z.string() }),
});
export type DecisionReason = z.infer<typeof DecisionReason>;

/**
 * A shop's application for a credit line, decided at once by the bank's risk engine:
 * `approved` (with the line), `declined` (with reasons), or `referred` (a person will look).
 */
export const CreditApplication = z.object({
  id: CreditApplicationId,
  object: z.literal('credit_application'),
  buyer: BuyerId,
  status: openEnum(['approved', 'declined', 'referred']),
  /** How long the shop said it has traded, in months, when it applied. */
  months_trading: z.int(),
  /** The line the approval opened, or `null`. */
  credit_line: z.nullable(CreditLineId),
  limit: z.nullable(Money),
  /** 年化利率 of the line, shown on every offer. */
  apr: z.nullable(Rate),
  reasons: z.array(DecisionReason),
  /** How the risk engine decided: its score (0–1000), the rules that fired, the rule set's version. `null` when no rule ran (an identity mismatch). */
  decision: z.nullable(
    z.object({ score: z.int(), rules_fired: z.array(z.string()), rule_set: z.string() }),
  ),
  /** The checkout or wallet session it came through, or `null` (the partner's server). */
  session: z.nullable(z.string()),
  created: Timestamp,
});
export type CreditApplication = z.infer<typeof CreditApplication>;

const applicationFields = {
  /** How long the shop has traded, in months. */
  months_trading: /* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(1200)),
};

/** Parameters of an application from the partner's server. */
export const CreateCreditApplicationParams = z.strictObject({
  buyer: BuyerId,
  ...applicationFields,
});
export type CreateCreditApplicationParams = z.input<typeof CreateCreditApplicationParams>;

const IDENTITY_FIELDS = ['business_name', 'credit_code', 'owner_name', 'phone'] as const;

/**
 * Parameters of an application from the checkout page, for the shop the session names. Either
 * the shop owner confirms the details the partner registered, shown masked on the session
 * (`buyer.credit_code_masked`, `owner_name_masked`, `phone_masked`): then send none of the four
 * identity fields, and the bank uses what it holds. Or the owner types them all, and the bank
 * checks them against that shop (a mismatch is `declined` with reason `identity_mismatch`). Some
 * but not all four is refused (`parameter_invalid`).
 */
export const CreateClientCreditApplicationParams = /* @__PURE__ */ z
  .strictObject({
    business_name: z.optional(DisplayName),
    credit_code: z.optional(CreditCode),
    owner_name: z.optional(DisplayName),
    phone: z.optional(MobilePhone),
    ...applicationFields,
  })
  .check(
    z.refine(
      (params) => {
        const given = IDENTITY_FIELDS.filter((field) => params[field] !== undefined).length;
        return given === 0 || given === IDENTITY_FIELDS.length;
      },
      {
        message:
          'give all of business_name, credit_code, owner_name and phone, or none (the details on file)',
        path: ['business_name'],
      },
    ),
  );
export type CreateClientCreditApplicationParams = z.input<
  typeof CreateClientCreditApplicationParams
>;

/**
 * Why a line's `available` is 0 whatever its limit, or `null` on an active line: `loan_overdue`
 * (frozen), `line_expired`, `line_closed`. Every read of what a shop may draw carries it.
 */
export const CreditUnavailableReason = z.nullable(
  openEnum(['loan_overdue', 'line_expired', 'line_closed']),
);

/** A shop's revolving credit line (循环额度): repaid principal can be drawn again. */
export const CreditLine = z.object({
  id: CreditLineId,
  object: z.literal('credit_line'),
  buyer: BuyerId,
  /**
   * `frozen`: no new drawdowns until every past-due amount is paid; `expired`: the validity
   * period ended (`expires_at`), no new drawdowns until a limit review renews it.
   */
  status: openEnum(['active', 'frozen', 'expired', 'closed']),
  limit: Money,
  used: Money,
  /** What the shop may draw now: limit − used on an active line, 0 otherwise (see `unavailable_reason`). */
  available: Money,
  /**
   * Why `available` is 0 whatever the limit, or `null` on an active line: `loan_overdue` (the line
   * is frozen), `line_expired` or `line_closed`.
   */
  unavailable_reason: CreditUnavailableReason,
  /**
   * When the line's validity period ends (12 months from approval, renewed by a limit review),
   * or `null` for a line opened before lines had one.
   */
  expires_at: z.nullable(Timestamp),
  /** 年化利率. */
  apr: Rate,
  /** 日利率 = APR / 360. */
  daily_rate: Rate,
  term_options: z.array(OfferedTerm),
  /** The consents the line rests on. */
  consents: z.array(z.string()),
  created: Timestamp,
  updated: Timestamp,
});
export type CreditLine = z.infer<typeof CreditLine>;

/** Listing filters for credit lines. */
export const ListCreditLinesParams = z.extend(ListParams, { buyer: z.optional(BuyerId) });
export type ListCreditLinesParams = z.input<typeof ListCreditLinesParams>;
