/**
 * The storage contract of the mock backend. Two implementations share it: `MemoryStore` (Node
 * tests, the bench) and `IdbStore` (the browser; survives reloads and is shared by tabs).
 * Records are plain JSON objects with a string `id`; every write is announced on the change bus.
 */

/** Collections (IndexedDB object stores) of the backend. */
export type CollectionName =
  | 'applications'
  | 'staff'
  | 'sessions'
  | 'views'
  | 'notifications'
  | 'idempotency'
  | 'settings';

export const COLLECTIONS: readonly CollectionName[] = [
  'applications',
  'staff',
  'sessions',
  'views',
  'notifications',
  'idempotency',
  'settings',
];

/** Any stored record. */
export type StoredRecord = { id: string };

/** A write in the same atomic unit as an `update`. */
export type ExtraWrite = { collection: CollectionName; value: StoredRecord };

/**
 * What an `update` callback returns: `next` (undefined = leave the record as it is), a result
 * handed back to the caller, and other records to write in the same transaction.
 */
export type UpdateStep<T, R> = { next?: T; result: R; extra?: ExtraWrite[] };

/** A change announcement (also what the BroadcastChannel carries). */
export type ChangeMessage = { type: 'changed'; resource: CollectionName | 'all'; ids: string[] };

export interface Store {
  get<T extends StoredRecord>(collection: CollectionName, id: string): Promise<T | undefined>;
  /** Every record of a collection (applications come from the in-memory cache). */
  list<T extends StoredRecord>(collection: CollectionName): Promise<T[]>;
  put<T extends StoredRecord>(collection: CollectionName, value: T): Promise<void>;
  putMany<T extends StoredRecord>(collection: CollectionName, values: T[]): Promise<void>;
  delete(collection: CollectionName, id: string): Promise<void>;
  /** Empties the given collections (all when omitted). */
  clear(collections?: CollectionName[]): Promise<void>;
  /**
   * Atomic read-modify-write of one record: `fn` runs synchronously on the current value and
   * decides; nothing else can write that record in between (IndexedDB serialises readwrite
   * transactions, also across tabs).
   */
  update<T extends StoredRecord, R>(
    collection: CollectionName,
    id: string,
    fn: (current: T | undefined) => UpdateStep<T, R>,
  ): Promise<R>;
  /** A number that changes whenever any application changes (cache key for derived data). */
  readonly applicationsRevision: number;
  /** Called after every write (local or, in the browser, from another tab). */
  onChange(listener: (message: ChangeMessage) => void): () => void;
}
