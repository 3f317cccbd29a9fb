import { z } from './zod.js';

/** The most items one page of a list may hold. */
export const MAX_PAGE_SIZE = 100;

/**
 * Cursor pagination parameters shared by every list endpoint. Pages run newest first;
 * `starting_after` is the id of the last item of the previous page.
 */
export const ListParams = z.strictObject({
  limit: z.optional(/* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(MAX_PAGE_SIZE))),
  starting_after: z.optional(/* @__PURE__ */ z.string().check(z.minLength(1))),
});
export type ListParams = z.input<typeof ListParams>;

/**
 * The envelope of a page of a list: `{ object: 'list', data, has_more }`.
 *
 * @example
 * ```ts
 * const BuyerList = listOf(Buyer);
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function listOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ object: z.literal('list'), data: z.array(item), has_more: z.boolean() });
}

/** One page of a list of `T`. */
export interface List<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
}
