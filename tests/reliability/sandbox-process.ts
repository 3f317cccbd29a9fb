/**
 * The sandbox bank as a child process on a SQLite file, as `npx xinghui-sandbox` runs it: for
 * tests that kill it with SIGKILL and start it again on the same file and port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../packages/sandbox/src/cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface SandboxProcess {
  url: string;
  port: number;
  child: ChildProcess;
}

/** Starts the CLI on `db` (port 0 picks a free one) and resolves once it listens. */
export function startSandboxProcess(db: string, port = 0): Promise<SandboxProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', CLI, '--db', db, '--port', String(port)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the sandbox did not start in 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: string) => {
      output += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:(\d+))/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      // Keep reading (and dropping) its log, so a full pipe never blocks it.
      child.stdout!.off('data', onData);
      child.stdout!.resume();
      resolve({ url: match[1]!, port: Number(match[2]), child });
    };
    child.stdout!.setEncoding('utf8').on('data', onData);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the sandbox exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
}

/** Kills the process with SIGKILL (no chance to flush or close anything) and waits for it. */
export function killHard(process: SandboxProcess): Promise<void> {
  const { child } = process;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
