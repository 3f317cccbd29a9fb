import { describe, expect, it } from 'vitest';
import { endpoints, type Endpoint } from './endpoints/index.js';
import { buildOpenApiDocument } from './openapi.js';
import { API_VERSION, IDEMPOTENCY_KEY_HEADER } from './protocol.js';

interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  security: Record<string, string[]>[];
  parameters: ({ $ref: string } | { name: string; in: string; required: boolean })[];
  requestBody?: { content: { 'application/json': { schema: { $ref: string } } } };
  responses: Record<string, { content: { 'application/json': { schema: { $ref: string } } } }>;
  'x-sandbox-only'?: boolean;
}

interface Document {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, unknown>;
    parameters: Record<string, { name: string; in: string; required: boolean }>;
  };
}

// The contract compiles without Node's types (`types: []`: it must run in browsers too), hence
// node:fs is imported untyped, with the one function used here.
const { readFileSync } = (await import('node:fs' as string)) as {
  readFileSync(path: URL, encoding: 'utf8'): string;
};

const doc = buildOpenApiDocument() as unknown as Document;
const committedUrl = new URL('../../../docs/openapi.json', import.meta.url);
const IDEMPOTENCY_REF = '#/components/parameters/IdempotencyKey';

/** Every `$ref` anywhere in a JSON value. */
function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) refsIn(item, found);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') found.push(child);
      else refsIn(child, found);
    }
  }
  return found;
}

/** Follows a local JSON pointer (`#/a/b`) through the document, or returns undefined. */
function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
);

describe('docs/openapi.json', () => {
  it('is the document the contract builds', () => {
    const committed = readFileSync(committedUrl, 'utf8');
    const current = JSON.stringify(buildOpenApiDocument(), null, 2) + '\n';
    // Compare whole texts (as `emit-openapi.ts --check` does) but keep the failure short.
    expect(current === committed, 'docs/openapi.json is stale: run npm run openapi').toBe(true);
  });
});

describe('buildOpenApiDocument', () => {
  it('is OpenAPI 3.1 for this API version', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe(API_VERSION);
  });

  it('builds the same document every time', () => {
    expect(JSON.stringify(buildOpenApiDocument())).toBe(JSON.stringify(doc));
  });

  it.each(Object.entries(endpoints))(
    'describes %s at its path and method',
    (name, endpoint: Endpoint) => {
      const operation = doc.paths[endpoint.path]?.[endpoint.method.toLowerCase()];
      expect(operation, `${endpoint.method} ${endpoint.path}`).toBeDefined();
      expect(operation?.operationId).toBe(name);
      expect(operation?.tags).toEqual([endpoint.tag]);
      expect(operation?.summary).toBe(endpoint.summary);
      expect(Boolean(operation?.requestBody)).toBe(endpoint.body !== undefined);
      expect(operation?.responses['200']?.content['application/json'].schema.$ref).toMatch(
        /^#\/components\/schemas\//,
      );
      expect(operation?.responses.default?.content['application/json'].schema.$ref).toBe(
        '#/components/schemas/ErrorEnvelope',
      );
    },
  );

  it('has no operation that is not an endpoint, and unique operationIds', () => {
    expect(operations).toHaveLength(Object.keys(endpoints).length);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names the path parameter of every path with {id}', () => {
    for (const { path, operation } of operations) {
      const pathParams = operation.parameters.filter((p) => 'in' in p && p.in === 'path');
      expect(pathParams, path).toEqual(
        path.includes('{id}')
          ? [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }]
          : [],
      );
    }
  });

  it('lists query parameters of list endpoints inline, not as schemas', () => {
    const list = doc.paths['/v1/payments']?.get;
    const names = list?.parameters.flatMap((p) => ('in' in p && p.in === 'query' ? [p.name] : []));
    expect(names).toEqual(['limit', 'starting_after', 'buyer', 'supplier']);
    expect(Object.keys(doc.components.schemas).filter((id) => id.endsWith('Query'))).toEqual([]);
  });

  it('resolves every $ref to a component', () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of new Set(refs)) {
      expect(ref, ref).toMatch(/^#\/components\/(schemas|parameters)\/[A-Za-z]+$/);
      expect(resolvePointer(doc, ref), `${ref} resolves`).toBeDefined();
    }
  });

  it('refers to the named schemas rather than copying them', () => {
    const checkout = doc.paths['/v1/checkout_sessions']?.post;
    expect(checkout?.requestBody?.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/CreateCheckoutSessionParams',
    );
    expect(refsIn(doc.components.schemas['Payment'])).toContain('#/components/schemas/Money');
  });

  it('puts the Idempotency-Key header on every authenticated POST, and only there', () => {
    expect(doc.components.parameters['IdempotencyKey']).toMatchObject({
      name: IDEMPOTENCY_KEY_HEADER,
      in: 'header',
      required: true,
    });
    expect(IDEMPOTENCY_KEY_HEADER).toBe('Idempotency-Key');
    const posts = operations.filter(({ method }) => method === 'post');
    expect(posts.length).toBe(
      Object.values(endpoints).filter((endpoint) => endpoint.method === 'POST').length,
    );
    for (const endpoint of Object.values(endpoints)) {
      const operation = doc.paths[endpoint.path]![endpoint.method.toLowerCase()]!;
      const refs = operation.parameters.flatMap((p) => ('$ref' in p ? [p.$ref] : []));
      // Creating a sandbox partner has no key yet to scope an idempotency key to.
      expect(refs.includes(IDEMPOTENCY_REF), `${endpoint.method} ${endpoint.path}`).toBe(
        endpoint.method === 'POST' && endpoint.auth !== 'none',
      );
    }
  });

  it('secures page endpoints with the publishable key and client secret, the rest with the secret key', () => {
    const security = { client: [{ publishableKey: [], clientSecret: [] }], none: [] };
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const operation = doc.paths[endpoint.path]![endpoint.method.toLowerCase()]!;
      expect(operation.security, name).toEqual(
        endpoint.auth === 'client' || endpoint.auth === 'none'
          ? security[endpoint.auth]
          : [{ secretKey: [] }],
      );
      expect(operation['x-sandbox-only'], name).toBe(
        endpoint.auth === 'sandbox' || endpoint.auth === 'none' ? true : undefined,
      );
    }
  });

  it('describes money as integer minor units', () => {
    expect(doc.components.schemas['Money']).toMatchObject({
      type: 'object',
      properties: {
        amount: { type: 'integer', minimum: 0, maximum: 10_000_000_000_000 },
        currency: { enum: ['CNY'] },
      },
      required: ['amount', 'currency'],
    });
  });
});
