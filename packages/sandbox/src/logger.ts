import { maskCreditCode, maskPhone } from '@xinghui/contract';

/** One structured log line. */
export type LogEntry = { msg: string } & Record<string, unknown>;

/** Where the bank writes its structured log. */
export type Logger = (entry: LogEntry) => void;

const PHONE = /\b1[3-9]\d{9}\b/g;
const CREDIT_CODE = /\b[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}\b/g;

function mask(value: unknown): unknown {
  if (typeof value === 'string')
    return value.replace(PHONE, maskPhone).replace(CREDIT_CODE, maskCreditCode);
  if (Array.isArray(value)) return value.map(mask);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mask(item)]));
  }
  return value;
}

/**
 * Masks personal data in every string of a log entry, however deep: mobile numbers and credit
 * codes never reach the log whole, wherever they appear (a path, a message, a nested field).
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
