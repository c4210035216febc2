// Makes sure a Chromium for Playwright is there: an explicit path, Debian's package (apt-get),
// or Playwright's own download; says plainly what to do when none can be had.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
if (fromEnv) {
  if (existsSync(fromEnv)) process.exit(0);
  console.error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH=${fromEnv} does not exist.`);
  process.exit(1);
}
if (existsSync('/usr/bin/chromium')) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (has('apt-get')) {
  const sudo = isRoot ? [] : has('sudo') ? ['sudo', '-n'] : null;
  if (sudo) {
    console.log("Installing Debian's chromium for the browser tests (apt-get)…");
    const pre = sudo.length ? sudo : [];
    const apt = (args) => (pre.length ? run(pre[0], [...pre.slice(1), 'apt-get', ...args]) : run('apt-get', args));
    if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium']) && existsSync('/usr/bin/chromium')) {
      process.exit(0);
    }
  }
}
console.log("Trying Playwright's own Chromium download…");
if (run('npx', ['playwright', 'install', 'chromium'])) process.exit(0);

console.error(`
No Chromium for the browser tests could be installed.
Do one of these, then run \`npm test\` again:
  - Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  - any system with internet:  npx playwright install chromium
  - an existing Chrome/Chromium:  export PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH=/path/to/chrome
`);
process.exit(1);
