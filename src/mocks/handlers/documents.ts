/**
 * Documents: metadata of attachments and a generated sample file to preview
 * (docs/api.md §Documents). Content is never stored; the file is made up from the metadata.
 */
import type { Application, DocumentMeta } from '../../domain/workflow/types.ts';
import { documentRequestSchema } from '../../api/schemas/applications.ts';
import { detailInputs, visibleApplication } from '../backend/act.ts';
import { buildDetail } from '../backend/detail.ts';
import { forbidden, HttpFailure, notFound } from '../backend/errors.ts';
import { variantOf } from '../backend/entries.ts';
import { route } from '../http.ts';

const MAY_ATTACH = new Set(['chancellery', 'director', 'department_head']);

export const documentHandlers = [
  route('post', '/api/applications/:id/documents', { body: documentRequestSchema }, async (c) => {
    const { b, me, now, body } = c;
    await visibleApplication(b, c.params.id, me);
    const inputs = await detailInputs(c);
    const result = await b.store.update<Application, { status: number; body: unknown } | HttpFailure>('applications', c.params.id, (cur) => {
      if (!cur) return { result: notFound() };
      const variant = variantOf(cur);
      if (!variant) return { result: notFound() };
      if (cur.assigneeId !== me.id && !MAY_ATTACH.has(me.role)) return { result: forbidden('forbidden_role') };
      const doc: DocumentMeta = {
        id: `${cur.id}-d${cur.documents.length + 1}-${now.getTime().toString(36)}`,
        name: body.name,
        kind: body.kind,
        mimeType: body.mimeType ?? 'application/pdf',
        size: body.size ?? 0,
        uploadedAt: now.toISOString(),
        uploadedBy: me.id,
        ...(cur.currentStepId ? { stepId: cur.currentStepId } : {}),
      };
      const next: Application = { ...cur, documents: [...cur.documents, doc], version: cur.version + 1 };
      const detail = buildDetail(next, variant, inputs);
      const idem = c.idempotencyWrite(201, detail);
      return { next, result: { status: 201, body: detail }, extra: idem ? [idem] : [] };
    });
    if (result instanceof HttpFailure) throw result;
    return result;
  }),

  route('get', '/api/applications/:id/documents/:docId/file', {}, async ({ b, me, params }) => {
    const { app } = await visibleApplication(b, params.id, me);
    const doc = app.documents.find((d) => d.id === params.docId);
    if (!doc) throw notFound();
    const text = [
      `${doc.name}`,
      '',
      `Рег. № / Тіркеу №: ${app.regNo}`,
      `Заявитель / Өтініш беруші: ${app.applicant.name}`,
      `Вид документа / Құжат түрі: ${doc.kind}`,
      `Загружен / Жүктелді: ${doc.uploadedAt}`,
      '',
      'Образец документа, сформированный демонстрационным сервером.',
      'Демонстрациялық сервер жасаған құжат үлгісі.',
    ].join('\n');
    return new Response(text, {
      status: 200,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(doc.name.replace(/\.pdf$/i, '.txt'))}`,
      },
    });
  }),
];
