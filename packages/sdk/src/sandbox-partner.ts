import {
  sandboxEndpoints as endpoints,
  type CreatePartnerParams,
  type Partner,
} from '@xinghui/contract';
import type { ClientOptions, RequestOptions } from './core/options.js';
import { bySchema } from './core/check.js';
import { tlsRefused } from './errors/tls-failure.js';
import { kySender } from './core/ky-sender.js';
import { Transport } from './core/transport.js';

/**
 * Creates a fresh partner in the sandbox bank, with its own keys and test clock: how tests get
 * a clean bank each. Needs no key.
 *
 * @example
 * ```ts
 * const partner = await createSandboxPartner({ baseUrl: 'http://127.0.0.1:4400' });
 * const xinghui = new Xinghui({ secretKey: partner.secret_key, baseUrl: 'http://127.0.0.1:4400' });
 * ```
 */
export function createSandboxPartner(
  options: ClientOptions & CreatePartnerParams = {},
  requestOptions?: RequestOptions,
): Promise<Partner> {
  const { name, allowed_origins, secret_key_release, ...clientOptions } = options;
  return new Transport(undefined, clientOptions, {
    send: kySender,
    check: bySchema,
    sentNothing: tlsRefused,
  }).request(endpoints.createPartner, {
    body: { name, allowed_origins, secret_key_release },
    options: requestOptions,
  });
}
