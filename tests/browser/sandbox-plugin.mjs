// A web-test-runner plugin that runs a real sandbox bank beside the browser tests and does,
// on the Node side, what a partner's SERVER does: create partners, shops, suppliers and
// checkout sessions with the secret key, read one-time codes, move the test clock. The page
// gets only what a page may hold: the publishable key and a client secret.
//
// Browser tests call it with `executeServerCommand('xinghui-checkout', …)` (see packages/elements/src/testing/sandbox-commands.ts).
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
  /** Secret key of the partner behind each checkout session: it never leaves this process. */
  const secretKeys = new Map();
  let counter = 0;

  async function call(
    /** @type {string} */ method,
    /** @type {string} */ path,
    /** @type {string | undefined} */ key,
    /** @type {unknown} */ body,
  ) {
    const response = await fetch(`${apiBase}${path}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': `wtr-${process.pid}-${++counter}`,
        ...(key ? { Authorization: `Bearer ${key}` } : {}),
      },
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
    return json;
  }

  /** @type {Record<string, (payload: any) => Promise<unknown>>} */
  const commands = {
    /** A fresh partner, a shop with `topUp` fen in its wallet, a supplier and an open session. */
    async 'xinghui-checkout'({ topUp = 100_000, amount = 25_800, expiresIn } = {}) {
      const partner = await call('POST', '/v1/sandbox/partners');
      const key = partner.secret_key;
      const shop = await call('POST', '/v1/buyers', key, SHOP);
      const supplier = await call('POST', '/v1/suppliers', key, SUPPLIER);
      if (topUp > 0)
        await call('POST', `/v1/wallets/${shop.wallet}/top_ups`, key, {
          amount: { amount: topUp, currency: 'CNY' },
        });
      const session = await call('POST', '/v1/checkout_sessions', key, {
        buyer: shop.id,
        supplier: supplier.id,
        amount: { amount, currency: 'CNY' },
        line_items: [
          { name: '婴儿纸尿裤 L 码 (箱)', quantity: 1, unit_amount: { amount, currency: 'CNY' } },
        ],
        ...(expiresIn ? { expires_in: expiresIn } : {}),
      });
      secretKeys.set(session.id, { key, wallet: shop.wallet, supplier: supplier.id });
      return {
        apiBase,
        publishableKey: partner.publishable_key,
        clientSecret: session.client_secret,
        sessionId: session.id,
      };
    },
    /** The code the shop owner's phone shows. */
    async 'xinghui-code'({ sessionId }) {
      const { key } = secretKeys.get(sessionId);
      return (
        await call('GET', `/v1/sandbox/verification_codes?checkout_session=${sessionId}`, key)
      ).code;
    },
    /** Moves the session's partner's clock forward. */
    async 'xinghui-advance'({ sessionId, seconds }) {
      return call('POST', '/v1/test_clocks/advance', secretKeys.get(sessionId).key, { seconds });
    },
    /** Tops up the session's shop, as a transfer in would. */
    async 'xinghui-top-up'({ sessionId, amount }) {
      const { key, wallet } = secretKeys.get(sessionId);
      return call('POST', `/v1/wallets/${wallet}/top_ups`, key, {
        amount: { amount, currency: 'CNY' },
      });
    },
    /** The supplier's settlement balance and whether the ledger verifies. */
    async 'xinghui-books'({ sessionId }) {
      const { key, supplier } = secretKeys.get(sessionId);
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
