/**
 * Consents through the bank's HTTP API, on both stores: the bank's own texts and hashes, from
 * the partner's server and from a checkout page, outdated versions refused, revocation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  sha256Hex,
  type Consent,
  type ConsentTemplate,
  type Event,
  type List,
} from '@xinghui/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { createSandbox } from './sandbox.js';
import { MemoryStore } from './store/memory-store.js';
import { SqliteStore } from './store/sqlite-store.js';
import { newPartner, world, expectError } from './testing/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'xinghui-consents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STORES = [
  { name: 'memory', make: () => new MemoryStore() },
  { name: 'SQLite', make: () => new SqliteStore(join(dir, 'consents.db')) },
];

describe.each(STORES)('consents on $name', ({ make }) => {
  const { app } = createSandbox({ store: make() });

  it('publishes each text with its version and the bank’s own SHA-256 of it, in zh-CN and en', async () => {
    const w = await world(app);
    const zh = await w.server.get<ConsentTemplate>('/v1/consent_templates/credit_query');
    expect(zh.status, zh.text).toBe(200);
    expect(zh.body).toMatchObject({ type: 'credit_query', locale: 'zh-CN', version: '2026-11-01' });
    expect(zh.body.title).toBe('征信查询授权书');
    expect(zh.body.text_sha256).toBe(sha256Hex(zh.body.text));
    const en = await w.server.get<ConsentTemplate>('/v1/consent_templates/data_sharing?locale=en');
    expect(en.body).toMatchObject({ locale: 'en', recipient: 'Xinghui Bank', duration_days: 365 });
    expect(en.body.data_types).toContain('orders');
    expectError(await w.server.get('/v1/consent_templates/marketing'), 'resource_missing');
    expectError(
      await w.server.get('/v1/consent_templates/credit_query?locale=fr'),
      'parameter_invalid',
      'locale',
    );
  });

  it('records a consent from the server with the text it hashed, never a hash from outside', async () => {
    const w = await world(app);
    const template = (await w.server.get<ConsentTemplate>('/v1/consent_templates/data_sharing'))
      .body;
    const given = await w.server.post<Consent>('/v1/consents', {
      buyer: w.shop.id,
      type: 'data_sharing',
      template_version: template.version,
      locale: 'zh-CN',
    });
    expect(given.status, given.text).toBe(200);
    expect(given.body).toMatchObject({
      buyer: w.shop.id,
      type: 'data_sharing',
      status: 'active',
      text_sha256: template.text_sha256,
      recipient: '星辉银行',
      session: null,
      revoked_at: null,
    });
    expect(given.body.expires_at).toBe(given.body.created + 365 * 86_400);
    const smuggled = await w.server.post('/v1/consents', {
      buyer: w.shop.id,
      type: 'data_sharing',
      template_version: template.version,
      locale: 'zh-CN',
      text_sha256: '0'.repeat(64),
    });
    expectError(smuggled, 'parameter_invalid', 'text_sha256');
    expect((await w.server.get<Consent>(`/v1/consents/${given.body.id}`)).body).toEqual(given.body);
  });

  it('lets a checkout page consent for its own shop only, recording the session', async () => {
    const w = await world(app);
    const template = (
      await w.page.get<ConsentTemplate>('/v1/client/consent_templates/credit_query?locale=en')
    ).body;
    const given = await w.page.post<Consent>('/v1/client/consents', {
      type: 'credit_query',
      template_version: template.version,
      locale: 'en',
    });
    expect(given.status, given.text).toBe(200);
    expect(given.body).toMatchObject({ buyer: w.shop.id, session: w.session.id, locale: 'en' });
    expect(given.body.text_sha256).toBe(template.text_sha256);
    // The page cannot name another buyer, or read consents.
    expectError(
      await w.page.post('/v1/client/consents', {
        buyer: 'buy_someoneElse12345',
        type: 'credit_query',
        template_version: '2026-11-01',
        locale: 'en',
      }),
      'parameter_invalid',
      'buyer',
    );
    expectError(await w.page.get(`/v1/consents/${given.body.id}`), 'secret_key_required');
  });

  it('refuses an outdated text version and a loan agreement from outside, recording nothing', async () => {
    const w = await world(app);
    expectError(
      await w.server.post('/v1/consents', {
        buyer: w.shop.id,
        type: 'credit_query',
        template_version: '2025-01-01',
        locale: 'zh-CN',
      }),
      'consent_template_outdated',
      'template_version',
    );
    expectError(
      await w.server.post('/v1/consents', {
        buyer: w.shop.id,
        type: 'loan_agreement',
        template_version: '2026-11-01',
        locale: 'zh-CN',
      }),
      'parameter_invalid',
      'type',
    );
    expectError(
      await w.server.post('/v1/consents', {
        buyer: 'buy_doesnotexist1234',
        type: 'credit_query',
        template_version: '2026-11-01',
        locale: 'zh-CN',
      }),
      'resource_missing',
      'buyer',
    );
    expect((await w.server.get<List<Consent>>('/v1/consents')).body.data).toEqual([]);
  });

  it('revokes data sharing once, with an event; other partners see nothing', async () => {
    const w = await world(app);
    const given = (
      await w.server.post<Consent>('/v1/consents', {
        buyer: w.shop.id,
        type: 'data_sharing',
        template_version: '2026-11-01',
        locale: 'zh-CN',
      })
    ).body;
    const revoked = await w.server.post<Consent>(`/v1/consents/${given.id}/revoke`);
    expect(revoked.body).toMatchObject({ status: 'revoked' });
    expect(revoked.body.revoked_at).toBeTypeOf('number');
    expectError(await w.server.post(`/v1/consents/${given.id}/revoke`), 'consent_not_revocable');
    const events = (await w.server.get<List<Event>>('/v1/events?type=consent.revoked')).body.data;
    expect(events.map((event) => event.data.object)).toEqual([revoked.body]);

    const { server: outsider } = await newPartner(app);
    expectError(await outsider.get(`/v1/consents/${given.id}`), 'resource_missing');
    expectError(await outsider.post(`/v1/consents/${given.id}/revoke`), 'resource_missing');
    expect((await outsider.get<List<Consent>>('/v1/consents')).body.data).toEqual([]);
    const listed = await w.server.get<List<Consent>>(
      `/v1/consents?buyer=${w.shop.id}&type=data_sharing`,
    );
    expect(listed.body.data.map((consent) => consent.id)).toEqual([given.id]);
  });
});
