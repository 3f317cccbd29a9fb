import { z } from './zod.js';

/**
 * An enum a response may extend in a later API version. Parsing accepts any string, so a client
 * built today keeps working when the bank adds a value; the type still lists the known values
 * for autocompletion and `switch` statements.
 *
 * Requests use closed `z.enum` instead: the bank rejects what it does not know.
 */
// @__NO_SIDE_EFFECTS__
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.string()]) as unknown as z.ZodMiniType<
    T[number] | (string & {})
  >;
}
