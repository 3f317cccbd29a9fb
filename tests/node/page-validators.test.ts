// The page's response validators are generated from the contract (scripts/validators): the
// committed file must be what the contract says now, a new page endpoint must get its validator,
// and a zod construct the checker cannot mirror must stop the generation, never be let through.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ClientSecret, ErrorEnvelope, endpoints } from '@xinghui/contract';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/docs/paths.js';
import {
  GENERATE_COMMAND,
  PAGE_VALIDATORS_FILE,
  renderPageValidators,
  type ValidatorSource,
} from '../../scripts/validators/page-validators.js';

const page = (response: unknown) => ({
  auth: 'client',
  method: 'GET',
  path: '/v1/client/new_thing',
  response,
});
const withEndpoints = (extra: Record<string, unknown>): ValidatorSource => ({
  endpoints: { ...endpoints, ...extra } as ValidatorSource['endpoints'],
  ErrorEnvelope,
  ClientSecret,
});

describe('the generated page validators', () => {
  it(`${PAGE_VALIDATORS_FILE} is up to date (else run ${GENERATE_COMMAND})`, async () => {
    const committed = await readFile(join(repoRoot, PAGE_VALIDATORS_FILE), 'utf8');
    expect(committed).toBe(await renderPageValidators());
  });

  it('has one entry per page endpoint of the contract, and none for the server', async () => {
    const text = await renderPageValidators();
    for (const endpoint of Object.values(endpoints)) {
      const key = JSON.stringify(`${endpoint.method} ${endpoint.path}`).replaceAll('"', "'");
      expect(text.includes(`${key}:`), key).toBe(endpoint.auth === 'client');
    }
  });

  it('picks up a new page endpoint from the endpoint map', async () => {
    const text = await renderPageValidators(
      withEndpoints({ newThing: page(z.object({ count: z.int(), note: z.optional(z.string()) })) }),
    );
    // `count` is `num(true)`, a constant shared with the contract's other integers.
    expect(text).toMatch(
      /'GET \/v1\/client\/new_thing': obj\(\{ count: (num\(true\)|v\d+), note: opt\(text\) \}\)/,
    );
  });

  it('refuses what the checker cannot mirror, naming where it is', async () => {
    const cases: [string, unknown, RegExp][] = [
      [
        'a record',
        z.object({ meta: z.record(z.string(), z.string()) }),
        /newThing\.meta.*"record"/,
      ],
      ['a refine', z.string().check(z.refine((s) => s.length > 2)), /"custom" check/],
      ['a loose object', z.looseObject({ a: z.string() }), /catchall/],
      ['a length check', z.string().check(z.maxLength(3)), /"max_length" check/],
      ['a transform', z.pipe(z.string(), z.transform(Number)), /"pipe"/],
    ];
    for (const [what, schema, message] of cases) {
      await expect(
        renderPageValidators(withEndpoints({ newThing: page(schema) })),
        what,
      ).rejects.toThrow(message);
    }
  });
});
