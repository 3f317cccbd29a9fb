import { endpoints, type Endpoint } from './endpoints/index.js';
import { ErrorEnvelope } from './errors.js';
import {
  API_VERSION,
  API_VERSION_HEADER,
  CLIENT_SECRET_HEADER,
  IDEMPOTENCY_KEY_HEADER,
} from './protocol.js';
import { Money, PositiveMoney, SignedMoney } from './money.js';
import { Buyer, CreateBuyerParams } from './resources/buyer.js';
import {
  CheckoutSession,
  ClientCheckoutSession,
  ConfirmCheckoutSessionParams,
  CreateCheckoutSessionParams,
  LineItem,
  VerificationCode,
} from './resources/checkout-session.js';
import {
  Consent,
  ConsentTemplate,
  CreateClientConsentParams,
  CreateConsentParams,
} from './resources/consent.js';
import {
  CreateClientCreditApplicationParams,
  CreateCreditApplicationParams,
  CreditApplication,
  CreditLine,
} from './resources/credit.js';
import { Event } from './resources/event.js';
import { Loan, LoanOffers } from './resources/loan.js';
import { Payment } from './resources/payment.js';
import { CreateRefundParams, Refund } from './resources/refund.js';
import { CreateSupplierParams, Supplier } from './resources/supplier.js';
import {
  AdvanceTestClockParams,
  CreatePartnerParams,
  LedgerReport,
  Partner,
  TestClock,
} from './resources/sandbox.js';
import { TopUpWalletParams, Wallet, WalletTransaction } from './resources/wallet.js';
import { z } from './zod.js';

/** Schemas the reference names, so every mention of them is a `$ref` rather than a copy. */
const NAMED_SCHEMAS = {
  Money,
  PositiveMoney,
  SignedMoney,
  ErrorEnvelope,
  Buyer,
  CreateBuyerParams,
  Supplier,
  CreateSupplierParams,
  Wallet,
  WalletTransaction,
  TopUpWalletParams,
  LineItem,
  CheckoutSession,
  CreateCheckoutSessionParams,
  ClientCheckoutSession,
  VerificationCode,
  ConfirmCheckoutSessionParams,
  Payment,
  Refund,
  CreateRefundParams,
  Event,
  Consent,
  ConsentTemplate,
  CreditApplication,
  CreditLine,
  Loan,
  LoanOffers,
  CreateCreditApplicationParams,
  CreateClientCreditApplicationParams,
  CreateConsentParams,
  CreateClientConsentParams,
  Partner,
  CreatePartnerParams,
  TestClock,
  AdvanceTestClockParams,
  LedgerReport,
};

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Builds the OpenAPI 3.1 description of the bank API from the contract's endpoints and schemas.
 * `docs/openapi.json` is this document, written by `npm run openapi`.
 */
export function buildOpenApiDocument(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(NAMED_SCHEMAS)) registry.add(schema, { id });
  const idOf = (schema: z.ZodMiniType, fallback: string) => {
    if (!registry.has(schema)) registry.add(schema, { id: fallback });
    return registry.get(schema)!.id;
  };

  const operations = Object.entries(endpoints).map(([name, endpoint]: [string, Endpoint]) => ({
    name,
    endpoint,
    body: endpoint.body && idOf(endpoint.body, `${capitalize(name)}Body`),
    query: endpoint.query && idOf(endpoint.query, `${capitalize(name)}Query`),
    response: idOf(endpoint.response, `${capitalize(name)}Response`),
  }));

  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

  const paths: Record<string, Record<string, unknown>> = {};
  for (const { name, endpoint, body, query, response } of operations) {
    const parameters: unknown[] = [];
    if (endpoint.path.includes('{id}')) {
      parameters.push({ name: 'id', in: 'path', required: true, schema: { type: 'string' } });
    }
    if (query) {
      const querySchema = schemas[query]!;
      for (const [param, schema] of Object.entries(querySchema.properties ?? {})) {
        parameters.push({
          name: param,
          in: 'query',
          required: querySchema.required?.includes(param) ?? false,
          schema,
        });
      }
    }
    if (endpoint.method === 'POST' && endpoint.auth !== 'none') {
      parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
    }
    parameters.push({ $ref: '#/components/parameters/Version' });
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = {
      operationId: name,
      tags: [endpoint.tag],
      summary: endpoint.summary,
      security:
        endpoint.auth === 'client'
          ? [{ publishableKey: [], clientSecret: [] }]
          : endpoint.auth === 'none'
            ? []
            : [{ secretKey: [] }],
      ...(endpoint.auth === 'sandbox' || endpoint.auth === 'none'
        ? { 'x-sandbox-only': true }
        : {}),
      parameters,
      ...(body
        ? {
            requestBody: { required: true, content: { 'application/json': { schema: ref(body) } } },
          }
        : {}),
      responses: {
        '200': { description: 'OK', content: { 'application/json': { schema: ref(response) } } },
        default: {
          description: 'An error',
          content: { 'application/json': { schema: ref('ErrorEnvelope') } },
        },
      },
    };
  }

  // Query parameters are listed per operation above, not as schemas of their own.
  for (const { query } of operations) if (query) delete schemas[query];

  return {
    openapi: '3.1.0',
    info: {
      title: 'Xinghui bank API',
      version: API_VERSION,
      description:
        'Accounts, payments and credit of the bank, for industry platforms. Money is an integer ' +
        'number of minor units (fen); rates are decimal strings. Generated from @xinghui/contract.',
    },
    servers: [{ url: 'http://127.0.0.1:4400', description: 'The local sandbox bank' }],
    paths,
    components: {
      schemas,
      parameters: {
        IdempotencyKey: {
          name: IDEMPOTENCY_KEY_HEADER,
          in: 'header',
          required: true,
          description: 'Makes retries safe: the same key and body return the first response.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
        Version: {
          name: API_VERSION_HEADER,
          in: 'header',
          required: false,
          schema: { type: 'string', example: API_VERSION },
        },
      },
      securitySchemes: {
        secretKey: { type: 'http', scheme: 'bearer', description: 'sk_test_… (server only)' },
        publishableKey: { type: 'http', scheme: 'bearer', description: 'pk_test_… (pages)' },
        clientSecret: { type: 'apiKey', in: 'header', name: CLIENT_SECRET_HEADER },
      },
    },
  };
}
