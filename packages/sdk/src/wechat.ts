/**
 * `@xinghui/sdk/wechat`: an {@link HttpTransport} on a mini-program's `wx.request`, for
 * `createClient({ publishableKey, transport: wechatTransport(wx) })`.
 *
 * @packageDocumentation
 */
import type { HttpTransport } from './core/http-transport.js';

/** What `wx.request` is given: the part of its options the transport uses. */
export interface WechatRequestOptions {
  url: string;
  method: 'GET' | 'POST' | 'DELETE';
  header: Record<string, string>;
  data?: string;
  timeout: number;
  /** Keep the body as text: the SDK parses and checks it. */
  dataType: 'text';
  responseType: 'text';
  success: (result: { statusCode: number; header: Record<string, string>; data: string }) => void;
  fail: (error: { errMsg: string }) => void;
}

/** The part of the mini-program's `wx` the transport uses. */
export interface WechatLike {
  request(options: WechatRequestOptions): { abort(): void };
}

/**
 * Sends the SDK's calls with `wx.request`. `request:fail timeout` becomes the SDK's timed-out
 * connection error (it may have reached the bank, so it is retried with the same idempotency
 * key); any other `request:fail …` a connection error. Aborting the call's `signal` aborts the
 * `RequestTask`. Add the bank's API host to the mini-program's request domains.
 *
 * @example
 * ```ts
 * import { createClient } from '@xinghui/sdk';
 * import { wechatTransport } from '@xinghui/sdk/wechat';
 *
 * const xinghui = createClient({ publishableKey: 'pk_test_…', transport: wechatTransport(wx) });
 * ```
 */
export function wechatTransport(wx: WechatLike): HttpTransport {
  return ({ method, url, headers, body, timeout, signal }) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const abort = () => {
        task.abort();
        reject(signal!.reason);
      };
      const task = wx.request({
        url,
        method,
        header: headers,
        data: body,
        timeout,
        dataType: 'text',
        responseType: 'text',
        success: ({ statusCode, header, data }) => {
          signal?.removeEventListener('abort', abort);
          resolve({ status: statusCode, headers: header, body: data });
        },
        fail: ({ errMsg }) => {
          signal?.removeEventListener('abort', abort);
          const error = new Error(`wx.request failed: ${errMsg}`);
          if (/timeout/i.test(errMsg)) error.name = 'TimeoutError';
          reject(error);
        },
      });
      signal?.addEventListener('abort', abort, { once: true });
    });
}
