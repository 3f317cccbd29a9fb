/**
 * How a CLI tool fails: one line on stderr, never a stack trace, and an exit code a script can
 * test. `usage` (exit 2) is a mistake in the command line; `failed` (exit 1) is everything
 * else: the sandbox refused, or did not answer.
 */
export class ToolError extends Error {
  override name = 'ToolError' as const;

  constructor(
    message: string,
    readonly kind: 'usage' | 'failed' = 'failed',
  ) {
    super(message);
  }

  get exitCode(): 1 | 2 {
    return this.kind === 'usage' ? 2 : 1;
  }
}

/** A mistake in the command line: exit 2. */
export function usageError(message: string): ToolError {
  return new ToolError(message, 'usage');
}
