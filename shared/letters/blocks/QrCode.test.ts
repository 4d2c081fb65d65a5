import { describe, expect, it } from 'vitest';
import { darkRuns, qrPath } from './QrCode';

describe('the QR drawing', () => {
  const modules = [
    [true, true, false, true],
    [false, false, false, false],
    [true, false, true, true],
  ];

  it('merges the dark modules of a row into runs', () => {
    expect(darkRuns(modules)).toEqual([
      { x: 0, y: 0, width: 2 },
      { x: 3, y: 0, width: 1 },
      { x: 0, y: 2, width: 1 },
      { x: 2, y: 2, width: 2 },
    ]);
  });

  it('draws the runs as rectangles inside a four-module quiet zone', () => {
    expect(qrPath(modules)).toBe('M4 4h2v1h-2zM7 4h1v1h-1zM4 6h1v1h-1zM6 6h2v1h-2z');
  });
});
