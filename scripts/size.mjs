// `npm run size`: the min+gzip size of what merchants load, against its budget. Builds first.
// Fails (exit 1) when a budget is crossed, so CI and reviews see a regression at once.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Budgets in bytes, min+gzip. The CDN file must hold all three components within 32 KB. */
const BUDGETS = [{ file: 'packages/elements/dist/xinghui-elements.js', gzipBudget: 32 * 1024 }];

execSync('npm run build --silent', { stdio: 'ignore' });

let over = false;
for (const { file, gzipBudget } of BUDGETS) {
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  const ok = gzip <= gzipBudget;
  over ||= !ok;
  console.log(
    `${ok ? '✔' : '✖'} ${file}: ${(code.length / 1024).toFixed(1)} KB min, ` +
      `${(gzip / 1024).toFixed(1)} KB min+gzip (budget ${(gzipBudget / 1024).toFixed(0)} KB)`,
  );
}
process.exit(over ? 1 : 0);
