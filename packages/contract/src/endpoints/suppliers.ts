import { listOf, ListParams } from '../list.js';
import { CreateSupplierParams, Supplier } from '../resources/supplier.js';
import type { Endpoint } from './endpoint.js';

/** Suppliers and their settlement accounts. */
export const supplierEndpoints = {
  createSupplier: {
    method: 'POST',
    path: '/v1/suppliers',
    auth: 'secret',
    tag: 'Suppliers',
    summary: 'Create a supplier and its settlement account',
    body: CreateSupplierParams,
    response: Supplier,
  },
  retrieveSupplier: {
    method: 'GET',
    path: '/v1/suppliers/{id}',
    auth: 'secret',
    tag: 'Suppliers',
    summary: 'Retrieve a supplier',
    response: Supplier,
  },
  listSuppliers: {
    method: 'GET',
    path: '/v1/suppliers',
    auth: 'secret',
    tag: 'Suppliers',
    summary: 'List suppliers, newest first',
    query: ListParams,
    response: listOf(Supplier),
  },
} satisfies Record<string, Endpoint>;
