import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const SOURCES = ['packages/elements/src', 'packages/sdk/src', 'packages/contract/src'];
const OUTPUTS = [
  'packages/elements/dist/define/pay-button.js',
  'packages/elements/dist/react.d.ts',
];

/**
 * The examples bundle the elements' dist/, as a partner's app would: runs the root
 * `npm run build` when an output is missing or a source is newer.
 */
export function ensureBuilt(): void {
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
