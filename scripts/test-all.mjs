// `npm test`: typecheck, lint, unit/integration (Vitest) and e2e (Playwright); runs every stage,
// then prints one summary line `tests: N passed, M failed` and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function stage(name, cmd, args) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const status = spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status;
  console.log(`=== ${name}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return status === 0;
}

function check(name, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  } catch {
    return null;
  }
}

check('typecheck', stage('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']));
check('lint', stage('lint', 'npx', ['eslint', '.', '--max-warnings', '0']));

const unitOk = stage('unit and integration', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORTS}/vitest.json`]);
const unit = readJson(`${REPORTS}/vitest.json`);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  if (!unitOk && !unit.numFailedTests) check('vitest (suite error)', false);
} else check('vitest (no report)', unitOk && false);

const browserOk = stage('browser', 'node', ['scripts/ensure-chromium.mjs']);
if (!browserOk) check('chromium for e2e', false);
else {
  const e2eOk = stage('e2e', 'npx', ['playwright', 'test']);
  const e2e = readJson(`${REPORTS}/e2e.json`);
  if (e2e?.stats) {
    passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected ?? 0;
    skipped += e2e.stats.skipped ?? 0;
    if (!e2eOk && !e2e.stats.unexpected) check('playwright (run error)', false);
  } else check('playwright (no report)', false);
}

if (failures.length) console.log(`\nFailed stages: ${failures.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
