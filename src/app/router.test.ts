import { sameScreen } from './router';

const args = (from: string, to: string, defaultShouldRevalidate = true) =>
  ({ currentUrl: new URL(from, 'http://x'), nextUrl: new URL(to, 'http://x'), defaultShouldRevalidate }) as Parameters<typeof sameScreen>[0];

describe('sameScreen (whether route loaders run again)', () => {
  it('skips them when only the query of the same screen changes (a search, a filter)', () => {
    expect(sameScreen(args('/inbox?tab=my', '/inbox?tab=my&q=12'))).toBe(false);
    expect(sameScreen(args('/inbox', '/inbox?channel=egov_portal'))).toBe(false);
  });

  it('keeps the router’s decision for another screen or the same address (a revalidation)', () => {
    expect(sameScreen(args('/inbox?q=1', '/applications/a1'))).toBe(true);
    expect(sameScreen(args('/inbox?q=1', '/inbox?q=1'))).toBe(true);
    expect(sameScreen(args('/inbox?q=1', '/inbox?q=1', false))).toBe(false);
  });
});
