import { Money } from '../money.js';
import { DisplayName, Metadata, Timestamp } from '../common.js';
import { CreditCode } from '../credit-code.js';
import { SettlementAccountId, SupplierId } from '../ids.js';
import { openEnum } from '../open-enum.js';
import { MobilePhone } from '../phone.js';
import { INDUSTRIES } from './buyer.js';
import { z } from '../zod.js';

/**
 * A supplier: a wholesaler or brand that sells to shops. Payments (and loans drawn to pay it)
 * settle into its settlement account at the bank.
 */
export const Supplier = z.object({
  id: SupplierId,
  object: z.literal('supplier'),
  business_name: z.string(),
  credit_code: z.string(),
  phone: z.string(),
  industry: openEnum(INDUSTRIES),
  settlement_account: z.object({
    id: SettlementAccountId,
    /** What the bank has settled to the supplier and not yet paid out. */
    balance: Money,
  }),
  metadata: Metadata,
  created: Timestamp,
});
export type Supplier = z.infer<typeof Supplier>;

/** Parameters to create a supplier. */
export const CreateSupplierParams = z.strictObject({
  business_name: DisplayName,
  credit_code: CreditCode,
  /** A contact mobile number for the supplier. */
  phone: MobilePhone,
  industry: z.enum(INDUSTRIES),
  metadata: z.optional(Metadata),
});
export type CreateSupplierParams = z.input<typeof CreateSupplierParams>;
