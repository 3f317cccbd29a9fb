/**
 * The credential matrix: every endpoint of the contract × every kind of credential a caller
 * (or an attacker holding a page's credentials) can send, against the table of intended cells
 * in docs/security.md, which this test reads. An endpoint added to the contract without a row
 * in that table fails here, and so does any cell that answers otherwise.
 *
 * A cell is `✗` when the call is refused at the door (401, 403, or 409 `session_expired` /
 * `session_not_open`), `404` when it is let in but the object named in the path belongs to
 * someone else, and `✓` when the credential is accepted (the answer may still refuse the
 * request's content: every body here is `{}`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CLIENT_SECRET_HEADER,
  endpoints,
  type CheckoutSession,
  type Consent,
  type CreditApplication,
  type Endpoint,
  type Event,
  type LimitReview,
  type List,
  type Loan,
  type Payment,
  type WalletSession,
  type WebhookEndpoint,
} from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import {
  SHOP,
  SUPPLIER,
  caller,
  codeFor,
  newPartner,
  sessionParams,
  type App,
  type Caller,
  type HeaderOverrides,
  type Reply,
} from './testing/harness.js';

const { app } = createSandbox();
const root = new URL('../../../', import.meta.url);
const ALLOWED_ORIGIN = 'http://localhost:5173';
const REFUSED_ORIGIN = 'https://attacker.example';

/** The credentials, in the order of the table's columns. */
const CREDENTIALS = [
  'none',
  'malformed',
  'unknown-key',
  'pk',
  'pk+cs',
  'pk+ws',
  'other-pk+cs',
  'other-sk',
  'pk+other-cs',
  'pk+forged-cs',
  'pk+ws-as-cs',
  'pk+cs-expired',
  'pk+cs-complete',
  'pk+cs-cancelled',
  'pk+ws-expired',
  'sk',
  'sk+origin',
  'pk+cs+refused-origin',
  'pk+cs+allowed-origin',
] as const;
type Credential = (typeof CREDENTIALS)[number];

