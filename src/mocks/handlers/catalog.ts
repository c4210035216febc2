/**
 * GET /api/catalog: my provider's services, variants (with plan flags) and steps, the shared
 * names, and the effective schedule + calendar so the UI can tick clocks (docs/api.md §Catalog).
 */
import { catalog, findProvider } from '../../domain/catalog/index.ts';
import { planOf } from '../../domain/catalog/plan.ts';
import type { Variant } from '../../domain/catalog/types.ts';
import { notFound } from '../backend/errors.ts';
import { AT_RISK_SHARE } from '../backend/clocks.ts';
import { providerContext } from '../backend/provider-settings.ts';
import { route } from '../http.ts';

/** The plan flags of a variant in the API shape. */
export function planFlags(variant: Variant) {
  const p = planOf(variant);
  return {
    planExceedsTerm: p.planExceedsTerm,
    termUnconfirmed: p.termUnconfirmed,
    termMissing: p.termMissing,
    planWorkingMinutes: p.workingMinutes,
    termWorkingMinutes: p.termWorkingMinutes,
    mainChain: p.mainChain,
  };
}

export const catalogHandlers = [
  route('get', '/api/catalog', {}, async ({ b, me }) => {
    const found = findProvider(me.providerId);
    if (!found.ok) throw notFound();
    const p = found.value;
    const { ctx, version } = await providerContext(b, p.id);
    return {
      body: {
        provider: {
          id: p.id,
          name: p.name,
          act: p.act,
          timeZone: p.timeZone,
          address: p.address,
          phones: p.phones,
          ...(p.website ? { website: p.website } : {}),
          channels: p.channels,
          ...(p.tiers ? { tiers: p.tiers } : {}),
          services: p.services.map((s) => ({
            ...s,
            variants: s.variants.map((v) => ({ ...v, plan: planFlags(v) })),
          })),
        },
        roles: catalog.roles,
        stepKinds: catalog.stepKinds,
        outcomeNames: catalog.outcomeNames,
        ends: catalog.ends,
        channels: catalog.channels,
        schedule: ctx.schedule,
        calendar: ctx.calendar,
        calendarVersion: version,
        atRiskShare: AT_RISK_SHARE,
      },
    };
  }),
];
