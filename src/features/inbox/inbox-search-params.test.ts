import { DEFAULT_FILTERS, fromViewFilters, hasNarrowing, parseInboxSearch, toSearchParams, toViewFilters } from './inbox-search-params';

const parse = (qs: string, known = {}) => parseInboxSearch(new URLSearchParams(qs), known);

describe('inbox search params', () => {
  it('an empty address is the default view: my tasks, least service time left first', () => {
    expect(parse('')).toEqual({ filters: DEFAULT_FILTERS, dropped: [] });
  });

  it('reads every filter, repeated or comma-separated', () => {
    const { filters, dropped } = parse(
      'tab=queue&q=%20Иванов%20&service=design-license&service=survey-license&variant=issue,duplicate&step=conclusion&channel=egov_portal&clock=overdue&assignee=none&from=2026-03-01&to=2026-03-31&sort=reg_no&dir=desc',
    );
    expect(dropped).toEqual([]);
    expect(filters).toMatchObject({
      tab: 'queue',
      q: 'Иванов',
      service: ['design-license', 'survey-license'],
      variant: ['issue', 'duplicate'],
      step: ['conclusion'],
      channel: ['egov_portal'],
      clock: ['overdue'],
      assignee: ['none'],
      from: '2026-03-01',
      to: '2026-03-31',
      sort: 'reg_no',
      dir: 'desc',
    });
  });

  it.each([
    ['tab=everything', 'tab'],
    ['sort=price', 'sort'],
    ['dir=sideways', 'dir'],
    ['clock=late', 'clock'],
    ['channel=fax', 'channel'],
    ['step=dance', 'step'],
    ['from=2026-02-30', 'from'],
    ['to=yesterday', 'to'],
    ['utm_source=mail', 'utm_source'],
    ['service=%3Cscript%3E', 'service'],
  ])('drops a malformed value (%s) and says which key', (qs, key) => {
    const { filters, dropped } = parse(qs);
    expect(dropped).toEqual([key]);
    expect(filters.tab).toBe('my');
  });

  it('keeps the good values of a list and drops the bad ones', () => {
    const { filters, dropped } = parse('clock=overdue&clock=soon&clock=at_risk');
    expect(filters.clock).toEqual(['overdue', 'at_risk']);
    expect(dropped).toEqual(['clock']);
  });

  it('checks ids against what the catalog knows, once it is loaded', () => {
    const known = { service: new Set(['design-license']) };
    const { filters, dropped } = parse('service=design-license&service=no-such-service', known);
    expect(filters.service).toEqual(['design-license']);
    expect(dropped).toEqual(['service']);
  });

  it('a reversed period is dropped as a whole', () => {
    const { filters, dropped } = parse('from=2026-04-01&to=2026-03-01');
    expect(filters.from).toBeNull();
    expect(filters.to).toBeNull();
    expect(dropped.sort()).toEqual(['from', 'to']);
  });

  it('finished work defaults to newest receipt first', () => {
    expect(parse('tab=finished').filters).toMatchObject({ sort: 'received_at', dir: 'desc' });
    expect(toSearchParams(parse('tab=finished').filters).toString()).toBe('tab=finished');
  });

  it('writes a short address (defaults left out) that reads back the same', () => {
    const { filters } = parse('tab=control&q=KZ-01&clock=overdue&clock=at_risk&sort=received_at&dir=desc&from=2026-01-05');
    const written = toSearchParams(filters);
    expect(written.toString()).toBe('tab=control&q=KZ-01&clock=overdue&clock=at_risk&from=2026-01-05&sort=received_at&dir=desc');
    expect(parseInboxSearch(written).filters).toEqual(filters);
    expect(toSearchParams(DEFAULT_FILTERS).toString()).toBe('');
  });

  it('tells narrowing filters from the tab and sort', () => {
    expect(hasNarrowing(parse('tab=queue&sort=reg_no').filters)).toBe(false);
    expect(hasNarrowing(parse('q=x').filters)).toBe(true);
    expect(hasNarrowing(parse('from=2026-01-01').filters)).toBe(true);
  });

  it('round-trips a saved view', () => {
    const { filters } = parse('tab=queue&service=design-license&clock=overdue&clock=at_risk');
    const stored = toViewFilters(filters);
    expect(stored).toEqual({ service: 'design-license', clock: ['overdue', 'at_risk'] });
    expect(parseInboxSearch(fromViewFilters('queue', stored)).filters).toEqual(filters);
  });
});
