import * as v from 'valibot';
import { fieldIssues } from './responses';

const schema = v.strictObject({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(5)),
  code: v.pipe(v.string(), v.minLength(3)),
  tags: v.pipe(v.array(v.string()), v.minLength(1), v.maxLength(2)),
  kind: v.picklist(['a', 'b']),
  at: v.pipe(v.string(), v.regex(/^\d{4}$/)),
  count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9)),
  note: v.optional(v.string()),
});
const valid = { name: 'ok', code: 'abc', tags: ['x'], kind: 'a', at: '2026', count: 3 };
const fields = (input: unknown) => {
  const r = v.safeParse(schema, input);
  return r.success ? [] : fieldIssues(r.issues);
};

describe('field codes of a refused request (422 invalid_payload)', () => {
  it('names each problem at its field with the API’s code', () => {
    expect(fields(valid)).toEqual([]);
    expect(fields({ ...valid, name: '' })).toEqual([{ path: 'name', code: 'required' }]);
    expect(fields({ ...valid, name: 'toolong' })).toEqual([{ path: 'name', code: 'too_long' }]);
    expect(fields({ ...valid, code: 'ab' })).toEqual([{ path: 'code', code: 'too_short' }]);
    expect(fields({ ...valid, tags: [] })).toEqual([{ path: 'tags', code: 'too_few' }]);
    expect(fields({ ...valid, tags: ['x', 'y', 'z'] })).toEqual([{ path: 'tags', code: 'too_many' }]);
    expect(fields({ ...valid, kind: 'c' })).toEqual([{ path: 'kind', code: 'invalid_value' }]);
    expect(fields({ ...valid, at: '20x6' })).toEqual([{ path: 'at', code: 'invalid_format' }]);
    expect(fields({ ...valid, count: 0 })).toEqual([{ path: 'count', code: 'too_small' }]);
    expect(fields({ ...valid, count: 10 })).toEqual([{ path: 'count', code: 'too_big' }]);
    expect(fields({ ...valid, count: '3' })).toEqual([{ path: 'count', code: 'invalid_type' }]);
    expect(fields({ ...valid, count: 1.5 })).toEqual([{ path: 'count', code: 'invalid' }]);
    expect(fields({ ...valid, tags: ['x', 7] })).toEqual([{ path: 'tags.1', code: 'invalid_type' }]);
  });

  it('says which field is missing, which one is unknown, and that a body that is no object is one', () => {
    const { kind: _kind, ...withoutKind } = valid;
    expect(fields(withoutKind)).toEqual([{ path: 'kind', code: 'required' }]);
    expect(fields({ ...valid, admin: true })).toEqual([{ path: 'admin', code: 'unknown_field' }]);
    expect(fields('text')).toEqual([{ path: '', code: 'invalid_type' }]);
  });
});
