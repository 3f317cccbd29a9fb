// `npm run release:dry`: what `changeset publish` would put on the registry, with nothing
// published. The pending changesets decide each public package's next version (the private
// examples are never versioned: `privatePackages` in .changeset/config.json); `npm pack
// --dry-run` lists what each tarball would hold. Build first (`npm run build`): the tarballs
// ship dist/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicPackageDirs, workspaceDirs } from './rollup.config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = {
  ...process.env,
  PATH: join(root, 'node_modules', '.bin') + delimiter + process.env.PATH,
};

/** @param {string} command @param {string[]} args @param {string} cwd */
function capture(command, args, cwd = root) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    console.error(`✘ release:dry: ${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
  return result.stdout;
}

const scratch = mkdtempSync(join(tmpdir(), 'xinghui-release-'));
const statusFile = join(scratch, 'status.json');
capture('changeset', ['status', `--output=${relative(root, statusFile)}`]);
/** @type {{ releases: { name: string, type: string, oldVersion: string, newVersion: string }[] }} */
const status = JSON.parse(readFileSync(statusFile, 'utf8'));
rmSync(scratch, { recursive: true, force: true });

console.log('Would publish (nothing is published by this command):\n');
for (const dir of publicPackageDirs()) {
  /** @type {{ name: string, version: string, entryCount: number, size: number, unpackedSize: number, files: { path: string }[] }[]} */
  const packs = JSON.parse(capture('npm', ['pack', '--dry-run', '--json'], dir));
  const pack = packs[0];
  if (!pack) throw new Error(`npm pack printed nothing for ${dir}`);
  const release = status.releases.find((r) => r.name === pack.name);
  const version = release
    ? `${release.oldVersion} → ${release.newVersion} (${release.type})`
    : `${pack.version} (no changeset: not published)`;
  const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(`  ${pack.name.padEnd(20)} ${version}`);
  console.log(
    `  ${''.padEnd(20)} ${pack.entryCount} files, ${kb(pack.size)} packed, ${kb(pack.unpackedSize)} unpacked`,
  );
  const top = [...new Set(pack.files.map((f) => f.path.split('/')[0]))].sort();
  console.log(`  ${''.padEnd(20)} ${top.join(', ')}\n`);
}
// The examples are apps, never published: a release that versions one is a config mistake.
const privateNames = workspaceDirs()
  .map((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')))
  .filter((pkg) => pkg.private)
  .map((pkg) => pkg.name);
const wronglyVersioned = status.releases.filter(
  (r) => r.type !== 'none' && privateNames.includes(r.name),
);
if (wronglyVersioned.length > 0) {
  console.error(
    `✘ changesets would version private packages: ${wronglyVersioned.map((r) => r.name).join(', ')}`,
  );
  process.exit(1);
}
