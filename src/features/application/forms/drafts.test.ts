// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { clearDraft, draftKey, mergeDraft, readDraft, writeDraft } from './drafts';
import { useIntentKey } from './intent-key';

describe('drafts', () => {
  it('keeps one draft per application, step, user and part', () => {
    const key = draftKey('app-1', 's4', 'almaty-specialist1');
    expect(key).not.toBe(draftKey('app-1', 's4', 'almaty-specialist2'));
    expect(key).not.toBe(draftKey('app-1', 's4', 'almaty-specialist1', 'return'));
    writeDraft(key, { outcome: 'incomplete', missingDocuments: '<script>alert(1)</script>' });
    expect(readDraft(key)).toEqual({ outcome: 'incomplete', missingDocuments: '<script>alert(1)</script>' });
    clearDraft(key);
    expect(readDraft(key)).toBeNull();
  });

  it('ignores broken drafts and fields of another shape', () => {
    localStorage.setItem('broken', '{nope');
    expect(readDraft('broken')).toBeNull();
    expect(mergeDraft({ a: '', b: [] as string[], c: true }, { a: 'x', b: 'not a list' as never, c: 'yes' as never })).toEqual({ a: 'x', b: [], c: true });
  });
});

describe('idempotency keys', () => {
  it('reuses the key for the same intent and makes a new one for a changed one or after success', () => {
    const { result } = renderHook(() => useIntentKey());
    const first = result.current.keyFor({ action: { type: 'take' }, version: 3 });
    expect(result.current.keyFor({ action: { type: 'take' }, version: 3 })).toBe(first);
    const changed = result.current.keyFor({ action: { type: 'take' }, version: 4 });
    expect(changed).not.toBe(first);
    result.current.done();
    expect(result.current.keyFor({ action: { type: 'take' }, version: 4 })).not.toBe(changed);
  });
});
