import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pullPagesOf, pullStreamReader, PullStreamError } from './pullStream';

const person = (id: string) => ({ kind: 'person', id, body: { id, name: `Nama ${id}` } });
const lines = (...values: unknown[]) =>
  values.map((value) => `${JSON.stringify(value)}\n`).join('');

const response = lines(
  person('a'),
  person('b'),
  { cursor: 'c1', more: true },
  { kind: 'case', id: 'k', body: { id: 'k', note: 'baris\nbaru dan "kutip"' } },
  { cursor: 'c2', more: false },
);

describe('pullStreamReader', () => {
  it('closes a page at each checkpoint', () => {
    expect(pullPagesOf(response)).toEqual([
      { changes: [person('a'), person('b')], cursor: 'c1', more: true },
      {
        changes: [{ kind: 'case', id: 'k', body: { id: 'k', note: 'baris\nbaru dan "kutip"' } }],
        cursor: 'c2',
        more: false,
      },
    ]);
  });

  it('gives the same pages however the text is cut into parts', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: response.length - 1 }), { maxLength: 12 }),
        (cuts) => {
          const reader = pullStreamReader();
          const bounds = [0, ...cuts.sort((a, b) => a - b), response.length];
          const pages = bounds
            .slice(1)
            .flatMap((end, index) => reader.read(response.slice(bounds[index], end)));
          expect(pages).toEqual(pullPagesOf(response));
          expect(reader.endedCleanly()).toBe(true);
        },
      ),
    );
  });

  it('keeps a page cut off before its checkpoint out, and says so', () => {
    const reader = pullStreamReader();
    const cut = response.indexOf('{"cursor":"c2"');
    expect(reader.read(response.slice(0, cut + 5))).toHaveLength(1);
    expect(reader.endedCleanly()).toBe(false);
    expect(() => pullPagesOf(response.slice(0, cut))).toThrow(/ends mid-page/);
  });

  it.each([
    ['not JSON', '{"kind":"person",\n', /line 1: not JSON/],
    ['an array', '[1]\n', /line 1: not an object/],
    [
      'an unknown kind',
      lines({ kind: 'secret', id: 'x', body: {} }),
      /unknown record kind "secret"/,
    ],
    ['a record without an id', lines({ kind: 'person', body: {} }), /needs an id/],
    ['a record without a body', lines({ kind: 'person', id: 'x', body: 'x' }), /object body/],
    ['a checkpoint without more', lines({ cursor: 'c' }), /boolean more/],
    ['an empty line', `${lines(person('a'))}\n`, /line 2: empty line/],
  ])('refuses %s, naming the line', (_what, text, message) => {
    expect(() => pullStreamReader().read(text)).toThrow(PullStreamError);
    expect(() => pullStreamReader().read(text)).toThrow(message);
  });
});
