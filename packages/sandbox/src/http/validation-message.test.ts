// Validation answers say what is wrong and how to fix it, with `param` naming the field, as a
// partner's developer sees them over HTTP (the app in-process, a memory store).
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '@xinghui/contract';
import { createSandbox } from '../sandbox.js';
import { MemoryStore } from '../store/memory-store.js';
import { SHOP, SUPPLIER, cny, newPartner, sessionParams, type Caller } from '../testing/harness.js';

const { app } = createSandbox({ store: new MemoryStore() });

async function refusal(server: Caller, path: string, body: unknown) {
  const reply = await server.post<ErrorEnvelope>(path, body);
  expect(reply.status, reply.text).toBe(400);
  return reply.body.error;
}

async function world() {
  const { server } = await newPartner(app, {}, { checkLedger: false });
  const shop = (await server.post<{ id: string }>('/v1/buyers', SHOP)).body;
  const supplier = (await server.post<{ id: string }>('/v1/suppliers', SUPPLIER)).body;
  const session = (path: string, body: unknown) => refusal(server, path, body);
  return { server, shop, supplier, session };
}

describe('validation messages', () => {
  it('say that an amount is an integer number of fen, quoting a fraction', async () => {
    const { shop, supplier, session } = await world();
    const error = await session('/v1/checkout_sessions', {
      ...sessionParams(shop.id, supplier.id, 100),
      amount: { amount: 100.5, currency: 'CNY' },
    });
    expect(error).toMatchObject({ code: 'parameter_invalid', param: 'amount.amount' });
    expect(error.message).toBe(
      'amount.amount must be an integer number of fen, got 100.5 (there is no fraction of a fen)',
    );
  });

  it('say that an amount is a number of fen, not a string, with the fen it meant', async () => {
    const { shop, supplier, session } = await world();
    const error = await session('/v1/checkout_sessions', {
      ...sessionParams(shop.id, supplier.id, 1200),
      line_items: [
        { name: '奶粉', quantity: 1, unit_amount: { amount: '12.00', currency: 'CNY' } },
      ],
    });
    expect(error).toMatchObject({
      code: 'parameter_invalid',
      param: 'line_items[0].unit_amount.amount',
    });
    expect(error.message).toBe(
      'line_items[0].unit_amount.amount must be an integer number of fen, not a string: got "12.00" (¥12.00 is 1200)',
    );
  });

  it('say what money looks like when a bare number is sent', async () => {
    const { shop, supplier, session } = await world();
    const error = await session('/v1/checkout_sessions', {
      ...sessionParams(shop.id, supplier.id, 100),
      amount: 100,
    });
    expect(error).toMatchObject({ code: 'parameter_invalid', param: 'amount' });
    expect(error.message).toMatch(
      /^amount must be money, \{ "amount": <integer number of fen>, "currency": "CNY" \}, got 100$/,
    );
  });

  it('list the accepted values, quoting the one sent', async () => {
    const { shop, supplier, session } = await world();
    const error = await session('/v1/checkout_sessions', {
      ...sessionParams(shop.id, supplier.id, 100),
      amount: { amount: 100, currency: 'USD' },
    });
    expect(error).toMatchObject({ param: 'amount.currency' });
    expect(error.message).toBe('amount.currency must be "CNY", got "USD"');
  });

  it('quote a wrong id and say which prefix it needs', async () => {
    const { supplier, session } = await world();
    const error = await session('/v1/checkout_sessions', sessionParams('shop-1', supplier.id, 100));
    expect(error).toMatchObject({ param: 'buyer' });
    expect(error.message).toBe('buyer must be an id starting with "buy_", got "shop-1"');
  });

  it('name a missing parameter and what it takes', async () => {
    const { session } = await world();
    const { business_name: _, ...withoutName } = SHOP;
    const error = await session('/v1/buyers', withoutName);
    expect(error).toMatchObject({ code: 'parameter_missing', param: 'business_name' });
    expect(error.message).toBe('Missing required parameter: business_name (a string)');
  });

  it('say a count is a whole number, an empty list needs items, an unknown field is not taken', async () => {
    const { shop, supplier, session } = await world();
    const fraction = await session('/v1/checkout_sessions', {
      ...sessionParams(shop.id, supplier.id, 100),
      line_items: [{ name: '奶粉', quantity: 1.5, unit_amount: cny(100) }],
    });
    expect(fraction).toMatchObject({ param: 'line_items[0].quantity' });
    expect(fraction.message).toBe('line_items[0].quantity must be an integer, got 1.5');

    const empty = await session('/v1/checkout_sessions', {
      ...sessionParams(shop.id, supplier.id, 100),
      line_items: [],
    });
    expect(empty).toMatchObject({ param: 'line_items' });
    expect(empty.message).toBe('line_items must have at least 1 item, got a list');

    const unknown = await session('/v1/buyers', { ...SHOP, nickname: '小王' });
    expect(unknown).toMatchObject({ param: 'nickname' });
    expect(unknown.message).toMatch(/^Unknown parameter: nickname \(/);
  });

  it('put a number in quotes where a string is wanted', async () => {
    const { session } = await world();
    const error = await session('/v1/buyers', { ...SHOP, business_name: 12 });
    expect(error).toMatchObject({ param: 'business_name' });
    expect(error.message).toBe('business_name must be a string, got 12 (send it in quotes: "12")');
  });
});
