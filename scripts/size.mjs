// `npm run size`: production build, then the gzip size of the JavaScript needed to show the inbox
// (the entry, its static imports, the inbox route's chunk with its static imports, and the texts of
// the default language, which load before the first render).
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const OUT = 'dist';
if (!process.argv.includes('--no-build')) execSync(`npx vite build --outDir ${OUT} --logLevel warn`, { stdio: 'inherit' });
const manifest = JSON.parse(readFileSync(`${OUT}/.vite/manifest.json`, 'utf8'));

const seen = new Set();
function collect(key) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return;
  seen.add(key);
  for (const dep of chunk.imports ?? []) collect(dep);
}
collect('index.html');
collect('src/features/inbox/inbox-route.tsx');
// The route namespaces (ROUTE_NAMESPACES in src/app/i18n.ts) load with their screens.
const ROUTE_NAMESPACES = ['application', 'registration'];
for (const key of Object.keys(manifest)) {
  const ns = /^locales\/ru\/([\w-]+)\.json$/.exec(key)?.[1];
  if (ns && !ROUTE_NAMESPACES.includes(ns)) collect(key);
}

const files = [...seen].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
let total = 0;
for (const file of files) {
  const gz = gzipSync(readFileSync(`${OUT}/${file}`), { level: 9 }).length;
  total += gz;
  console.log(`${(gz / 1024).toFixed(1).padStart(7)} kB  ${file}`);
}
const mockInBuild = Object.keys(manifest).some((k) => k.startsWith('src/mocks/'));
console.log(`mock backend in the production build: ${mockInBuild ? 'YES (must not be)' : 'no'}`);
if (mockInBuild) process.exitCode = 1;
console.log(`initial js: ${(total / 1024).toFixed(1)} kB gzip`);
