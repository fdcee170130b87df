// Runs every tests/e2e/*.test.mjs one after another (they share two CPU
// cores with the build) and exits non-zero if any fails. Screenshots and
// downloads go to test-output/.
//   node tests/e2e/run.mjs [name-filter]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = fs.readdirSync(here).filter((f) => f.endsWith('.test.mjs') && f.includes(filter)).sort()
  .map((f) => path.join(here, f));
if (files.length === 0) {
  console.error(`no e2e test matches "${filter}"`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
