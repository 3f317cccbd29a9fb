import {
  EVENT_TYPES,
  isKnownEventType,
  type AdvanceTestClockParams,
  type Buyer,
  type CreditLine,
  type Event,
  type EventType,
  type List,
  type Partner,
  type SandboxVerificationCode,
  type Supplier,
  type TestClock,
} from '@xinghui/contract';
import { fireTrigger, SandboxApi, TriggerKit, type Triggered } from '@xinghui/sandbox/engine';

/** Options of {@link MockPartner.seedShop}. */
export interface SeedShopOptions {
  /**
   * Give the shop an approved credit line (the `[approve]` scenario: 20,000 yuan, after its
   * `credit_query` consent).
   * @default true
   */
  creditLine?: boolean;
  /**
   * Fen to top the shop's wallet up with (a sandbox top-up), for paying from the wallet.
   * @default 0
   */
  walletBalance?: number;
}

/** What {@link MockPartner.seedShop} made. */
export interface SeededShop {
  /** The shop (a buyer), with a phone and a credit code of its own. */
  shop: Buyer;
  /** A wholesale supplier it can pay. */
  supplier: Supplier;
  /** Its approved credit line, or `null` when `creditLine: false`. */
  creditLine: CreditLine | null;
}

/**
 * A partner of the mock bank, with its keys and its own test clock, and the helpers a test
 * needs besides the SDK: seed a shop, read a one-time code, advance the clock, fire a trigger,
 * list the events. Every helper goes through the bank's own HTTP API, in this process.
 *
 * @example
 * ```ts
 * const partner = await mock.createPartner();
 * const { shop, supplier } = await partner.seedShop({ walletBalance: 100_000 });
 * const xinghui = new Xinghui({ secretKey: partner.secretKey, baseUrl: mock.baseUrl });
 * ```
 */
export class MockPartner {
  /** The partner's id (`ptn_…`). */
  readonly id: string;
  /** `sk_test_…`, for the partner's server (`new Xinghui({ secretKey })`). */
  readonly secretKey: string;
  /** `pk_test_…`, for the shop's pages (`createClient({ publishableKey })`, the components). */
  readonly publishableKey: string;
  readonly #api: SandboxApi;

  /** @internal Made by {@link MockBank.createPartner}. */
  constructor(partner: Partner, baseUrl: string, send: typeof fetch) {
    this.id = partner.id;
    this.secretKey = partner.secret_key;
    this.publishableKey = partner.publishable_key;
    this.#api = new SandboxApi(baseUrl, partner.secret_key, send);
  }

  /**
   * A shop with a supplier, ready to pay: by default with an approved credit line; with
   * `walletBalance`, money in its wallet.
   *
   * @throws TypeError when `walletBalance` is not a whole, non-negative number of fen
   * @example
   * ```ts
   * const { shop, supplier, creditLine } = await partner.seedShop({ walletBalance: 50_000 });
   * console.log(creditLine?.available.amount); // 2_000_000 fen
   * ```
   */
  async seedShop(options: SeedShopOptions = {}): Promise<SeededShop> {
    const { creditLine = true, walletBalance = 0 } = options;
    if (!Number.isSafeInteger(walletBalance) || walletBalance < 0) {
      throw new TypeError(
        `walletBalance is a whole number of fen, 0 or more; got ${String(walletBalance)}`,
      );
    }
    const kit = new TriggerKit(this.#api, this.publishableKey);
    const shop = creditLine ? (await kit.approvedShop()).shop : await kit.shop();
    const supplier = await kit.supplier();
    if (walletBalance > 0) await kit.topUp(shop, walletBalance);
    const line = creditLine
      ? (await this.#api.get<List<CreditLine>>(`/v1/credit_lines?buyer=${shop.id}&limit=1`)).data[0]
      : undefined;
    return { shop, supplier, creditLine: line ?? null };
  }

  /**
   * The latest one-time code the bank "texted" for a checkout session (`cs_…`) or a wallet
   * session (`ws_…`): what the shop owner reads on the phone.
   *
   * @throws ApiReplyError `resource_missing` when no code was sent for it yet
   * @example
   * ```ts
   * await page.checkoutSessions.requestVerificationCode(session.client_secret);
   * const code = await partner.verificationCode(session.id);
   * ```
   */
  async verificationCode(session: string): Promise<string> {
    const kind = session.startsWith('ws_') ? 'wallet_session' : 'checkout_session';
    const query = `${kind}=${encodeURIComponent(session)}`;
    return (await this.#api.get<SandboxVerificationCode>(`/v1/sandbox/verification_codes?${query}`))
      .code;
  }

  /**
   * Moves the partner's test clock forward; whatever falls due on the way (loan due dates,
   * escrow auto-release, expiries) happens, as on the sandbox server.
   *
   * @throws ApiReplyError `parameter_invalid` for a negative or too long advance (366 days at most)
   * @example
   * ```ts
   * const clock = await partner.advanceClock({ days: 30 });
   * console.log(new Date(clock.now * 1000));
   * ```
   */
  advanceClock(params: AdvanceTestClockParams): Promise<TestClock> {
    return this.#api.post<TestClock>('/v1/test_clocks/advance', params);
  }

  /**
   * Makes an event happen through the bank's real flow, with the recipe of
   * `xinghui-sandbox trigger` (the same code): the shop, supplier, session, code, loan… it
   * needs are created as this partner. The loan triggers advance the test clock 28 to 31 days.
   *
   * @throws TypeError for a type that is not in the event catalogue
   * @example
   * ```ts
   * const { event, created } = await partner.trigger('loan.overdue');
   * ```
   */
  async trigger(type: EventType): Promise<Triggered> {
    if (!isKnownEventType(type)) {
      throw new TypeError(`Unknown event type "${String(type)}": one of ${EVENT_TYPES.join(', ')}`);
    }
    return fireTrigger(this.#api, this.publishableKey, type);
  }

  /**
   * The partner's events, newest first (at most 100; `GET /v1/events`), of one type if given:
   * every event the engine recorded, whether or not a webhook endpoint is registered.
   *
   * @example
   * ```ts
   * const [paid] = await partner.events('payment.succeeded');
   * ```
   */
  async events(type?: EventType): Promise<Event[]> {
    const query = type ? `type=${encodeURIComponent(type)}&limit=100` : 'limit=100';
    return (await this.#api.get<List<Event>>(`/v1/events?${query}`)).data;
  }
}
