import { SESSION_CAPABILITIES } from '../capabilities.js';
import { Timestamp } from '../common.js';
import { BuyerId, idOf } from '../ids.js';
import { PositiveMoney } from '../money.js';
import { openEnum } from '../open-enum.js';
import { z } from '../zod.js';

/** A wallet session's id, `ws_…`. */
export const WalletSessionId = idOf('ws');

/** Shortest and longest time a wallet session may last, in seconds. */
export const WALLET_SESSION_LIFETIME = { min: 300, max: 86_400, default: 3_600 } as const;

/**
 * A wallet session: scopes a page (the platform's "my account" area) to one shop's wallet,
 * credit line and loans. Created by the partner's server; its `client_secret` goes to the page.
 */
export const WalletSession = z.object({
  id: WalletSessionId,
  object: z.literal('wallet_session'),
  buyer: BuyerId,
  /** Hand this to the page; never log it. */
  client_secret: z.string(),
  /** What a page holding `client_secret` may do. */
  capabilities: z.array(openEnum(SESSION_CAPABILITIES.wallet_session)),
  expires_at: Timestamp,
  created: Timestamp,
});
export type WalletSession = z.infer<typeof WalletSession>;

/** Parameters to create a wallet session. */
export const CreateWalletSessionParams = z.strictObject({
  buyer: BuyerId,
  /** Seconds until the session expires; 300 to 86,400, default 3,600. */
  expires_in: z.optional(
    /* @__PURE__ */ z
      .int()
      .check(z.minimum(WALLET_SESSION_LIFETIME.min), z.maximum(WALLET_SESSION_LIFETIME.max)),
  ),
});
export type CreateWalletSessionParams = z.input<typeof CreateWalletSessionParams>;

/** Parameters to ask for a code confirming a repayment: without `amount`, the payoff. */
export const RepaymentCodeParams = z.strictObject({ amount: z.optional(PositiveMoney) });
export type RepaymentCodeParams = z.input<typeof RepaymentCodeParams>;

/** Parameters of a repayment from the page, confirmed with the code sent for that amount. */
export const ClientRepaymentParams = z.strictObject({
  amount: z.optional(PositiveMoney),
  verification_code: /* @__PURE__ */ z
    .string()
    .check(z.regex(/^\d{6}$/, 'must be the 6-digit code sent by SMS')),
});
export type ClientRepaymentParams = z.input<typeof ClientRepaymentParams>;
