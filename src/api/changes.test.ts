import { QueryClient } from '@tanstack/react-query';
import { applicationKeys } from './applications';
import { announceChange, invalidateOnChanges, subscribeToChanges } from './changes';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('change feed', () => {
  it('delivers an announcement in a task of its own, to every subscriber until it leaves', async () => {
    const seen: string[] = [];
    const stopA = subscribeToChanges((m) => seen.push(`a:${m.resource}:${m.ids.join(',')}`));
    const stopB = subscribeToChanges((m) => seen.push(`b:${m.resource}`));
    announceChange({ type: 'changed', resource: 'applications', ids: ['x1'] });
    // Not during the write that announced it (the request's answer comes first).
    expect(seen).toEqual([]);
    await tick();
    expect(seen).toEqual(['a:applications:x1', 'b:applications']);
    stopA();
    announceChange({ type: 'changed', resource: 'views', ids: [] });
    await tick();
    expect(seen).toEqual(['a:applications:x1', 'b:applications', 'b:views']);
    stopB();
  });

  it('marks the changed card, the lists and the counters stale', async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(applicationKeys.detail('x1'), { any: 1 });
    queryClient.setQueryData(applicationKeys.detail('x2'), { any: 2 });
    queryClient.setQueryData(applicationKeys.counters(), { my: 1 });
    const stop = invalidateOnChanges(queryClient);
    announceChange({ type: 'changed', resource: 'applications', ids: ['x1'] });
    await tick();
    expect(queryClient.getQueryState(applicationKeys.detail('x1'))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(applicationKeys.detail('x2'))?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(applicationKeys.counters())?.isInvalidated).toBe(true);
    stop();
  });
});
