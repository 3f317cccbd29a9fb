/** Where a tool writes: text lines, or one JSON object per line with `--json`. */
export interface Output {
  line(text: string): void;
  json(value: unknown): void;
  help(text: string): void;
}

/** The process's stdout. */
export const stdoutOutput: Output = {
  line: (text) => void process.stdout.write(`${text}\n`),
  json: (value) => void process.stdout.write(`${JSON.stringify(value)}\n`),
  help: (text) => void process.stdout.write(`${text}\n`),
};
