import { usageError } from './tool-error.js';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400 };

/**
 * A duration as the tools take it, in whole seconds: `90s`, `30m`, `1h`, `3d`, or several
 * (`1d12h`). A bare number is refused: `30` could mean seconds or days.
 */
export function parseDuration(text: string, flag: string): number {
  const parts = [...text.matchAll(/(\d{1,7})([smhd])/g)];
  const whole = parts.map((part) => part[0]).join('');
  if (parts.length === 0 || whole !== text) {
    throw usageError(
      `${flag} must be a duration such as 30m, 1h or 3d (s, m, h, d; no spaces), got "${text}".`,
    );
  }
  return parts.reduce((sum, part) => sum + Number(part[1]) * UNITS[part[2]!]!, 0);
}

/** Seconds as the tools print them: `3d`, `1h30m`, `45s`. */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return '0s';
  let left = seconds;
  let out = '';
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    const count = Math.floor(left / size);
    if (count > 0) out += `${count}${unit}`;
    left -= count * size;
  }
  return out;
}

/** A Unix time on the partner's clock, as the tools print it (UTC, to the second). */
export function formatTime(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().replace('.000Z', 'Z');
}
