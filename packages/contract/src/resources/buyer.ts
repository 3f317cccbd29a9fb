import { DisplayName, Metadata, Timestamp } from '../common.js';
import { CreditCode } from '../credit-code.js';
import { BuyerId, WalletId } from '../ids.js';
import { openEnum } from '../open-enum.js';
import { MobilePhone } from '../phone.js';
import { z } from '../zod.js';

/** The trades the platform serves. */
export const INDUSTRIES = [
  'mother_baby',
  'pets',
  'liquor_tobacco',
  'auto_parts',
  'agriculture',
  'other',
] as const;

/**
 * A buyer: a small shop that orders from suppliers on the platform. Each buyer has a wallet
 * account at the bank, created with it.
 */
export const Buyer = z.object({
  id: BuyerId,
  object: z.literal('buyer'),
  business_name: z.string(),
  credit_code: z.string(),
  owner_name: z.string(),
  phone: z.string(),
  industry: openEnum(INDUSTRIES),
  wallet: WalletId,
  metadata: Metadata,
  created: Timestamp,
});
export type Buyer = z.infer<typeof Buyer>;

/** Parameters to create a buyer. */
export const CreateBuyerParams = z.strictObject({
  /** The shop's registered business name. */
  business_name: DisplayName,
  /** The shop's unified social credit code (统一社会信用代码). */
  credit_code: CreditCode,
  /** The legal representative or owner. */
  owner_name: DisplayName,
  /** The owner's mobile number: one-time codes go here. */
  phone: MobilePhone,
  industry: z.enum(INDUSTRIES),
  metadata: z.optional(Metadata),
});
export type CreateBuyerParams = z.input<typeof CreateBuyerParams>;
