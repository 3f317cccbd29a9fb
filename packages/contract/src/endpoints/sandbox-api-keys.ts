import { RollSecretKeyParams, RolledSecretKey } from '../resources/sandbox-api-keys.js';
import type { Endpoint } from './endpoint.js';

/** Rolling the partner's secret key (sandbox only; `xinghui-sandbox keys roll`). */
export const sandboxApiKeyEndpoints = {
  rollSecretKey: {
    method: 'POST',
    path: '/v1/sandbox/api_keys/roll',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary:
      'Make a new secret key; the key this call is made with keeps working for the overlap chosen',
    body: RollSecretKeyParams,
    response: RolledSecretKey,
  },
} satisfies Record<string, Endpoint>;
