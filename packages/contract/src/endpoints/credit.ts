import { listOf } from '../list.js';
import {
  CreateCreditApplicationParams,
  CreditApplication,
  CreditLine,
  ListCreditLinesParams,
} from '../resources/credit.js';
import type { Endpoint } from './endpoint.js';

/** Credit applications and credit lines, from the partner's server. */
export const creditEndpoints = {
  createCreditApplication: {
    method: 'POST',
    path: '/v1/credit_applications',
    auth: 'secret',
    tag: 'Credit',
    summary: "Apply for a shop's credit line: decided at once by the risk engine",
    body: CreateCreditApplicationParams,
    response: CreditApplication,
  },
  retrieveCreditApplication: {
    method: 'GET',
    path: '/v1/credit_applications/{id}',
    auth: 'secret',
    tag: 'Credit',
    summary: 'Retrieve a credit application and its decision',
    response: CreditApplication,
  },
  retrieveCreditLine: {
    method: 'GET',
    path: '/v1/credit_lines/{id}',
    auth: 'secret',
    tag: 'Credit',
    summary: 'Retrieve a credit line: limit, used, available, APR and daily rate',
    response: CreditLine,
  },
  listCreditLines: {
    method: 'GET',
    path: '/v1/credit_lines',
    auth: 'secret',
    tag: 'Credit',
    summary: 'List credit lines, newest first, optionally of one shop',
    query: ListCreditLinesParams,
    response: listOf(CreditLine),
  },
} satisfies Record<string, Endpoint>;
