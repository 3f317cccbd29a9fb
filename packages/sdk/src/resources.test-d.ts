// Type tests (vitest typecheck, also checked by `tsc -b`): the resources' params and results
// are the contract's types, and a partner's mistakes are caught by the compiler.
import type {
  Buyer,
  CheckoutSession,
  ClientCheckoutSession,
  ConfirmCheckoutSessionParams,
  CreateBuyerParams,
  CreateCheckoutSessionParams,
  CreateRefundParams,
  List,
  Payment,
  Refund,
  VerificationCode,
  Wallet,
  WalletTransaction,
} from '@xinghui/contract';
import { describe, expectTypeOf, it } from 'vitest';
import type { PagePromise } from './core/page.js';
import type { RequestOptions } from './core/options.js';
import { createClient } from './index.js';
import { Xinghui } from './server.js';

const xinghui = new Xinghui({ secretKey: 'sk_test_x' });
const page = createClient({ publishableKey: 'pk_test_x' });

describe('server resources', () => {
  it('take the contract’s params and resolve to its resources', () => {
    expectTypeOf(xinghui.buyers.create).parameters.toEqualTypeOf<
      [params: CreateBuyerParams, options?: RequestOptions]
    >();
    expectTypeOf(xinghui.buyers.create).returns.toEqualTypeOf<Promise<Buyer>>();
    expectTypeOf(xinghui.checkoutSessions.create)
      .parameter(0)
      .toEqualTypeOf<CreateCheckoutSessionParams>();
    expectTypeOf(xinghui.checkoutSessions.create).returns.resolves.toEqualTypeOf<CheckoutSession>();
    expectTypeOf(xinghui.payments.retrieve).returns.resolves.toEqualTypeOf<Payment>();
    expectTypeOf(xinghui.payments.refund)
      .parameter(1)
      .toEqualTypeOf<CreateRefundParams | undefined>();
    expectTypeOf(xinghui.payments.refund).returns.resolves.toEqualTypeOf<Refund>();
    expectTypeOf(xinghui.wallets.retrieve).returns.resolves.toEqualTypeOf<Wallet>();
  });

  it('list as a page that can also be iterated item by item', () => {
    const buyers = xinghui.buyers.list({ limit: 10 });
    expectTypeOf(buyers).toEqualTypeOf<PagePromise<Buyer>>();
    expectTypeOf(buyers).resolves.toEqualTypeOf<List<Buyer>>();
    expectTypeOf(buyers).toExtend<AsyncIterable<Buyer>>();
    expectTypeOf(xinghui.wallets.listTransactions).returns.toEqualTypeOf<
      PagePromise<WalletTransaction>
    >();
  });

  it('refuse what the contract refuses', () => {
    // @ts-expect-error an industry the bank does not know
    void xinghui.buyers.create({ ...buyerParams(), industry: 'casino' });
    // @ts-expect-error the owner's name is required
    void xinghui.buyers.create({
      business_name: 'x',
      credit_code: 'y',
      phone: 'z',
      industry: 'pets',
    });
    // @ts-expect-error money is an amount with a currency, never a bare number
    void xinghui.wallets.topUp('wal_x', { amount: 100 });
    // @ts-expect-error per-call options are the SDK's, not arbitrary
    void xinghui.buyers.retrieve('buy_x', { retries: 3 });
  });

  it('take per-call options on every call', () => {
    expectTypeOf<RequestOptions>().toEqualTypeOf<{
      idempotencyKey?: string;
      timeout?: number;
      maxRetries?: number;
      signal?: AbortSignal;
    }>();
  });
});

describe('browser resources', () => {
  it('are scoped by a client secret and resolve to what a page may see', () => {
    expectTypeOf(page.checkoutSessions.retrieve).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(
      page.checkoutSessions.retrieve,
    ).returns.resolves.toEqualTypeOf<ClientCheckoutSession>();
    expectTypeOf(page.checkoutSessions.confirm)
      .parameter(1)
      .toEqualTypeOf<ConfirmCheckoutSessionParams>();
    expectTypeOf(
      page.checkoutSessions.requestVerificationCode,
    ).returns.resolves.toEqualTypeOf<VerificationCode>();
  });

  it('have no server calls', () => {
    // @ts-expect-error a page cannot create buyers
    void page.buyers;
    // @ts-expect-error nor refund payments
    void page.payments;
  });
});

function buyerParams(): CreateBuyerParams {
  return {
    business_name: '贝贝母婴生活馆',
    credit_code: '91440300708461136T',
    owner_name: '林晓梅',
    phone: '13800138000',
    industry: 'mother_baby',
  };
}
