/**
 * Benchmark of the list endpoint: seeds 50,000 applications into the in-memory mock backend and
 * times GET /api/applications through the MSW node server with typical tab / filter / sort /
 * search combinations, as different staff members.
 *
 * Run (Node 20 has no type stripping, so Vite's module runner loads the TypeScript):
 *   node --input-type=module -e "await (await import('vite')).runnerImport('./scripts/bench-api.ts')"
 *
 * Environment: BENCH_SIZE (default 50000), BENCH_ROUNDS (default 5).
 * The last line is `api: N requests, p50 X ms, p95 Y ms`.
 */
import { setSessionToken } from '../src/api/client.ts';
import { mockBackend, resetMockBackend, server, signInAs } from '../src/mocks/node.ts';

const size = Number(process.env.BENCH_SIZE ?? 50_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

const USERS = ['almaty.director', 'almaty.head1', 'almaty.specialist1', 'almaty.chancellery1', 'mrd.dep.specialist1', 'uebp.head1'];

const QUERIES = [
  'tab=my',
  'tab=queue',
  'tab=control',
  'tab=finished',
  'tab=control&clock=overdue',
  'tab=control&clock=at_risk&sort=step_left',
  'tab=control&stepKind=conclusion&stepKind=check_completeness',
  'tab=control&channel=egov_portal&sort=received_at&dir=desc',
  'tab=control&q=ala-2026-00',
  'tab=control&q=%D0%90%D1%85%D0%BC%D0%B5%D1%82', // 'Ахмет'
  'tab=control&q=900',
  'tab=control&sort=reg_no&dir=desc&offset=2000&limit=100',
  'tab=control&assignee=none',
  'tab=finished&clock=missed',
  'tab=control&from=2020-01-01&to=2100-01-01&sort=service_left&dir=desc&limit=200',
];

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

async function main(): Promise<void> {
  server.listen({ onUnhandledRequest: 'error' });
  const t0 = performance.now();
  const summary = await resetMockBackend({ size, seed: 2026 });
  console.log(`seed: ${summary.applications} applications, ${summary.staff} staff in ${(performance.now() - t0).toFixed(0)} ms (failures ${summary.failures})`);

  const tokens = new Map<string, string>();
  for (const login of USERS) tokens.set(login, await signInAs(login));
  setSessionToken(null);

  const get = async (login: string, qs: string) => {
    const res = await fetch(`http://localhost/api/applications?${qs}`, { headers: { 'X-Session': tokens.get(login)! } });
    if (res.status !== 200 && res.status !== 403) throw new Error(`${login} ${qs}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ total?: number }>;
  };

  // Warm-up: the first request of a provider computes the cached clock facts of its rows.
  const w0 = performance.now();
  for (const login of USERS) await get(login, 'tab=control&limit=1');
  console.log(`warm-up (clock facts of ${(await mockBackend().store.list('applications')).length} rows): ${(performance.now() - w0).toFixed(0)} ms`);

  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const login of USERS) {
      for (const qs of QUERIES) {
        const t = performance.now();
        await get(login, qs);
        times.push(performance.now() - t);
      }
    }
  }
  server.close();
  times.sort((a, b) => a - b);
  console.log(`api: ${times.length} requests, p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`);
}

await main();
