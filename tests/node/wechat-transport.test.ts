// `@xinghui/sdk/wechat` against a real sandbox over HTTP on 127.0.0.1: a fake `wx` whose
// `request` performs each call with fetch, as the mini-program's runtime would, plus the
// failures `wx.request` reports through `fail`.
import { createSandbox, MemoryStore, type Sandbox } from '@xinghui/sandbox';
import { startServer, type RunningServer } from '@xinghui/sandbox/node';
import { createClient, XinghuiConfigurationError, type HttpTransport } from '@xinghui/sdk';
import { Xinghui, XinghuiConnectionError, createSandboxPartner } from '@xinghui/sdk/server';
import { wechatTransport, type WechatLike, type WechatRequestOptions } from '@xinghui/sdk/wechat';
import { afterAll, beforeAll, expect, it } from 'vitest';

let server: RunningServer;
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = createSandbox({ store: new MemoryStore() });
  server = await startServer(sandbox.app, { port: 0 });
});
afterAll(async () => {
  await server.close();
  sandbox.close();
});

/** A fake `wx`: `answer` decides each request's fate; by default it goes to the sandbox. */
function fakeWx(
  answer?: (options: WechatRequestOptions, n: number) => string | number | null | undefined,
) {
  const seen: WechatRequestOptions[] = [];
  let aborted = 0;
  const wx: WechatLike = {
    request(options) {
      seen.push(options);
      const fate = answer?.(options, seen.length);
      if (typeof fate === 'string') setTimeout(() => options.fail({ errMsg: fate }), 1);
      else if (typeof fate === 'number') {
        setTimeout(() => options.success({ statusCode: fate, header: {}, data: '{}' }), 1);
      } else if (fate === undefined) {
        void fetch(options.url, {
          method: options.method,
          headers: options.header,
          body: options.data,
        })
          .then(async (response) =>
            options.success({
              statusCode: response.status,
              header: Object.fromEntries(response.headers),
              data: await response.text(),
            }),
          )
          .catch((error: Error) => options.fail({ errMsg: `request:fail ${error.message}` }));
      }
      return { abort: () => aborted++ };
    },
  };
  return { wx, seen, aborted: () => aborted };
}

const shop = {
  business_name: '贝贝母婴生活馆',
  credit_code: '91440300708461136T',
  owner_name: '林晓梅',
  phone: '13800138000',
  industry: 'mother_baby' as const,
};

async function client(wx: WechatLike, options = {}) {
  const partner = await createSandboxPartner({ baseUrl: server.url });
  return new Xinghui({
    secretKey: partner.secret_key,
    baseUrl: server.url,
    initialRetryDelayMs: 2,
    transport: wechatTransport(wx),
    ...options,
  });
}

it('creates and reads a buyer through wx.request, the answer checked by the contract', async () => {
  const { wx, seen } = fakeWx();
  const xinghui = await client(wx);
  const buyer = await xinghui.buyers.create(shop);
  expect(await xinghui.buyers.retrieve(buyer.id)).toMatchObject({ id: buyer.id });
  expect(seen[0]).toMatchObject({ method: 'POST', dataType: 'text', timeout: 30_000 });
  expect(JSON.parse(seen[0]!.data!)).toEqual(shop);
});

it('retries a 5xx with the same idempotency key, and the bank applies the POST once', async () => {
  const { wx, seen } = fakeWx((_options, n) => (n === 1 ? 503 : undefined));
  const xinghui = await client(wx);
  const buyer = await xinghui.buyers.create(shop);
  expect(seen).toHaveLength(2);
  expect(seen[1]!.header['Idempotency-Key']).toBe(seen[0]!.header['Idempotency-Key']);
  const list = await xinghui.buyers.list();
  expect(list.data.map((b) => b.id)).toEqual([buyer.id]);
});

it('reads request:fail timeout as a timed-out connection error, retried with one key', async () => {
  const { wx, seen } = fakeWx(() => 'request:fail timeout');
  const xinghui = await client(wx, { maxRetries: 1, timeout: 5_000 });
  const error = await xinghui.buyers.create(shop).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(XinghuiConnectionError);
  expect(error).toMatchObject({ timedOut: true, mayHaveSucceeded: true });
  expect(seen).toHaveLength(2);
  expect(seen.map((s) => s.timeout)).toEqual([5_000, 5_000]);
  expect(seen[1]!.header['Idempotency-Key']).toBe(seen[0]!.header['Idempotency-Key']);
});

it('reads any other request:fail as a connection error', async () => {
  const { wx } = fakeWx(() => 'request:fail net::ERR_CONNECTION_RESET');
  const xinghui = await client(wx, { maxRetries: 0 });
  const error = await xinghui.buyers.create(shop).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(XinghuiConnectionError);
  expect(error).toMatchObject({ timedOut: false });
  expect((error as Error).message).toContain('request:fail net::ERR_CONNECTION_RESET');
});

it('aborts the RequestTask when the caller aborts', async () => {
  const { wx, aborted } = fakeWx(() => null); // never answers
  const xinghui = await client(wx);
  const controller = new AbortController();
  const pending = xinghui.buyers.create(shop, { signal: controller.signal });
  setTimeout(() => controller.abort(new Error('left the page')), 20);
  await expect(pending).rejects.toThrow('left the page');
  expect(aborted()).toBe(1);
});

it('refuses a transport that is not a function before any request, as a plain-JS caller might pass', () => {
  const notAFunction = { request: () => undefined } as unknown as HttpTransport;
  expect(() => createClient({ publishableKey: 'pk_test_x', transport: notAFunction })).toThrow(
    XinghuiConfigurationError,
  );
});
