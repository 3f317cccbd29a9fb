import type { ERROR_CODES, ErrorCode, ErrorType } from '@xinghui/contract';

/**
 * The codes the contract lists under the error family `T`, open to codes a newer bank adds: the
 * type of `code` on each SDK error class, so an editor offers `insufficient_balance` on a
 * `XinghuiPaymentError` and a comparison with a misspelt known code still compiles only as an
 * unknown code.
 */
export type ErrorCodeOf<T extends ErrorType> =
  | { [C in ErrorCode]: (typeof ERROR_CODES)[C]['type'] extends T ? C : never }[ErrorCode]
  | (string & {});
