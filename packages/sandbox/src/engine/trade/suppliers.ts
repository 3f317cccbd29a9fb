import { generateId, type CreateSupplierParams, type Supplier } from '@xinghui/contract';
import type { Context } from '../core/context.js';
import { getAccount, openAccount } from '../ledger/ledger.js';
import { listPage, type PageParams } from '../core/list-page.js';
import { getOwned } from '../core/owned-rows.js';
import type { SupplierRecord } from '../core/records.js';

/** Creates a supplier and opens its settlement account. */
export function createSupplier(ctx: Context, params: CreateSupplierParams): Supplier {
  const id = generateId('sup');
  const account = openAccount(ctx, 'settlement', id);
  const supplier: SupplierRecord = {
    id,
    partner: ctx.partner.id,
    object: 'supplier',
    business_name: params.business_name,
    credit_code: params.credit_code,
    phone: params.phone,
    industry: params.industry,
    settlement_account: account.id,
    metadata: params.metadata ?? {},
    created: ctx.now,
  };
  ctx.store.insert('suppliers', supplier);
  return presentSupplier(ctx, supplier);
}

export function getSupplier(ctx: Context, id: string, param?: string): SupplierRecord {
  return getOwned<SupplierRecord>(ctx, 'suppliers', id, param);
}

export function retrieveSupplier(ctx: Context, id: string): Supplier {
  return presentSupplier(ctx, getSupplier(ctx, id));
}

export function listSuppliers(ctx: Context, params: PageParams) {
  return listPage(ctx, 'suppliers', {}, params, (row: SupplierRecord) => presentSupplier(ctx, row));
}

function presentSupplier(ctx: Context, record: SupplierRecord): Supplier {
  const { partner: _partner, settlement_account, ...supplier } = record;
  const account = getAccount(ctx, settlement_account);
  return {
    ...supplier,
    settlement_account: {
      id: account.id,
      balance: { amount: account.balance, currency: account.currency },
    },
  };
}
