/**
 * Drafts of action forms in localStorage, one per application + step + user (+ part of the form),
 * so that a reload, a conflict or a failed request never loses what was typed.
 */
const PREFIX = 'kz-licensing.draft';

export function draftKey(appId: string, stepId: string, userId: string, part = 'main'): string {
  return `${PREFIX}:${appId}:${stepId}:${userId}:${part}`;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The saved values, or null (nothing saved, unreadable, or not an object). */
export function readDraft<T extends object>(key: string): Partial<T> | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Partial<T>) : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, values: object): void {
  try {
    storage()?.setItem(key, JSON.stringify(values));
  } catch {
    /* quota or private mode: the form still works, only the draft is not kept */
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    /* ignore */
  }
}

/** Keeps only the draft fields that exist in the form with the same type (old drafts may differ). */
export function mergeDraft<T extends object>(initial: T, draft: Partial<T> | null): T {
  if (!draft) return initial;
  const out = { ...initial };
  for (const key of Object.keys(initial) as (keyof T)[]) {
    const v = draft[key];
    if (v !== undefined && typeof v === typeof initial[key] && Array.isArray(v) === Array.isArray(initial[key])) out[key] = v as T[keyof T];
  }
  return out;
}
