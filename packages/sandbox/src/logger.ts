import { maskCreditCode } from '@xinghui/contract';

/** One structured log line. */
export type LogEntry = { msg: string } & Record<string, unknown>;

/** Where the bank writes its structured log. */
export type Logger = (entry: LogEntry) => void;

/**
 * A mainland mobile number wherever it sits: inside a path or an id (`buy_13800138000`), after
 * `+86` or `%2B86`, or written `138-0013-8000` / `138 0013 8000`; never part of a longer number.
 */
const PHONE =
  /(?<![0-9])((?:\+|%2B)?86[- ]?)?(1[3-9][0-9])([- ]?)([0-9]{4})\3([0-9]{4})(?![0-9])/gi;
const CREDIT_CODE = /\b[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}\b/g;
/** `sk_test_…` and `sk_live_…` keys: the kind and the last four characters stay, to tell keys apart. */
const SECRET_KEY = /(?<![0-9A-Za-z])(sk_(?:test|live)_)[0-9A-Za-z]*([0-9A-Za-z]{4})\b/g;
/** A session's client secret, `cs_…_secret_…`: the session id stays, the secret goes. */
const CLIENT_SECRET = /(?<![0-9A-Za-z])((?:cs|ws)_[0-9A-Za-z]+_secret_)[0-9A-Za-z]+/g;

function maskString(value: string): string {
  return value
    .replace(SECRET_KEY, '$1…$2')
    .replace(CLIENT_SECRET, '$1…')
    .replace(
      PHONE,
      (_match, prefix: string | undefined, head: string, gap: string, _mid, tail: string) =>
        `${prefix ?? ''}${head}${gap}****${gap}${tail}`,
    )
    .replace(CREDIT_CODE, maskCreditCode);
}

function mask(value: unknown): unknown {
  if (typeof value === 'string') return maskString(value);
  if (Array.isArray(value)) return value.map(mask);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mask(item)]));
  }
  return value;
}

/**
 * Masks secrets and personal data in every string of a log entry, however deep: secret keys
 * (`sk_test_…wxyz`), client secrets (`cs_…_secret_…`), mobile numbers (`138****8000`) and
 * credit codes never reach the log whole, wherever they appear (a path, a query string, a
 * message, a nested field). One-time codes are left as they are: the sandbox's log is where a
 * developer reads them.
 *
 * @example
 * ```ts
 * maskPersonalData({ msg: 'request', path: '/v1/buyers/13800138000' }).path; // '/v1/buyers/138****8000'
 * ```
 */
export function maskPersonalData(entry: LogEntry): LogEntry {
  return mask(entry) as LogEntry;
}

/** A logger that writes one JSON line per entry, masked, to a stream such as stdout. */
export function jsonLogger(write: (line: string) => void): Logger {
  return (entry) =>
    write(`${JSON.stringify({ time: new Date().toISOString(), ...maskPersonalData(entry) })}\n`);
}

/** A logger that drops everything: for tests. */
export const silentLogger: Logger = () => undefined;
