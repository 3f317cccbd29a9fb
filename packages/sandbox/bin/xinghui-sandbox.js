#!/usr/bin/env node
// The `xinghui-sandbox` command. A committed file rather than the build output itself, so that
// it exists right after `npm ci` and npm links it into node_modules/.bin: `npx xinghui-sandbox`
// then works from a fresh checkout of the repository as well as from an installed package.
//
// - With a build (always, in the published package): runs dist/cli.js in this process.
// - In a checkout before `npm run build`: runs src/cli.ts with tsx, the workspace packages
//   resolved to their sources, in a child process that stops with this one.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli.js', import.meta.url);

if (existsSync(built)) {
  await import(built.href);
} else {
  runFromSource();
}

function runFromSource() {
  let tsx;
  try {
    tsx = createRequire(import.meta.url).resolve('tsx');
  } catch {
    console.error('xinghui-sandbox: dist/cli.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', tsx, cli, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  // The child also stops by itself if this process is killed outright (it watches its parent).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
