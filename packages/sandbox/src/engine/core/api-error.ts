import type { ErrorCode } from '@xinghui/contract';

/**
 * A refusal by the bank, in the contract's terms (a code from `ERROR_CODES`), with no HTTP in
 * it: the HTTP layer turns it into a status and an error envelope.
 */
export class ApiError extends Error {
  override name = 'ApiError' as const;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: {
      /** The request parameter at fault, e.g. `line_items[0].quantity`. */
      param?: string;
      /**
       * Keep what the operation wrote before refusing. A wrong one-time code must count as a
       * try even though the call fails; everything else rolls back.
       */
      commit?: boolean;
      /** Seconds before the same call may succeed, for `Retry-After`. */
      retryAfter?: number;
    } = {},
  ) {
    super(message);
  }
}
