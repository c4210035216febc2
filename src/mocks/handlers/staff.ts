/** GET /api/staff: colleagues of my provider with load and on-time share (docs/api.md §Staff). */
import { loadByStaff, NO_LOAD, staffSummary } from '../backend/load.ts';
import { providerApplications, variantOf } from '../backend/entries.ts';
import { finishedSteps } from '../backend/on-time.ts';
import { providerContext } from '../backend/provider-settings.ts';
import { route } from '../http.ts';

const WINDOW_MS = 30 * 86_400_000;

export const staffHandlers = [
  route('get', '/api/staff', {}, async ({ b, me, now }) => {
    const { ctx, version } = await providerContext(b, me.providerId);
    const load = await loadByStaff(b, me.providerId, now);
    const since = now.getTime() - WINDOW_MS;
    const stats = new Map<string, { done: number; normed: number; met: number }>();
    for (const app of await providerApplications(b, me.providerId)) {
      const variant = variantOf(app);
      if (!variant || app.history.length === 0) continue;
      for (const d of finishedSteps(app, variant, ctx, version)) {
        if (d.finishedAt < since) continue;
        const s = stats.get(d.actorId) ?? { done: 0, normed: 0, met: 0 };
        s.done++;
        if (d.met !== null) {
          s.normed++;
          if (d.met) s.met++;
        }
        stats.set(d.actorId, s);
      }
    }
    const items = (await b.providerStaff(me.providerId)).map((s) => {
      const st = stats.get(s.id);
      return {
        ...staffSummary(s),
        load: load.get(s.id) ?? NO_LOAD,
        finishedSteps: st?.done ?? 0,
        onTimeShare: st && st.normed > 0 ? st.met / st.normed : null,
      };
    });
    return { body: { items } };
  }),
];