/** One partner's world with an object behind every id a path can name. */
async function seed(app: App) {
  // A contract that lets the secret key release escrow, so `releasePayment` is reachable by it.
  const { partner, server } = await newPartner(
    app,
    { secret_key_release: true },
    { checkLedger: false },
  );
  const other = await newPartner(app, {}, { checkLedger: false });
  const ok = async <T>(reply: Promise<Reply<T>>): Promise<T> => {
    const done = await reply;
    if (done.status !== 200) throw new Error(`seeding failed: ${done.text}`);
    return done.body;
  };
  const shop = await ok(
    server.post<{ id: string; wallet: string }>('/v1/buyers', {
      ...SHOP,
      business_name: '贝贝母婴生活馆 [approve]',
    }),
  );
  const shop2 = await ok(
    server.post<{ id: string }>('/v1/buyers', {
      ...SHOP,
      business_name: '萌宠之家',
      credit_code: '91110108551385082Q',
      phone: '13700137000',
    }),
  );
  const supplier = await ok(server.post<{ id: string }>('/v1/suppliers', SUPPLIER));
  let consent = '';
  // `consent` ends as the data-sharing one; the direct-debit one is what a wallet page revokes.
  for (const type of ['direct_debit', 'credit_query', 'data_sharing']) {
    consent = (
      await ok(
        server.post<Consent>('/v1/consents', {
          buyer: shop.id,
          type,
          template_version: '2026-11-01',
          locale: 'zh-CN',
        }),
      )
    ).id;
  }
  const application = await ok(
    server.post<CreditApplication>('/v1/credit_applications', {
      buyer: shop.id,
      months_trading: 24,
    }),
  );
  const page = (secret: string, headers: HeaderOverrides = {}) =>
    caller(app, partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: secret, ...headers },
    });
  const newSession = (buyer: string, extra: Record<string, unknown> = {}) =>
    ok(
      server.post<CheckoutSession>(
        '/v1/checkout_sessions',
        sessionParams(buyer, supplier.id, 100_000, { payment_methods: ['credit'], ...extra }),
      ),
    );
  // A session paid on credit: a payment, a loan, and a complete session.
  const paid = await newSession(shop.id);
  await ok(page(paid.client_secret).post('/v1/client/checkout_session/verification_codes'));
  await ok(
    page(paid.client_secret).post('/v1/client/checkout_session/confirm', {
      payment_method: 'credit',
      term: { repayment_method: 'pay_anytime', length: 30 },
      verification_code: await codeFor(server, paid.id),
    }),
  );
  const [loan] = (await ok(server.get<List<Loan>>('/v1/loans'))).data;
  const [payment] = (await ok(server.get<List<Payment>>('/v1/payments'))).data;
  const review = await ok(
    server.post<LimitReview>('/v1/limit_reviews', { credit_line: application.credit_line! }),
  );
  const hook = await ok(
    server.post<WebhookEndpoint>('/v1/webhook_endpoints', {
      url: 'https://platform.example/webhooks',
      enabled_events: ['payment.succeeded'],
    }),
  );
  const [event] = (await ok(server.get<List<Event>>('/v1/events'))).data;
  const open = await newSession(shop.id);
  const cancelled = await newSession(shop.id);
  await ok(server.post(`/v1/checkout_sessions/${cancelled.id}/expire`));
  const expiring = await newSession(shop.id, { expires_in: 300 });
  const wallet = await ok(server.post<WalletSession>('/v1/wallet_sessions', { buyer: shop.id }));
  const walletExpiring = await ok(
    server.post<WalletSession>('/v1/wallet_sessions', { buyer: shop.id, expires_in: 300 }),
  );
  const otherSession = await newSession(shop2.id);
  const nomination = await ok(
    server.post<{ data: { id: string }[] }>('/v1/pre_approvals', {
      supplier: supplier.id,
      shops: [{ buyer: shop2.id, months_trading: 24 }],
    }),
  );
  await ok(server.post('/v1/test_clocks/advance', { seconds: 301 }));
  const [logged] = (await ok(server.get<List<{ id: string }>>('/v1/sandbox/requests?limit=1')))
    .data;

  /** The id each path's `{id}` names: always one of this partner's own objects. */
  const idFor = (path: string): string => {
    const ids: [RegExp, string][] = [
      [/^\/v1\/buyers\//, shop.id],
      [/^\/v1\/suppliers\//, supplier.id],
      [/^\/v1\/wallets\//, shop.wallet],
      [/^\/v1\/checkout_sessions\//, open.id],
      [/consent_templates\//, 'credit_query'],
      [/^\/v1\/consents\//, consent],
      [/^\/v1\/client\/consents\//, 'direct_debit'],
      [/^\/v1\/credit_applications\//, application.id],
      [/^\/v1\/credit_lines\//, application.credit_line!],
      [/loans\//, loan!.id],
      [/^\/v1\/limit_reviews\//, review.id],
      [/^\/v1\/payments\//, payment!.id],
      [/^\/v1\/client\/payments\//, payment!.id],
      [/^\/v1\/accounts\//, shop.wallet],
      [/^\/v1\/events\//, event!.id],
      [/^\/v1\/webhook_endpoints\//, hook.id],
      [/^\/v1\/sandbox\/requests\//, logged!.id],
      [/^\/v1\/pre_approvals\//, nomination.data[0]!.id],
    ];
    const found = ids.find(([pattern]) => pattern.test(path));
    if (!found) throw new Error(`No id for ${path}: give the matrix one`);
    return found[1];
  };
  const forged = `${open.id}_secret_${wallet.client_secret.split('_secret_')[1]}`;
  const wsAsCs = wallet.client_secret.replace(/^ws_/, 'cs_');
  const callers: Record<Credential, Caller> = {
    none: caller(app, undefined),
    malformed: caller(app, undefined, {
      headers: { Authorization: `Basic ${partner.secret_key}` },
    }),
    'unknown-key': caller(app, 'sk_test_doesNotExist0000000000000000'),
    pk: caller(app, partner.publishable_key),
    'pk+cs': page(open.client_secret),
    'pk+ws': page(wallet.client_secret),
    'other-pk+cs': caller(app, other.partner.publishable_key, {
      headers: { [CLIENT_SECRET_HEADER]: open.client_secret },
    }),
    'other-sk': caller(app, other.partner.secret_key),
    'pk+other-cs': page(otherSession.client_secret),
    'pk+forged-cs': page(forged),
    'pk+ws-as-cs': page(wsAsCs),
    'pk+cs-expired': page(expiring.client_secret),
    'pk+cs-complete': page(paid.client_secret),
    'pk+cs-cancelled': page(cancelled.client_secret),
    'pk+ws-expired': page(walletExpiring.client_secret),
    sk: caller(app, partner.secret_key),
    'sk+origin': caller(app, partner.secret_key, { headers: { Origin: ALLOWED_ORIGIN } }),
    'pk+cs+refused-origin': page(open.client_secret, { Origin: REFUSED_ORIGIN }),
    'pk+cs+allowed-origin': page(open.client_secret, { Origin: ALLOWED_ORIGIN }),
  };
  return { callers, idFor };
}

const DOOR_CODES = new Set(['session_expired', 'session_not_open']);

/** What a reply says about the credential: refused at the door, someone else's object, or in. */
function cellOf(reply: Reply): string {
  const code = (reply.body as { error?: { code?: string } } | undefined)?.error?.code ?? '';
  if (reply.status === 401 || reply.status === 403) return '✗';
  if (reply.status === 409 && DOOR_CODES.has(code)) return '✗';
  if (reply.status === 404 && code === 'resource_missing') return '404';
  return '✓';
}

/** The intended cells, read from docs/security.md's table. */
function intendedCells(): Map<string, Map<string, string>> {
  const text = readFileSync(new URL('docs/security.md', root), 'utf8');
  const section = text.split('## Credentials: who may call what')[1]?.split('\n## ')[0] ?? '';
  // The matrix is the table whose first column is `endpoint` (the legend comes before it).
  const lines = section.split('\n');
  const start = lines.findIndex((line) => /^\|\s*endpoint\s*\|/.test(line));
  const end = lines.findIndex((line, i) => i > start && !line.startsWith('|'));
  const rows = lines.slice(start, end === -1 ? undefined : end);
  const header = rows[0]
    ?.split('|')
    .slice(2, -1)
    .map((cell) => cell.trim().replaceAll('`', ''));
  expect(header, 'the table’s columns are the matrix’s credentials').toEqual([...CREDENTIALS]);
  const table = new Map<string, Map<string, string>>();
  for (const row of rows.slice(2)) {
    const cells = row
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const name = /`(\w+)`/.exec(cells[0] ?? '')?.[1];
    if (!name) continue;
    table.set(name, new Map(CREDENTIALS.map((credential, i) => [credential, cells[i + 1] ?? ''])));
  }
  return table;
}

/** Which endpoints may change what the next ones read: run last, in this order. */
const LAST = ['deleteWebhookEndpoint', 'expireCheckoutSession'];

describe('the credential matrix', () => {
  it('lets exactly the intended cells of docs/security.md through, for every endpoint', async () => {
    const intended = intendedCells();
    const all = Object.entries(endpoints as Record<string, Endpoint>);
    const names = all.map(([name]) => name);
    const withoutRow = names.filter((name) => !intended.has(name));
    const withoutEndpoint = [...intended.keys()].filter((name) => !names.includes(name));
    const ordered = [
      ...all.filter(([name]) => !LAST.includes(name)),
      ...LAST.map((name) => all.find(([n]) => n === name)!),
    ];
    const actual = new Map<string, Map<string, string>>(names.map((name) => [name, new Map()]));
    // One fresh world per credential, so what one column's calls change never reaches another.
    for (const credential of CREDENTIALS) {
      const { callers, idFor } = await seed(app);
      const call = callers[credential];
      for (const [name, endpoint] of ordered) {
        const path = endpoint.path.includes('{id}')
          ? endpoint.path.replace('{id}', idFor(endpoint.path))
          : endpoint.path;
        const reply =
          endpoint.method === 'GET'
            ? await call.get(path)
            : endpoint.method === 'DELETE'
              ? await call.delete(path)
              : await call.post(path, {});
        actual.get(name)!.set(credential, cellOf(reply));
      }
    }
    const wrong: string[] = [];
    let checked = 0;
    for (const [name] of all) {
      for (const credential of CREDENTIALS) {
        checked += 1;
        const want = intended.get(name)?.get(credential);
        const got = actual.get(name)!.get(credential);
        if (want !== got) wrong.push(`${name} × ${credential}: the table says ${want}, got ${got}`);
      }
    }
    if (process.env['PRINT_CREDENTIAL_MATRIX']) {
      for (const [name, endpoint] of all) {
        const cells = CREDENTIALS.map((credential) => actual.get(name)!.get(credential));
        console.log(`| \`${name}\` ${endpoint.method} ${endpoint.path} | ${cells.join(' | ')} |`);
      }
    }
    const dir = fileURLToPath(new URL('.test-results/reliability/', root));
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      `${dir}credentials.json`,
      `${JSON.stringify(
        {
          rows: [
            { label: 'credential matrix: cells checked', value: checked },
            { label: 'credential matrix: cells wrong', value: wrong.length },
            {
              label: 'credential matrix: endpoints × credentials',
              value: `${names.length} × ${CREDENTIALS.length}`,
            },
          ],
        },
        null,
        2,
      )}\n`,
    );
    expect(withoutRow, 'endpoints without a row in docs/security.md').toEqual([]);
    expect(withoutEndpoint, 'rows in docs/security.md for no endpoint').toEqual([]);
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(names.length * 15);
  }, 120_000);
});
