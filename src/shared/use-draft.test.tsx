// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { readDraft, useDraft } from './use-draft';

describe('useDraft', () => {
  beforeEach(() => localStorage.clear());

  it('writes after the delay, and at once when the page goes away before it (a reload)', () => {
    const { rerender } = renderHook(({ v }) => useDraft('form', v, true, 10_000), { initialProps: { v: { name: 'Ал' } } });
    rerender({ v: { name: 'Алма' } });
    expect(readDraft('form')).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(readDraft('form')).toEqual({ name: 'Алма' });
  });

  it('writes a waiting draft when the form unmounts, and nothing while the values are pristine', () => {
    const typed = renderHook(() => useDraft('typed', { name: 'Ақтөбе' }, true, 10_000));
    typed.unmount();
    expect(readDraft('typed')).toEqual({ name: 'Ақтөбе' });
    const pristine = renderHook(() => useDraft('pristine', { name: '' }, false, 10_000));
    window.dispatchEvent(new Event('pagehide'));
    pristine.unmount();
    expect(readDraft('pristine')).toBeNull();
  });
});
