// The build the end-to-end tests and the framework examples load (the elements' dist/: the CDN
// loader and its chunks, the ESM define files, the framework types), made when it is missing or
// older than its sources. `npm test` builds once before vitest, so there this finds it fresh;
// a test file run alone builds it itself. Test files run in parallel: a lock lets one build
// while the others wait, then find it fresh.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** What the build is made from: a file here newer than an output makes the build stale. */
const SOURCES = ['packages/elements/src', 'packages/sdk/src', 'packages/contract/src'];
/** Outputs every build writes anew (rollup's, and the framework stubs `analyze` writes last). */
const OUTPUTS = [
  'packages/elements/dist/xinghui-elements.js',
  'packages/elements/dist/define/pay-button.js',
  'packages/elements/dist/frameworks/react.js',
  'packages/elements/dist/frameworks/vue.js',
];
/** Outputs tsc writes only when they change: they must exist, however old. */
const PRESENT = [
  'packages/elements/dist/frameworks/react.d.ts',
  'packages/elements/dist/frameworks/vue.d.ts',
];
/** A directory, made atomically by whoever builds; it holds the builder's pid. */
const LOCK = join(root, 'node_modules/.cache/ensure-built.lock');
const WAIT_MS = 600_000;

/**
 * Runs the root `npm run build` when an output is missing or a source is newer than one; one
 * build at a time across processes (a crashed builder's lock is taken over). Throws with the
 * build's output when it fails.
 *
 * @example
 * ```ts
 * beforeAll(() => ensureBuilt(), 600_000);
 * ```
 */
export function ensureBuilt() {
  if (isFresh()) return;
  takeLock();
  try {
    if (isFresh()) return; // built by the process that held the lock
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) {
      throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function isFresh() {
  const outputs = [...OUTPUTS, ...PRESENT].map((file) => join(root, file));
  if (!outputs.every((file) => existsSync(file))) return false;
  const newestSource = Math.max(
    ...SOURCES.flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map(
        (file) => statSync(join(root, dir, file)).mtimeMs,
      ),
    ),
  );
  return OUTPUTS.every((file) => statSync(join(root, file)).mtimeMs >= newestSource);
}

function takeLock() {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (const deadline = Date.now() + WAIT_MS; ;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    if (holderIsGone()) rmSync(LOCK, { recursive: true, force: true });
    else if (Date.now() > deadline) throw new Error(`${LOCK} held for ${WAIT_MS / 60_000} minutes`);
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500); // sleep, synchronously
  }
}

/** The lock's builder has exited without removing it (killed, crashed). */
function holderIsGone() {
  let pid;
  try {
    pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
  } catch {
    // No pid yet: just made (the pid follows at once), or its maker died in between.
    return existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 10_000;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'ESRCH';
  }
}
