/** Reading the partner's own rows: another partner's row is as missing as none. */
import type { Table } from '../../store/store.js';
import { ApiError } from './api-error.js';
import type { Context } from './context.js';

/**
 * Reads one of the partner's rows by id. Another partner's row is as missing as no row: the
 * bank never confirms that someone else's id exists.
 *
 * @throws ApiError `resource_missing`
 */
export function getOwned<R extends { partner: string }>(
  ctx: Context,
  table: Table,
  id: string,
  param = 'id',
): R {
  const row = ctx.store.get<R & { id: string }>(table, id);
  if (!row || row.partner !== ctx.partner.id) {
    throw new ApiError(
      'resource_missing',
      `No such ${table.replace(/_/g, ' ').replace(/s$/, '')}: ${id}`,
      {
        param,
      },
    );
  }
  return row;
}

/** Drops the bookkeeping fields of a record to give the API resource. */
export function withoutPartner<T extends { partner: string }>(record: T): Omit<T, 'partner'> {
  const { partner: _partner, ...resource } = record;
  return resource;
}
