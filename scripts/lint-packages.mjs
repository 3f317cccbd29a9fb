// `npm run lint:packages`: what a registry user installs, checked the way they would meet it.
// Builds, then for every public workspace package runs publint --strict (every `exports` and
// `files` target exists and is well-formed) and arethetypeswrong (the types resolve the same as
// the JavaScript, under node16 and bundler; ESM-only profile: CommonJS `require` is not offered).
// Exits 1 when any package has a finding.
import { spawnSync } from 'node:child_process';
import { delimiter, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicPackageDirs } from './rollup.config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = {
  ...process.env,
  PATH: join(root, 'node_modules', '.bin') + delimiter + process.env.PATH,
};

/** Runs a command with live output; returns whether it exited 0. */
function run(/** @type {string} */ command, /** @type {string[]} */ args, cwd = root) {
  const { status, error } = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (error) console.error(`${command}: ${error.message}`);
  return status === 0;
}

if (!run('npm', ['run', 'build', '--silent'])) {
  console.error('✘ lint:packages: the build failed');
  process.exit(1);
}

const failed = [];
for (const dir of publicPackageDirs()) {
  const name = relative(root, dir);
  console.log(`\n▶ ${name}`);
  const publint = run('publint', ['--strict', '.'], dir);
  const attw = run(
    'attw',
    ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'],
    dir,
  );
  if (!publint || !attw) failed.push(name);
}
console.log(failed.length ? `\n✘ findings in ${failed.join(', ')}` : '\n✔ every package clean');
process.exit(failed.length ? 1 : 0);
