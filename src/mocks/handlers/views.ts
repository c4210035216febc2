/** Saved views per user (docs/api.md §Views). */
import { createViewRequestSchema } from '../../api/schemas/views.ts';
import type { SavedView } from '../../api/schemas/views.ts';
import { HttpFailure, notFound } from '../backend/errors.ts';
import { route } from '../http.ts';

type ViewRecord = SavedView & { staffId: string };
const MAX_VIEWS = 50;

const publicView = ({ staffId: _s, ...v }: ViewRecord): SavedView => v;

export const viewHandlers = [
  route('get', '/api/views', {}, async ({ b, me }) => {
    const all = await b.store.list<ViewRecord>('views');
    const items = all.filter((v) => v.staffId === me.id).sort((a, x) => a.createdAt.localeCompare(x.createdAt)).map(publicView);
    return { body: { items } };
  }),

  route('post', '/api/views', { body: createViewRequestSchema }, async ({ b, me, now, body }) => {
    const mine = (await b.store.list<ViewRecord>('views')).filter((v) => v.staffId === me.id);
    if (mine.length >= MAX_VIEWS) throw new HttpFailure(422, 'invalid_payload', { fields: [{ path: '', code: 'too_many' }] });
    const filters: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(body.filters)) filters[k] = v;
    const rec: ViewRecord = {
      id: `v-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      staffId: me.id,
      name: body.name,
      tab: body.tab,
      filters,
      createdAt: now.toISOString(),
    };
    await b.store.put('views', rec);
    return { status: 201, body: publicView(rec) };
  }),

  route('delete', '/api/views/:id', {}, async ({ b, me, params }) => {
    const rec = await b.store.get<ViewRecord>('views', params.id);
    if (!rec || rec.staffId !== me.id) throw notFound();
    await b.store.delete('views', params.id);
    return { status: 204 };
  }),
];
