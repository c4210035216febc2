/**
 * Browser `Store` on IndexedDB (database 'kz-licensing'): data survives reloads and is shared by
 * every tab. Applications are also kept in an in-memory cache (loaded once, written through) so
 * the list endpoint can filter and sort tens of thousands of rows without touching the disk.
 * After each write a `{ type: 'changed', resource, ids }` message goes out on
 * BroadcastChannel('kz-licensing'); other tabs refresh their cache from it and the UI invalidates.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type {
  ChangeMessage,
  CollectionName,
  Store,
  StoredRecord,
  UpdateStep,
} from './types.ts';
import { COLLECTIONS } from './types.ts';

export const DB_NAME = 'kz-licensing';
export const CHANNEL_NAME = 'kz-licensing';
const DB_VERSION = 1;

export class IdbStore implements Store {
  private apps = new Map<string, StoredRecord>();
  private readonly listeners = new Set<(message: ChangeMessage) => void>();
  private revision = 0;
  private readonly channel: BroadcastChannel | null;

  private constructor(private readonly db: IDBPDatabase) {
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
    this.channel?.addEventListener('message', (e: MessageEvent<ChangeMessage>) => {
      void this.onRemoteChange(e.data);
    });
  }

  /** Opens (creating on first use) the database and loads the applications cache. */
  static async open(name = DB_NAME): Promise<IdbStore> {
    const db = await openDB(name, DB_VERSION, {
      upgrade(database) {
        for (const c of COLLECTIONS) {
          if (!database.objectStoreNames.contains(c)) database.createObjectStore(c, { keyPath: 'id' });
        }
      },
    });
    const store = new IdbStore(db);
    await store.reloadApplications();
    return store;
  }

  get applicationsRevision(): number {
    return this.revision;
  }

  async get<T extends StoredRecord>(collection: CollectionName, id: string): Promise<T | undefined> {
    if (collection === 'applications') {
      const v = this.apps.get(id);
      return v === undefined ? undefined : (structuredClone(v) as T);
    }
    return (await this.db.get(collection, id)) as T | undefined;
  }

  async list<T extends StoredRecord>(collection: CollectionName): Promise<T[]> {
    if (collection === 'applications') return [...this.apps.values()] as T[];
    return (await this.db.getAll(collection)) as T[];
  }

  async put<T extends StoredRecord>(collection: CollectionName, value: T): Promise<void> {
    await this.db.put(collection, value);
    if (collection === 'applications') this.cacheApp(value);
    this.changed(collection, [value.id]);
  }

  async putMany<T extends StoredRecord>(collection: CollectionName, values: T[]): Promise<void> {
    const tx = this.db.transaction(collection, 'readwrite');
    for (const v of values) void tx.store.put(v);
    await tx.done;
    if (collection === 'applications') for (const v of values) this.cacheApp(v);
    this.changed(collection, values.length > 200 ? [] : values.map((v) => v.id));
  }

  async delete(collection: CollectionName, id: string): Promise<void> {
    await this.db.delete(collection, id);
    if (collection === 'applications') {
      this.apps.delete(id);
      this.revision++;
    }
    this.changed(collection, [id]);
  }

  async clear(collections: CollectionName[] = [...COLLECTIONS]): Promise<void> {
    const tx = this.db.transaction(collections, 'readwrite');
    for (const c of collections) void tx.objectStore(c).clear();
    await tx.done;
    if (collections.includes('applications')) {
      this.apps.clear();
      this.revision++;
    }
    this.emitLocal({ type: 'changed', resource: 'all', ids: [] });
    this.broadcast({ type: 'changed', resource: 'all', ids: [] });
  }

  async update<T extends StoredRecord, R>(
    collection: CollectionName,
    id: string,
    fn: (current: T | undefined) => UpdateStep<T, R>,
  ): Promise<R> {
    const stores = new Set<CollectionName>([collection]);
    // The extra writes are only known after `fn` runs, so open every store up front.
    for (const c of COLLECTIONS) stores.add(c);
    const tx = this.db.transaction([...stores], 'readwrite');
    const current = (await tx.objectStore(collection).get(id)) as T | undefined;
    const step = fn(current);
    if (step.next !== undefined) void tx.objectStore(collection).put(step.next);
    for (const w of step.extra ?? []) void tx.objectStore(w.collection).put(w.value);
    await tx.done;
    if (step.next !== undefined) {
      if (collection === 'applications') this.cacheApp(step.next);
      this.changed(collection, [id]);
    }
    for (const w of step.extra ?? []) {
      if (w.collection === 'applications') this.cacheApp(w.value);
      this.changed(w.collection, [w.value.id]);
    }
    return step.result;
  }

  onChange(listener: (message: ChangeMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private cacheApp(value: StoredRecord): void {
    this.apps.set(value.id, value);
    this.revision++;
  }

  private async reloadApplications(): Promise<void> {
    const all = (await this.db.getAll('applications')) as StoredRecord[];
    this.apps = new Map(all.map((a) => [a.id, a]));
    this.revision++;
  }

  /** Another tab wrote: refresh what the cache holds, then tell local listeners. */
  private async onRemoteChange(message: ChangeMessage): Promise<void> {
    if (!message || message.type !== 'changed') return;
    if (message.resource === 'applications' || message.resource === 'all') {
      if (message.resource === 'all' || message.ids.length === 0) {
        await this.reloadApplications();
      } else {
        for (const id of message.ids) {
          const v = (await this.db.get('applications', id)) as StoredRecord | undefined;
          if (v) this.apps.set(id, v);
          else this.apps.delete(id);
        }
        this.revision++;
      }
    }
    this.emitLocal(message);
  }

  private changed(collection: CollectionName, ids: string[]): void {
    const message: ChangeMessage = { type: 'changed', resource: collection, ids };
    this.emitLocal(message);
    this.broadcast(message);
  }

  private emitLocal(message: ChangeMessage): void {
    for (const l of this.listeners) l(message);
  }

  private broadcast(message: ChangeMessage): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // A closed channel (page unloading) must not fail the write that already happened.
    }
  }
}
