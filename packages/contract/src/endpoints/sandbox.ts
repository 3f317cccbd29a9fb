import {
  AdvanceTestClockParams,
  CreatePartnerParams,
  LedgerReport,
  Partner,
  SandboxVerificationCode,
  SandboxVerificationCodeQuery,
  TestClock,
} from '../resources/sandbox.js';
import type { Endpoint } from './endpoint.js';

/** Tools of the sandbox bank only. */
export const sandboxEndpoints = {
  createPartner: {
    method: 'POST',
    path: '/v1/sandbox/partners',
    auth: 'none',
    tag: 'Sandbox',
    summary: 'Create a fresh partner with its own keys and test clock (sandbox only)',
    body: CreatePartnerParams,
    response: Partner,
  },
  retrieveTestClock: {
    method: 'GET',
    path: '/v1/test_clocks/current',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: "Read the partner's test clock",
    response: TestClock,
  },
  advanceTestClock: {
    method: 'POST',
    path: '/v1/test_clocks/advance',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: "Move the partner's test clock forward; what falls due on the way happens",
    body: AdvanceTestClockParams,
    response: TestClock,
  },
  retrieveSandboxVerificationCode: {
    method: 'GET',
    path: '/v1/sandbox/verification_codes',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: 'Read the latest one-time code sent for a checkout session (sandbox only)',
    query: SandboxVerificationCodeQuery,
    response: SandboxVerificationCode,
  },
  verifyLedger: {
    method: 'GET',
    path: '/v1/sandbox/ledger/verify',
    auth: 'sandbox',
    tag: 'Sandbox',
    summary: "Recompute every balance of the partner's ledger from its postings",
    response: LedgerReport,
  },
} satisfies Record<string, Endpoint>;
