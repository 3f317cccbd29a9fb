import type { Output } from '../cli/output.js';

/** An {@link Output} that keeps what a tool printed, for tests. */
export function captureOutput(): Output & { lines: string[]; objects: unknown[] } {
  const lines: string[] = [];
  const objects: unknown[] = [];
  return {
    lines,
    objects,
    line: (text) => void lines.push(text),
    json: (value) => void objects.push(value),
    help: (text) => void lines.push(text),
  };
}
