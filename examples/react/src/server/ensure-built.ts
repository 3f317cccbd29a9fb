import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const SOURCES = ['packages/elements/src', 'packages/sdk/src', 'packages/contract/src'];
const OUTPUTS = [
  'packages/elements/dist/define/pay-button.js',
  'packages/elements/dist/frameworks/react.d.ts',
];

/** Held while one test file builds: the React and Vue tests may start at once. */
const LOCK = join(root, 'node_modules/.cache/example-build.lock');

/**
 * The examples bundle the elements' dist/, as a partner's app would: runs the root
 * `npm run build` when an output is missing or a source is newer. One build at a time: a
 * second caller waits for the first, then finds the outputs fresh.
 */
export function ensureBuilt(): void {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (const deadline = Date.now() + 600_000; ;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${LOCK} held for 10 minutes`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    buildWhenStale();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function buildWhenStale(): void {
  const newest = Math.max(
    ...SOURCES.flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map(
        (file) => statSync(join(root, dir, file)).mtimeMs,
      ),
    ),
  );
  const fresh = OUTPUTS.every(
    (file) => existsSync(join(root, file)) && statSync(join(root, file)).mtimeMs >= newest,
  );
  if (fresh) return;
  const run = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run build failed:\n${run.stdout}\n${run.stderr}`);
}
