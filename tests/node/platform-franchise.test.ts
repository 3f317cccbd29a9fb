// The demo platform's supplier-led pre-approval (examples/platform): the wholesaler invites its
// seven franchise shops in one call, a franchise shop a visitor can log in as accepts on its own
// page (as invitation.html does, with the page's credentials), and the supplier's page shows
// where each shop stands. Against a real sandbox bank on 127.0.0.1.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlatform, type Platform } from '@xinghui/example-platform';
import { createSandbox, MemoryStore, type Sandbox } from '@xinghui/sandbox';
import { startServer, type RunningServer } from '@xinghui/sandbox/node';
import { createClient } from '@xinghui/sdk';
import { Xinghui, createSandboxPartner, type Partner } from '@xinghui/sdk/server';
import { afterAll, beforeAll, expect, it } from 'vitest';

let sandbox: Sandbox;
let bank: RunningServer;
let partner: Partner;
let platform: Platform;

beforeAll(async () => {
  sandbox = createSandbox({ store: new MemoryStore() });
  bank = await startServer(sandbox.app, { port: 0 });
  partner = await createSandboxPartner({ baseUrl: bank.url });
  const elementsFile = join(mkdtempSync(join(tmpdir(), 'xh-platform-')), 'xinghui-elements.js');
  writeFileSync(elementsFile, '');
  platform = createPlatform({
    bankUrl: bank.url,
    secretKey: partner.secret_key,
    publishableKey: partner.publishable_key,
    elementsFile,
  });
  await platform.seed();
});
afterAll(async () => {
  await bank?.close();
  sandbox?.close();
});

async function call(
  path: string,
  { method = 'GET', shop }: { method?: string; shop?: string } = {},
) {
  const response = await platform.app.request(path, {
    method,
    headers: shop ? { cookie: `shop=${shop}` } : {},
  });
  const text = await response.text();
  expect(text).not.toContain(partner.secret_key);
  return { status: response.status, body: JSON.parse(text) };
}

type Row = { businessName: string; status: string; limit: { amount: number } | null };

it('invites the seven franchise shops once, and shows each shop’s answer to the supplier', async () => {
  const before = (await call('/api/franchise')).body.shops as Row[];
  expect(before).toHaveLength(7);
  expect(new Set(before.map((row) => row.status))).toEqual(new Set(['not_invited']));

  const invited = await call('/api/franchise/invite', { method: 'POST' });
  expect(invited).toEqual({ status: 201, body: { invited: 7, ineligible: 0 } });
  // Pressing again invites nobody twice: each shop keeps its open invitation.
  expect((await call('/api/franchise/invite', { method: 'POST' })).body.invited).toBe(7);
  const xinghui = new Xinghui({ secretKey: partner.secret_key, baseUrl: bank.url });
  expect((await xinghui.preApprovals.list({ limit: 100 })).data).toHaveLength(7);

  const rows = (await call('/api/franchise')).body.shops as Row[];
  expect(rows.map((row) => row.status)).toEqual(Array(7).fill('invited'));
  expect(rows.map((row) => row.businessName)).toContain('乐乐宝贝母婴店');
  for (const row of rows) expect(row.limit!.amount).toBeGreaterThan(0);

  // 乐乐 logs in and opens invitation.html: a wallet session, then the bank itself.
  const session = (await call('/api/wallet-session', { method: 'POST', shop: 'lele' })).body;
  const page = createClient({ publishableKey: session.publishableKey, baseUrl: session.apiBase });
  const invitation = await page.preApprovals.retrieve(session.clientSecret);
  expect(invitation.status).toBe('invited');
  const template = await page.consents.retrieveTemplate(session.clientSecret, 'credit_query');
  const accepted = await page.preApprovals.accept(session.clientSecret, {
    template_version: template.version,
    locale: 'zh-CN',
  });
  expect(accepted.status).toBe('accepted');

  // 小雅 declines.
  const other = (await call('/api/wallet-session', { method: 'POST', shop: 'xiaoya' })).body;
  await page.preApprovals.decline(other.clientSecret);

  const after = (await call('/api/franchise')).body.shops as Row[];
  const statusOf = (name: string) => after.find((row) => row.businessName === name)?.status;
  expect(statusOf('乐乐宝贝母婴店')).toBe('accepted');
  expect(statusOf('小雅母婴店')).toBe('declined');
  expect(after.filter((row) => row.status === 'invited')).toHaveLength(5);
  const line = await xinghui.creditLines.retrieve(accepted.credit_line!);
  expect(line.status).toBe('active');
}, 60_000);
