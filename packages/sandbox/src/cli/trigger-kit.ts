import type {
  Buyer,
  CheckoutSession,
  Consent,
  CreditApplication,
  List,
  Loan,
  Payment,
  PreApproval,
  PreApprovalBatch,
  SandboxVerificationCode,
  WalletSession,
  Supplier,
  WebhookDelivery,
  WebhookEndpoint,
} from '@xinghui/contract';
import { SEED } from '../seed.js';
import type { SandboxApi } from './api.js';
import { ToolError } from './tool-error.js';

/** One object a trigger made, as it prints it: `{ object: 'buyer', id: 'buy_…' }`. */
export interface Made {
  object: string;
  id: string;
}

const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

/** A mobile number of its own for each trigger's shop, so one-time code budgets never run out. */
function freshPhone(): string {
  return `138${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

/** A valid credit code of its own: the bank refuses one credit code for two shops. */
function freshCreditCode(): string {
  return SEED.creditCode(Math.floor(Math.random() * 1e7));
}

/**
 * The steps triggers are made of, each one call (or a few) of the public API, as a partner's
 * server and a shop's page make them; every object made is remembered to print.
 *
 * @example
 * ```ts
 * const kit = new TriggerKit(api, 'pk_test_…');
 * const { shop, application } = await kit.approvedShop(); // a 20,000 yuan line
 * console.log(kit.made); // [{ object: 'buyer', id: 'buy_…' }, …]
 * ```
 */
export class TriggerKit {
  readonly made: Made[] = [];

  constructor(
    private readonly api: SandboxApi,
    private readonly publishableKey: string | undefined,
  ) {}

  #note<T extends { id: string; object: string }>(made: T): T {
    this.made.push({ object: made.object, id: made.id });
    return made;
  }

  /** A shop with a phone of its own; `trigger` adds a scenario word (`[approve]`). */
  async shop(trigger = ''): Promise<Buyer> {
    return this.#note(
      await this.api.post<Buyer>('/v1/buyers', {
        ...SEED.shop,
        business_name: `${SEED.shop.business_name}${trigger ? ` ${trigger}` : ''}`,
        phone: freshPhone(),
        credit_code: freshCreditCode(),
      }),
    );
  }

  /** The seed's wholesale supplier (`SEED.supplier`). */
  async supplier(): Promise<Supplier> {
    return this.#note(await this.api.post<Supplier>('/v1/suppliers', SEED.supplier));
  }

  /** Puts `amount` fen into the shop's wallet (a sandbox top-up). */
  async topUp(shop: Buyer, amount: number): Promise<void> {
    await this.api.post(`/v1/wallets/${shop.wallet}/top_ups`, { amount: cny(amount) });
  }

  /** A checkout session of `amount` fen, one line; `extra` adds fields (`escrow`, `payment_methods`). */
  async session(
    shop: Buyer,
    supplier: Supplier,
    amount: number,
    extra: Record<string, unknown> = {},
  ): Promise<CheckoutSession> {
    return this.#note(
      await this.api.post<CheckoutSession>('/v1/checkout_sessions', {
        buyer: shop.id,
        supplier: supplier.id,
        amount: cny(amount),
        line_items: [SEED.item(amount)],
        ...extra,
      }),
    );
  }

  /**
   * Pays a session as the shop's page does: asks for a one-time code, reads it from the
   * sandbox (the phone), confirms. Returns the payment; throws the refusal the bank answered.
   */
  async pay(session: CheckoutSession, method: 'wallet' | 'credit'): Promise<Payment> {
    if (!this.publishableKey) {
      throw new ToolError(
        'this trigger pays as a shop page does, with the publishable key: pass --publishable-key pk_test_… (or set XINGHUI_PUBLISHABLE_KEY).',
      );
    }
    const page = (path: string, body?: unknown) =>
      this.api.page(this.publishableKey!, session.client_secret, path, body);
    await page('/v1/client/checkout_session/verification_codes');
    const { code } = await this.api.get<SandboxVerificationCode>(
      `/v1/sandbox/verification_codes?checkout_session=${session.id}`,
    );
    const payment = async () => {
      const [made] = (
        await this.api.get<List<Payment>>(`/v1/payments?buyer=${session.buyer}&limit=1`)
      ).data;
      return made && this.#note(made);
    };
    try {
      await page('/v1/client/checkout_session/confirm', {
        payment_method: method,
        verification_code: code,
        ...(method === 'credit' ? { term: { repayment_method: 'pay_anytime', length: 30 } } : {}),
      });
    } catch (error) {
      // A failed payment (a test amount) is recorded too: print it before the refusal.
      await payment();
      throw error;
    }
    return (await payment())!;
  }

  /** A shop with a supplier and a paid wallet payment (optionally escrowed). */
  async paidByWallet(extra: Record<string, unknown> = {}) {
    const shop = await this.shop();
    const supplier = await this.supplier();
    await this.topUp(shop, 100_000);
    const session = await this.session(shop, supplier, 25_800, extra);
    return { shop, supplier, session, payment: await this.pay(session, 'wallet') };
  }

  /** The shop gives a consent, on the current template, in zh-CN. */
  async consent(shop: Buyer, type: 'credit_query' | 'data_sharing'): Promise<Consent> {
    return this.#note(
      await this.api.post<Consent>('/v1/consents', {
        buyer: shop.id,
        type,
        template_version: '2026-11-01',
        locale: 'zh-CN',
      }),
    );
  }

  /** A shop the `[approve]` scenario gives a 20,000 yuan line. */
  async approvedShop() {
    const shop = await this.shop('[approve]');
    await this.consent(shop, 'credit_query');
    const application = this.#note(
      await this.api.post<CreditApplication>('/v1/credit_applications', {
        buyer: shop.id,
        months_trading: 24,
      }),
    );
    return { shop, application };
  }

  /** A 30-day loan of 10,000 yuan, drawn at checkout and paid to the supplier. */
  async loan() {
    const { shop } = await this.approvedShop();
    const supplier = await this.supplier();
    const session = await this.session(shop, supplier, 1_000_000, { payment_methods: ['credit'] });
    await this.pay(session, 'credit');
    const [loan] = (await this.api.get<List<Loan>>(`/v1/loans?buyer=${shop.id}&limit=1`)).data;
    return { shop, loan: this.#note(loan!) };
  }

  /**
   * A supplier nominates a new shop for pre-approval (批量预授信); a scenario word in the shop's
   * name steers the pre-assessment. Eight months of strong trade qualifies on the platform's
   * data alone.
   */
  async invitation(trigger = '[approve]', monthsTrading = 24): Promise<PreApproval> {
    const shop = await this.shop(trigger);
    const supplier = await this.supplier();
    const batch = await this.api.post<PreApprovalBatch>('/v1/pre_approvals', {
      supplier: supplier.id,
      shops: [
        {
          buyer: shop.id,
          months_trading: monthsTrading,
          trade_history: {
            active_months_12m: 12,
            orders_90d: 40,
            gmv_90d: { amount: 20_000_000, currency: 'CNY' },
            gmv_12m: { amount: 60_000_000, currency: 'CNY' },
            returns_12m: { amount: 100_000, currency: 'CNY' },
          },
        },
      ],
    });
    return this.#note(batch.data[0]!);
  }

  /** The invited shop answers from its wallet page: accepts (with its consents) or declines. */
  async answer(invitation: PreApproval, answer: 'accept' | 'decline'): Promise<void> {
    if (!this.publishableKey) {
      throw new ToolError(
        'this trigger answers as a shop page does, with the publishable key: pass --publishable-key pk_test_… (or set XINGHUI_PUBLISHABLE_KEY).',
      );
    }
    const wallet = this.#note(
      await this.api.post<WalletSession>('/v1/wallet_sessions', { buyer: invitation.buyer }),
    );
    await this.api.page(
      this.publishableKey,
      wallet.client_secret,
      `/v1/client/pre_approval/${answer}`,
      answer === 'accept' ? { template_version: '2026-11-01', locale: 'zh-CN' } : {},
    );
  }

  /** Any call of the partner's server, for the steps a recipe makes only once. */
  async post(path: string, body: unknown = {}): Promise<unknown> {
    return this.api.post(path, body);
  }

  /**
   * A test delivery to the partner's newest webhook endpoint; with none, to one registered at
   * the test value `http://webhooks.xinghui.test/status/204` (it answers 204, nothing leaves
   * the machine).
   */
  async testDelivery(): Promise<WebhookDelivery> {
    const [newest] = (await this.api.get<List<WebhookEndpoint>>('/v1/webhook_endpoints?limit=1'))
      .data;
    const endpoint =
      newest ??
      this.#note(
        await this.api.post<WebhookEndpoint>('/v1/webhook_endpoints', {
          url: 'http://webhooks.xinghui.test/status/204',
          enabled_events: ['webhook_endpoint.test'],
        }),
      );
    return this.#note(
      await this.api.post<WebhookDelivery>(`/v1/webhook_endpoints/${endpoint.id}/test`),
    );
  }

  /** Advances the partner's test clock (a trigger that needs time says so). */
  async advanceDays(days: number): Promise<void> {
    await this.api.post('/v1/test_clocks/advance', { days });
    this.made.push({ object: 'test_clock', id: `advanced ${days}d` });
  }
}
