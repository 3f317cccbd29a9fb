// A page's call carries only its endpoint's method and path (`wire`); its answer is checked by
// the validator generated for that endpoint, and with no validator the call is never sent.
import { clientWalletEndpoints } from '@xinghui/contract';
import { describe, expect, it } from 'vitest';
import { XinghuiSchemaError } from '../errors/index.js';
import { PUBLISHABLE_KEY } from '../testing/fixtures.js';
import { byValidators } from './check.js';
import { pageValidators } from './page-validators.generated.js';
import { kySender } from './ky-sender.js';
import { Transport, wire } from './transport.js';

const BASE_URL = 'http://127.0.0.1:9';
const wallet = {
  id: 'wal_a1B2c3D4e5F6g7H8',
  object: 'wallet',
  buyer: 'buy_a1B2c3D4e5F6g7H8',
  status: 'active',
  balance: { amount: 100_000, currency: 'CNY' },
  created: 1_764_300_000,
};

/** A transport whose `fetch` answers `body` and counts the requests. */
function transport(body: unknown, validators = pageValidators) {
  const sent: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push(new Request(input, init));
    return Response.json(body);
  };
  return {
    sent,
    transport: new Transport(
      PUBLISHABLE_KEY,
      { baseUrl: BASE_URL, fetch },
      { send: kySender, check: byValidators(validators) },
    ),
  };
}

describe('wire', () => {
  it('keeps the method and path, and no schema', () => {
    const endpoint = clientWalletEndpoints.retrieveClientWallet;
    expect(wire(endpoint)).toEqual({ method: 'GET', path: '/v1/client/wallet' });
  });
});

describe('a page call', () => {
  const endpoint = wire(clientWalletEndpoints.retrieveClientWallet);

  it('checks the answer with the generated validator', async () => {
    const { transport: t } = transport(wallet);
    await expect(t.request(endpoint)).resolves.toMatchObject({ id: wallet.id });
    const { transport: bad } = transport({ ...wallet, balance: { amount: 1.5, currency: 'CNY' } });
    const error = await bad.request(endpoint).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(XinghuiSchemaError);
    expect((error as XinghuiSchemaError).issues[0]!.path).toEqual(['balance', 'amount']);
  });

  it('is never sent when its endpoint has no validator', async () => {
    const { sent, transport: t } = transport(wallet, {});
    await expect(t.request(endpoint)).rejects.toThrow(
      /No response validator for GET \/v1\/client\/wallet/,
    );
    expect(sent).toHaveLength(0);
  });
});
