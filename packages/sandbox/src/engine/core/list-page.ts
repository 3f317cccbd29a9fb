import { MAX_PAGE_SIZE, type List } from '@xinghui/contract';
import type { Range, Table, Where } from '../../store/store.js';
import { ApiError } from './api-error.js';
import type { Context } from './context.js';

/** A page request, as the list endpoints take it. */
export interface PageParams {
  limit?: number;
  starting_after?: string;
}

/** Default page size, as Stripe and most cursor APIs use. */
const DEFAULT_LIMIT = 10;

/**
 * Reads one page of the partner's rows, newest first, and presents each row. `range` keeps
 * rows whose field is within it (a time range). Filters, range, cursor and limit all go to the
 * store, which reads just the page (an index search, see `store/indexes.ts`), never the list.
 *
 * @throws ApiError `resource_missing` when the cursor is not one of the partner's rows
 */
export function listPage<R extends { id: string }, T>(
  ctx: Context,
  table: Table,
  where: Where,
  params: PageParams,
  present: (row: R) => T,
  range?: Range,
): List<T> {
  const limit = Math.min(params.limit ?? DEFAULT_LIMIT, MAX_PAGE_SIZE);
  if (params.starting_after !== undefined) {
    const cursor = ctx.store.get<{ id: string; partner?: string }>(table, params.starting_after);
    if (!cursor || cursor.partner !== ctx.partner.id) {
      throw new ApiError('resource_missing', `No such object: ${params.starting_after}`, {
        param: 'starting_after',
      });
    }
  }
  // One row more than asked tells whether there is a next page.
  const found = ctx.store.find<R>(table, {
    where: { ...where, partner: ctx.partner.id },
    ...(range ? { range } : {}),
    before: params.starting_after,
    limit: limit + 1,
  });
  return {
    object: 'list',
    data: found.slice(0, limit).map(present),
    has_more: found.length > limit,
  };
}
