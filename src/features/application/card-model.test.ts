import { findVariant } from '../../domain/catalog';
import type { Application } from '../../domain/workflow/types';
import { choiceRole, defaultIssueVia, forwardOutcome, lines, parseSteps, railItems, refusalSeed, resultKind, stepAfter } from './card-model';

const variant = (() => {
  const found = findVariant('almaty-gasc-2016', 'design-license', 'issue');
  if (!found.ok) throw new Error('catalog');
  return found.value;
})();
const steps = parseSteps(variant.steps);

function app(patch: Partial<Application>): Application {
  return {
    id: 'a1', providerId: 'almaty-gasc-2016', serviceId: 'design-license', variantId: 'issue', regNo: 'ALA-1', channel: 'egov_portal',
    applicant: { type: 'organization', bin: '180540012345', name: 'ТОО' }, arrivedAt: '2026-03-02T04:00:00Z', receivedAt: '2026-03-02T04:00:00Z',
    status: 'in_progress', currentStepId: 's1', stepStartedAt: '2026-03-02T04:00:00Z', assigneeId: null, executorId: null, headId: null,
    version: 1, history: [], documents: [], comments: [], audit: [], pauses: [], data: {}, ...patch,
  };
}

describe('card model', () => {
  it('parses the steps the detail sends untyped and skips broken ones', () => {
    expect(parseSteps([...variant.steps, { id: 'x' }, null])).toHaveLength(variant.steps.length);
  });

  it('draws the whole main chain from the first step to the issue', () => {
    const items = railItems(app({}), steps);
    expect(items.map((i) => (i.type === 'end' ? i.end : i.stepId))).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11', 's12', 'issued']);
    expect(items[0].type).toBe('current');
  });

  it('shows performed steps as they happened, loops included, then the path from the current one', () => {
    const record = (stepId: string, outcome: 'done' | 'returned' | 'meets' | 'incomplete') => ({
      stepId, kind: steps.find((s) => s.id === stepId)!.kind, startedAt: '2026-03-02T04:00:00Z', finishedAt: '2026-03-02T05:00:00Z', actorId: 'p', outcome,
    });
    const returned = railItems(app({ currentStepId: 's6', history: [record('s6', 'meets'), record('s7', 'returned')] }), steps);
    expect(returned.slice(0, 3).map((i) => `${i.type}:${'stepId' in i ? i.stepId : ''}`)).toEqual(['done:s6', 'done:s7', 'current:s6']);
    const refusal = railItems(app({ currentStepId: 'r1', history: [record('s4', 'incomplete')] }), steps);
    expect(refusal.map((i) => (i.type === 'end' ? i.end : i.stepId))).toEqual(['s4', 'r1', 'r2', 'r3', 'refused']);
  });

  it('ends a finished application with its result', () => {
    const items = railItems(app({ status: 'refused', currentStepId: null, finishedAt: '2026-03-10T10:00:00Z' }), steps);
    expect(items.at(-1)).toEqual({ type: 'end', end: 'refused', at: '2026-03-10T10:00:00Z', planned: false });
  });

  it('knows where outcomes lead and whom resolve/distribute choose', () => {
    const s4 = steps.find((s) => s.id === 's4')!;
    expect(forwardOutcome(s4)).toBe('complete');
    expect(stepAfter(s4, steps, 'incomplete')?.id).toBe('r1');
    expect(choiceRole(steps.find((s) => s.id === 's2')!, steps)).toBe('department_head');
    expect(choiceRole(steps.find((s) => s.id === 's3')!, steps)).toBe('specialist');
  });

  it('names the result of the variant and the usual way to hand it out', () => {
    expect(resultKind('issue')).toBe('license');
    expect(resultKind('duplicate')).toBe('duplicate');
    expect(resultKind('reissue_name_change')).toBe('reissue');
    expect(resultKind('attestation')).toBe('attestation');
    expect(defaultIssueVia('gov_corporation')).toBe('gov_corporation');
    expect(defaultIssueVia('elicense_portal')).toBe('portal');
    expect(defaultIssueVia('provider_office')).toBe('hand_out');
  });

  it('turns text into lines and seeds a refusal with the earlier findings', () => {
    expect(lines(' a \n\n b\r\nc ')).toEqual(['a', 'b', 'c']);
    expect(refusalSeed(app({ data: { missingDocuments: ['Устав'], conclusion: { outcome: 'does_not_meet', reasons: ['Нет штата'] } } }))).toBe('Устав\nНет штата');
  });
});
