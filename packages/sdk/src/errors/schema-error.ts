import { KIND, XinghuiError } from './xinghui-error.js';

/** One way a response broke its schema. */
export interface SchemaIssue {
  path: PropertyKey[];
  message: string;
}

/**
 * The bank answered, but the body does not match the contract (a missing field, a float where
 * money should be). The SDK refuses to hand such data on rather than fail later on `undefined`.
 * Unknown extra fields and new enum values are not errors. Never retried: the same request
 * gets the same answer; report it with `requestId`.
 */
export class XinghuiSchemaError extends XinghuiError {
  static override readonly [KIND] = 'XinghuiSchemaError';
  override name = 'XinghuiSchemaError' as const;
  readonly issues: SchemaIssue[];

  constructor(
    message: string,
    options: { issues: SchemaIssue[]; status?: number; requestId?: string; raw?: unknown },
  ) {
    super({ message, status: options.status, requestId: options.requestId, raw: options.raw });
    this.issues = options.issues;
  }
}
