import { z } from './zod.js';

/** A moment, as whole seconds since the Unix epoch (UTC). */
export const Timestamp = /* @__PURE__ */ z.int().check(z.minimum(0));

/**
 * The partner's own key-value notes on an object (an order number, say): up to 20 keys of at
 * most 40 characters, values of at most 500.
 */
export const Metadata = /* @__PURE__ */ z
  .record(
    /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(40)),
    /* @__PURE__ */ z.string().check(z.maxLength(500)),
  )
  .check(
    z.refine((value) => Object.keys(value).length <= 20, { message: 'must have at most 20 keys' }),
  );
export type Metadata = z.infer<typeof Metadata>;

/** A name shown to people: a business, an owner, a product. Trimmed, 1 to 100 characters. */
export const DisplayName = /* @__PURE__ */ z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'must not be empty'),
    z.maxLength(100, 'must be at most 100 characters'),
  );
