// @jsxRuntime automatic
import { Path, Svg } from '@react-pdf/renderer';

/** Light modules kept around the symbol, as the QR specification asks. */
const quietZone = 4;

/** Dark runs of each row: a row of modules costs one rectangle per run, not per module. */
export function darkRuns(modules: readonly (readonly boolean[])[]) {
  const runs: { x: number; y: number; width: number }[] = [];
  modules.forEach((row, y) => {
    let start = -1;
    for (let x = 0; x <= row.length; x++) {
      const dark = row[x] === true;
      if (dark && start === -1) start = x;
      if (!dark && start !== -1) {
        runs.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  });
  return runs;
}

/** The runs as one SVG path of closed rectangles, in module units inside the quiet zone. */
export const qrPath = (modules: readonly (readonly boolean[])[]): string =>
  darkRuns(modules)
    .map(({ x, y, width }) => `M${x + quietZone} ${y + quietZone}h${width}v1h${-width}z`)
    .join('');

/**
 * A QR symbol drawn as vectors from its module matrix (true = dark). One path for the whole
 * symbol: as ~600 `<Rect>` nodes it cost react-pdf 50–100 ms of layout per letter.
 */
export function QrCode({
  modules,
  size,
}: {
  modules: readonly (readonly boolean[])[];
  size: number;
}) {
  const count = modules.length + quietZone * 2;
  return (
    <Svg width={size} height={size} viewBox={`0 0 ${count} ${count}`}>
      <Path d={qrPath(modules)} fill="#000000" />
    </Svg>
  );
}
