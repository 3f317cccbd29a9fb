import { listOf, ListParams } from '../list.js';
import { Buyer, CreateBuyerParams } from '../resources/buyer.js';
import type { Endpoint } from './endpoint.js';

/** Buyers (shops) and their wallet accounts. */
export const buyerEndpoints = {
  createBuyer: {
    method: 'POST',
    path: '/v1/buyers',
    auth: 'secret',
    tag: 'Buyers',
    summary: 'Create a buyer (a shop) and its wallet account',
    body: CreateBuyerParams,
    response: Buyer,
  },
  retrieveBuyer: {
    method: 'GET',
    path: '/v1/buyers/{id}',
    auth: 'secret',
    tag: 'Buyers',
    summary: 'Retrieve a buyer',
    response: Buyer,
  },
  listBuyers: {
    method: 'GET',
    path: '/v1/buyers',
    auth: 'secret',
    tag: 'Buyers',
    summary: 'List buyers, newest first',
    query: ListParams,
    response: listOf(Buyer),
  },
} satisfies Record<string, Endpoint>;
