/**
 * One webhook attempt, ready to leave once its transaction commits: everything the sender needs,
 * read inside the transaction, so sending does no reads of its own.
 */
export interface WebhookRequest {
  partner: string;
  delivery: string;
  event: string;
  url: string;
  /** The event exactly as `GET /v1/events/{id}` returns it. */
  body: string;
  /** One `v1=` signature per secret (two during a rotation). */
  secrets: string[];
  /** The partner's clock time the attempt is made at (its due time for a retry). */
  at: number;
  manual: boolean;
}

/**
 * Where the engine leaves what must go out of the process (webhook attempts) once a transaction
 * has committed. The engine only knows this interface: the sender that does the I/O is wired in
 * by `createSandbox`, so the Bank never builds (or imports) its own sender.
 *
 * @example
 * ```ts
 * const sent: WebhookRequest[] = [];
 * const outbox: Outbox = { send: (request) => sent.push(request) };
 * ```
 */
export interface Outbox {
  /** Takes an attempt to send in the background; returns at once. */
  send(request: WebhookRequest): void;
}

/** An outbox that sends nothing, for a Bank that has no sender wired in. */
export const discardingOutbox: Outbox = { send: () => undefined };
