// A web-test-runner plugin that runs a real sandbox bank beside the browser tests and does,
// on the Node side, what a partner's SERVER does: create partners, shops, suppliers and
// checkout sessions with the secret key, read one-time codes, move the test clock. The page
// gets only what a page may hold: the publishable key and a client secret.
//
// Browser tests call it with `executeServerCommand('xinghui-checkout', …)` (see packages/elements/src/testing/sandbox-commands.ts).
// `xinghui-partner` and `xinghui-server` let a test build any world (credit lines, loans, wallet
// sessions) through the partner's API, while the secret key stays here, named by a `ref`.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const SHOP = {
  business_name: '贝贝母婴生活馆',
  credit_code: '91440300708461136T',
  owner_name: '林晓梅',
  phone: '13800138000',
  industry: 'mother_baby',
};
const SUPPLIER = {
  business_name: '安心母婴用品批发有限公司',
  credit_code: '914403001922038216',
  phone: '13900139000',
  industry: 'mother_baby',
};

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function sandboxPlugin() {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  let apiBase = '';
  /**
   * The partner behind each ref (a checkout session's id, or a partner's ref): its secret key
   * never leaves this process.
   */
  const secretKeys = new Map();
  let counter = 0;

  async function call(
    /** @type {string} */ method,
    /** @type {string} */ path,
    /** @type {string | undefined} */ key,
    /** @type {unknown} */ body,
    /** @type {string | undefined} */ clientSecret = undefined,
  ) {
    const response = await fetch(`${apiBase}${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': `wtr-${process.pid}-${++counter}`,
        ...(key ? { Authorization: `Bearer ${key}` } : {}),
        ...(clientSecret ? { 'Xinghui-Client-Secret': clientSecret } : {}),
      },
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
    return json;
  }

  /**
   * A fresh partner with the usual shop (topped up with `topUp` fen) and supplier. `shopName`
   * replaces the shop's business name (a scenario trigger such as `[decline]` decides its
   * application); `line` opens a credit line at once: a limit in yuan, or `'approve'`.
   */
  async function newWorld(
    /** @type {number} */ topUp,
    /** @type {{ shopName?: string, line?: number | 'approve' }} */ credit = {},
  ) {
    const partner = await call('POST', '/v1/sandbox/partners');
    const key = partner.secret_key;
    const trigger =
      credit.line === undefined
        ? ''
        : credit.line === 'approve'
          ? ' [approve]'
          : ` [limit:${credit.line}]`;
    const shop = await call('POST', '/v1/buyers', key, {
      ...SHOP,
      business_name: (credit.shopName ?? SHOP.business_name) + trigger,
    });
    if (credit.line !== undefined) {
      const { version } = await call('GET', '/v1/consent_templates/credit_query', key);
      await call('POST', '/v1/consents', key, {
        buyer: shop.id,
        type: 'credit_query',
        template_version: version,
        locale: 'zh-CN',
      });
      await call('POST', '/v1/credit_applications', key, { buyer: shop.id, months_trading: 36 });
    }
    const supplier = await call('POST', '/v1/suppliers', key, SUPPLIER);
    if (topUp > 0)
      await call('POST', `/v1/wallets/${shop.wallet}/top_ups`, key, {
        amount: { amount: topUp, currency: 'CNY' },
      });
    return { partner, key, shop, supplier };
  }

  /** @type {Record<string, (payload: any) => Promise<unknown>>} */
  const commands = {
    /** A fresh partner, shop and supplier; later calls name it by the returned `ref`. */
    async 'xinghui-partner'({ topUp = 100_000 } = {}) {
      const { partner, key, shop, supplier } = await newWorld(topUp);
      const ref = `partner-${++counter}`;
      secretKeys.set(ref, { key, wallet: shop.wallet, supplier: supplier.id });
      return {
        ref,
        apiBase,
        publishableKey: partner.publishable_key,
        buyer: shop.id,
        supplier: supplier.id,
        wallet: shop.wallet,
      };
    },
    /** Any call of the partner's API with its secret key, as the partner's server makes it. */
    async 'xinghui-server'({ ref, method, path, body }) {
      return call(method, path, secretKeys.get(ref).key, body);
    },
    /**
     * A fresh partner, a shop with `topUp` fen in its wallet, a supplier and an open session.
     * For credit: `paymentMethods` (`['wallet', 'credit']`), `line` and `shopName` as in
     * `newWorld`, and `frozen`: the shop first borrows on credit and misses the due date, so
     * its line is frozen for overdue (the clock moves 32 days; the wallet stays empty) before this
     * session is created.
     */
    async 'xinghui-checkout'({
      topUp = 100_000,
      amount = 25_800,
      expiresIn,
      paymentMethods,
      line,
      shopName,
      frozen = false,
      escrow,
    } = {}) {
      const { partner, key, shop, supplier } = await newWorld(frozen ? 0 : topUp, {
        line,
        shopName,
      });
      const createSession = (/** @type {number} */ amount) =>
        call('POST', '/v1/checkout_sessions', key, {
          buyer: shop.id,
          supplier: supplier.id,
          amount: { amount, currency: 'CNY' },
          line_items: [
            { name: '婴儿纸尿裤 L 码 (箱)', quantity: 1, unit_amount: { amount, currency: 'CNY' } },
          ],
          ...(expiresIn ? { expires_in: expiresIn } : {}),
          ...(paymentMethods ? { payment_methods: paymentMethods } : {}),
          ...(escrow ? { escrow: {} } : {}),
        });
      if (frozen) {
        const earlier = await createSession(amount);
        const secret = earlier.client_secret;
        const page = partner.publishable_key;
        await call('POST', '/v1/client/checkout_session/verification_codes', page, {}, secret);
        const { code } = await call(
          'GET',
          `/v1/sandbox/verification_codes?checkout_session=${earlier.id}`,
          key,
        );
        await call(
          'POST',
          '/v1/client/checkout_session/confirm',
          page,
          {
            payment_method: 'credit',
            term: { repayment_method: 'pay_anytime', length: 30 },
            verification_code: code,
          },
          secret,
        );
        // The wallet is empty, so the due-date debit fails: overdue the next day, line frozen.
        await call('POST', '/v1/test_clocks/advance', key, { seconds: 32 * 86_400 });
      }
      const session = await createSession(amount);
      secretKeys.set(session.id, { key, wallet: shop.wallet, supplier: supplier.id });
      return {
        apiBase,
        publishableKey: partner.publishable_key,
        clientSecret: session.client_secret,
        sessionId: session.id,
      };
    },
    /** The code the shop owner's phone shows for a checkout (`cs_`) or wallet (`ws_`) session. */
    async 'xinghui-code'({ ref, sessionId }) {
      const { key } = secretKeys.get(ref);
      const kind = sessionId.startsWith('ws_') ? 'wallet_session' : 'checkout_session';
      return (await call('GET', `/v1/sandbox/verification_codes?${kind}=${sessionId}`, key)).code;
    },
    /** Moves the session's partner's clock forward. */
    async 'xinghui-advance'({ ref, seconds }) {
      return call('POST', '/v1/test_clocks/advance', secretKeys.get(ref).key, { seconds });
    },
    /** Tops up the session's shop, as a transfer in would. */
    async 'xinghui-top-up'({ ref, amount }) {
      const { key, wallet } = secretKeys.get(ref);
      return call('POST', `/v1/wallets/${wallet}/top_ups`, key, {
        amount: { amount, currency: 'CNY' },
      });
    },
    /** The supplier's settlement balance and whether the ledger verifies. */
    async 'xinghui-books'({ ref }) {
      const { key, supplier } = secretKeys.get(ref);
      const { settlement_account } = await call('GET', `/v1/suppliers/${supplier}`, key);
      const ledger = await call('GET', '/v1/sandbox/ledger/verify', key);
      return { supplierBalance: settlement_account.balance.amount, ledgerOk: ledger.ok };
    },
  };

  return {
    name: 'xinghui-sandbox',
    async serverStart() {
      // The sandbox's own CLI, from source, in memory, on a free loopback port.
      child = spawn(
        process.execPath,
        [
          '--conditions=source',
          '--import',
          'tsx',
          'packages/sandbox/src/cli.ts',
          '--memory',
          '--port',
          '0',
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const lines = createInterface({ input: child.stdout });
      for await (const line of lines) {
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
        if (match) {
          apiBase = match[1];
          break;
        }
      }
      if (!apiBase) throw new Error('The sandbox did not start');
      lines.on('line', () => undefined); // keep draining its log
    },
    async serverStop() {
      if (!child || child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
    async executeCommand({ command, payload }) {
      const run = commands[command];
      return run ? run(payload) : undefined;
    },
  };
}
