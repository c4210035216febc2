/**
 * In-memory `Store` for Node (Vitest, the bench). Single records are copied on the way in and
 * out, like IndexedDB's structured clone; `list` returns the stored objects themselves for speed,
 * so callers must treat them as read-only.
 */
import type {
  ChangeMessage,
  CollectionName,
  Store,
  StoredRecord,
  UpdateStep,
} from './types.ts';
import { COLLECTIONS } from './types.ts';

export class MemoryStore implements Store {
  private readonly data = new Map<CollectionName, Map<string, StoredRecord>>();
  private readonly listeners = new Set<(message: ChangeMessage) => void>();
  private revision = 0;

  constructor() {
    for (const c of COLLECTIONS) this.data.set(c, new Map());
  }

  get applicationsRevision(): number {
    return this.revision;
  }

  async get<T extends StoredRecord>(collection: CollectionName, id: string): Promise<T | undefined> {
    const value = this.col(collection).get(id);
    return value === undefined ? undefined : (structuredClone(value) as T);
  }

  async list<T extends StoredRecord>(collection: CollectionName): Promise<T[]> {
    return [...this.col(collection).values()] as T[];
  }

  async put<T extends StoredRecord>(collection: CollectionName, value: T): Promise<void> {
    this.col(collection).set(value.id, structuredClone(value));
    this.changed(collection, [value.id]);
  }

  async putMany<T extends StoredRecord>(collection: CollectionName, values: T[]): Promise<void> {
    const col = this.col(collection);
    for (const v of values) col.set(v.id, v);
    this.changed(collection, values.length > 200 ? [] : values.map((v) => v.id));
  }

  async delete(collection: CollectionName, id: string): Promise<void> {
    this.col(collection).delete(id);
    this.changed(collection, [id]);
  }

  async clear(collections: CollectionName[] = [...COLLECTIONS]): Promise<void> {
    for (const c of collections) this.col(c).clear();
    this.revision++;
    this.emit({ type: 'changed', resource: 'all', ids: [] });
  }

  async update<T extends StoredRecord, R>(
    collection: CollectionName,
    id: string,
    fn: (current: T | undefined) => UpdateStep<T, R>,
  ): Promise<R> {
    const col = this.col(collection);
    const current = col.get(id);
    const step = fn(current === undefined ? undefined : (structuredClone(current) as T));
    if (step.next !== undefined) {
      col.set(id, structuredClone(step.next));
      this.changed(collection, [id]);
    }
    for (const w of step.extra ?? []) {
      this.col(w.collection).set(w.value.id, structuredClone(w.value));
      this.changed(w.collection, [w.value.id]);
    }
    return step.result;
  }

  onChange(listener: (message: ChangeMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private col(collection: CollectionName): Map<string, StoredRecord> {
    const col = this.data.get(collection);
    if (!col) throw new Error(`unknown collection ${collection}`);
    return col;
  }

  private changed(collection: CollectionName, ids: string[]): void {
    if (collection === 'applications') this.revision++;
    this.emit({ type: 'changed', resource: collection, ids });
  }

  private emit(message: ChangeMessage): void {
    for (const l of this.listeners) l(message);
  }
}
