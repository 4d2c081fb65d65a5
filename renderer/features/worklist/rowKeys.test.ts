import { describe, expect, it } from 'vitest';
import { isSearchShortcut, nextRow } from './rowKeys';

describe('nextRow', () => {
  it('moves within the rows and stops at the ends', () => {
    expect(nextRow(0, 'ArrowDown', 3)).toBe(1);
    expect(nextRow(2, 'ArrowDown', 3)).toBe(2);
    expect(nextRow(0, 'ArrowUp', 3)).toBe(0);
    expect(nextRow(1, 'Home', 3)).toBe(0);
    expect(nextRow(0, 'End', 3)).toBe(2);
    expect(nextRow(0, 'PageDown', 30, 10)).toBe(10);
    expect(nextRow(5, 'PageUp', 30, 10)).toBe(0);
  });

  it('ignores other keys and empty tables', () => {
    expect(nextRow(0, 'a', 3)).toBeUndefined();
    expect(nextRow(0, 'ArrowDown', 0)).toBeUndefined();
  });
});

describe('isSearchShortcut', () => {
  const press = (key: string, tagName = 'BODY', extra = {}) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    target: { tagName } as unknown as EventTarget,
    ...extra,
  });

  it('takes "/" outside form fields', () => {
    expect(isSearchShortcut(press('/'))).toBe(true);
    expect(isSearchShortcut(press('/', 'TR'))).toBe(true);
  });

  it('leaves "/" to fields being typed in, and to key combinations', () => {
    expect(isSearchShortcut(press('/', 'INPUT'))).toBe(false);
    expect(isSearchShortcut(press('/', 'TEXTAREA'))).toBe(false);
    expect(isSearchShortcut(press('/', 'BODY', { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(press('x'))).toBe(false);
  });
});
