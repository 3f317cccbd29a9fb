// The SDK's public errors: one class per failure, a guard per class (true across realms and
// bundled copies). Both entries (`index.ts`, `server.ts`) re-export exactly this.
export { XinghuiError, isXinghuiError } from './xinghui-error.js';
export type { XinghuiErrorCode, XinghuiErrorDetails, XinghuiErrorType } from './xinghui-error.js';
export type { ErrorCodeOf } from './codes.js';
export { XinghuiAPIError } from './api-error.js';
export { XinghuiAuthenticationError } from './authentication-error.js';
export { XinghuiConfigurationError } from './configuration-error.js';
export { XinghuiConnectionError } from './connection-error.js';
export { XinghuiIdempotencyError } from './idempotency-error.js';
export { XinghuiIdempotencyKeyInUseError } from './idempotency-key-in-use-error.js';
export { XinghuiIdempotencyKeyReusedError } from './idempotency-key-reused-error.js';
export { XinghuiInvalidRequestError } from './invalid-request-error.js';
export { XinghuiPaymentError } from './payment-error.js';
export { XinghuiPermissionError } from './permission-error.js';
export { XinghuiRateLimitError } from './rate-limit-error.js';
export { XinghuiSchemaError } from './schema-error.js';
export type { SchemaIssue } from './schema-error.js';
export {
  isXinghuiAPIError,
  isXinghuiAuthenticationError,
  isXinghuiConfigurationError,
  isXinghuiConnectionError,
  isXinghuiIdempotencyError,
  isXinghuiIdempotencyKeyInUseError,
  isXinghuiIdempotencyKeyReusedError,
  isXinghuiInvalidRequestError,
  isXinghuiPaymentError,
  isXinghuiPermissionError,
  isXinghuiRateLimitError,
  isXinghuiSchemaError,
} from './guards.js';
export { errorClassName } from './error-class.js';
export type { XinghuiResponseErrorClassName } from './error-class.js';
