import { describe, expect, it } from 'vitest';
import {
  allVariants,
  catalog,
  channels,
  channelsAccepted,
  findProvider,
  findStep,
  findVariant,
  outcomeNames,
  providers,
  roles,
  stepKinds,
} from './index.ts';
import { OUTCOME_IDS, ROLE_IDS, STEP_KINDS, type Step, type Variant } from './types.ts';

const ENDS = new Set(['end:issued', 'end:refused']);
const variants = [...allVariants()];
const label = ({ provider, service, variant }: (typeof variants)[number]) =>
  `${provider.id}/${service.id}/${variant.id}`;

/** Steps reachable from s1 and the ends reached, following every outcome. */
function explore(variant: Variant) {
  const byId = new Map(variant.steps.map((s) => [s.id, s]));
  const reached = new Set<string>();
  const endsReached = new Set<string>();
  const stack = [variant.steps[0].id];
  while (stack.length) {
    const id = stack.pop()!;
    if (ENDS.has(id)) {
      endsReached.add(id);
      continue;
    }
    if (reached.has(id)) continue;
    reached.add(id);
    for (const target of Object.values(byId.get(id)!.outcomes)) stack.push(target);
  }
  return { reached, endsReached };
}

/** True if the graph without `returned` edges has a cycle. */
function hasForwardCycle(variant: Variant): boolean {
  const byId = new Map(variant.steps.map((s) => [s.id, s]));
  const state = new Map<string, 1 | 2>();
  const visit = (step: Step): boolean => {
    state.set(step.id, 1);
    for (const [outcome, target] of Object.entries(step.outcomes)) {
      if (outcome === 'returned' || ENDS.has(target)) continue;
      const next = byId.get(target)!;
      if (state.get(target) === 1) return true;
      if (!state.has(target) && visit(next)) return true;
    }
    state.set(step.id, 2);
    return false;
  };
  return variant.steps.some((s) => !state.has(s.id) && visit(s));
}

describe('catalog data', () => {
  it('has the expected counts', () => {
    expect(providers).toHaveLength(5);
    expect(providers.flatMap((p) => p.services)).toHaveLength(23);
    expect(variants).toHaveLength(74);
    expect(variants.reduce((n, v) => n + v.variant.steps.length, 0)).toBe(1043);
  });

  it('knows every role, kind, outcome and channel', () => {
    expect(roles.map((r) => r.id)).toEqual(ROLE_IDS);
    expect(stepKinds.map((k) => k.id)).toEqual(STEP_KINDS);
    expect(Object.keys(outcomeNames).sort()).toEqual([...OUTCOME_IDS].sort());
    expect(channels.length).toBe(5);
    expect(catalog.ends.map((e) => e.id)).toEqual(['end:issued', 'end:refused']);
    const channelIds = new Set(channels.map((c) => c.id));
    for (const p of providers) {
      for (const c of p.channels) expect(channelIds.has(c)).toBe(true);
      for (const s of p.services) for (const c of s.channels ?? []) expect(channelIds.has(c)).toBe(true);
    }
  });

  it('tells the channels a service accepts: its own list, else its provider\'s', () => {
    expect(channelsAccepted('almaty-uebp-2014', 'pharmaceutical-activity-license')).toEqual(['provider_office', 'egov_portal', 'elicense_portal']);
    expect(channelsAccepted('almaty-gasc-2016', 'design-license')).toEqual(['gov_corporation', 'egov_portal']);
    expect(channelsAccepted('almaty-gasc-2016', 'no-such-service')).toEqual(['gov_corporation', 'egov_portal']);
    expect(channelsAccepted('no-such-provider', 'design-license')).toEqual([]);
  });

  it.each(variants.map((v) => [label(v), v] as const))('%s is a well-formed graph', (_, { provider, variant }) => {
    const ids = new Set(variant.steps.map((s) => s.id));
    expect(ids.size).toBe(variant.steps.length);
    expect(variant.steps[0].id).toBe('s1');
    const tierIds = new Set((provider.tiers ?? []).map((t) => t.id));
    for (const step of variant.steps) {
      expect(ROLE_IDS).toContain(step.role);
      const kind = stepKinds.find((k) => k.id === step.kind);
      expect(kind, `${step.id} kind`).toBeDefined();
      expect(Object.keys(step.outcomes).sort()).toEqual([...kind!.outcomes].sort());
      for (const target of Object.values(step.outcomes)) {
        expect(ids.has(target) || ENDS.has(target), `${step.id} → ${target}`).toBe(true);
      }
      if (provider.tiers) expect(tierIds.has(step.tier!), `${step.id} tier`).toBe(true);
      else expect(step.tier).toBeUndefined();
    }
    const { reached, endsReached } = explore(variant);
    expect([...reached].sort()).toEqual([...ids].sort());
    expect(endsReached.has('end:issued')).toBe(true);
    expect(hasForwardCycle(variant)).toBe(false);
  });
});

describe('lookups', () => {
  it('finds existing ids', () => {
    const v = findVariant('almaty-gasc-2016', 'design-license', 'issue');
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.value.term?.value).toBe(15);
    const s = findStep(v.value, 's5');
    expect(s.ok && s.value.kind).toBe('licensing_control');
    expect(findProvider('mrd-construction-committee-2013').ok).toBe(true);
  });

  it('returns codes for unknown ids and never throws', () => {
    expect(findProvider('nope')).toEqual({ ok: false, code: 'unknown_provider' });
    expect(findVariant('nope', 'x', 'y')).toEqual({ ok: false, code: 'unknown_provider' });
    expect(findVariant('almaty-gasc-2016', 'x', 'y')).toEqual({ ok: false, code: 'unknown_service' });
    expect(findVariant('almaty-gasc-2016', 'design-license', 'y')).toEqual({ ok: false, code: 'unknown_variant' });
    const v = findVariant('almaty-gasc-2016', 'design-license', 'issue');
    expect(v.ok && findStep(v.value, 's99')).toEqual({ ok: false, code: 'unknown_step' });
  });
});
