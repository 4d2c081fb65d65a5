import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertBlocksDisjoint, type NumberBlock } from './blocks';
import { addBlock, createDeviceNumberState, type DeviceNumberState } from './deviceState';
import { formatLetterNumber } from './formatLetterNumber';
import { numbersLeft } from './numbersLeft';
import { reserveBlock } from './reserveBlock';
import { numberingSettingsSchema } from './settings';
import { canDraftLetter, takeNumber } from './takeNumber';

/**
 * Several counters of one office, a server handing out blocks, and letters
 * numbered offline in any order and any year. Blocks reach a device only when
 * it syncs, sometimes twice (a retried pull).
 */

const officeId = 'kantor-a';
const devices = ['loket-1', 'loket-2', 'loket-3', 'loket-4'];
const years = [2026, 2027, 2028];

type Action =
  | { kind: 'reserve'; device: string; year: number; size: number }
  | { kind: 'sync'; device: string; twice: boolean }
  | { kind: 'take'; device: string; date: string };

const device = fc.constantFrom(...devices);

const letterDate = fc
  .record({
    year: fc.constantFrom(...years),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(
    ({ year, month, day }) =>
      `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('reserve'),
    device,
    year: fc.constantFrom(...years),
    size: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({ kind: fc.constant('sync'), device, twice: fc.boolean() }),
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('take'), device, date: letterDate }),
  },
);

const office = fc.oneof(
  fc.record({
    template: fc.constantFrom(
      '{code}/{seq}/{unit}/{year}',
      '{code}/{seq}/{unit}/{romanMonth}/{year}',
      '{year}.{month}-{seq}',
    ),
    seqPadding: fc.integer({ min: 1, max: 4 }),
    yearlyReset: fc.constant(true),
  }),
  fc.record({
    template: fc.constantFrom('{code}/{seq}/{unit}', '{code}/{seq}/{unit}/{romanMonth}/{year}'),
    seqPadding: fc.integer({ min: 1, max: 4 }),
    yearlyReset: fc.constant(false),
  }),
);

type Taken = {
  device: string;
  year: number;
  seq: number;
  number: string;
  held: readonly NumberBlock[];
};

type OfficeSettings = { template: string; seqPadding: number; yearlyReset: boolean };

const run = (officeSettings: OfficeSettings, actions: Action[]) => {
  const settings = numberingSettingsSchema.parse({ ...officeSettings, unit: 'Dinsos' });
  const options = { yearlyReset: settings.yearlyReset };
  const serverBlocks: NumberBlock[] = [];
  const pending = new Map<string, NumberBlock[]>(devices.map((id) => [id, []]));
  const states = new Map<string, DeviceNumberState>(
    devices.map((id) => [id, createDeviceNumberState(officeId, id)]),
  );
  const stateOf = (id: string): DeviceNumberState => states.get(id) ?? expect.unreachable();
  const taken: Taken[] = [];

  for (const step of actions) {
    if (step.kind === 'reserve') {
      const block = reserveBlock(
        serverBlocks,
        { officeId, year: step.year, deviceId: step.device, size: step.size },
        options,
      );
      serverBlocks.push(block);
      assertBlocksDisjoint(serverBlocks, options);
      pending.get(step.device)?.push(block);
    } else if (step.kind === 'sync') {
      const delivered = pending.get(step.device) ?? [];
      const deliveries = step.twice ? [...delivered, ...delivered] : delivered;
      states.set(step.device, deliveries.reduce(addBlock, stateOf(step.device)));
      pending.set(step.device, []);
    } else {
      const before = stateOf(step.device);
      const snapshot = structuredClone(before);
      const permission = canDraftLetter(before, step.date);
      const result = takeNumber(before, step.date);
      expect(before).toEqual(snapshot);
      if (!result.ok) {
        expect(result.error.code).toBe('numbers-exhausted');
        expect(permission.ok).toBe(false);
        expect(numbersLeft(before, Number(step.date.slice(0, 4)))).toBe(0);
        continue;
      }
      const { year, seq, state } = result.value;
      expect(permission).toMatchObject({ ok: true, value: { year, nextSeq: seq } });
      expect(numbersLeft(state, year)).toBe(numbersLeft(before, year) - 1);
      const number = formatLetterNumber(settings, { seq, date: step.date });
      if (!number.ok) throw new Error(number.error.message);
      taken.push({ device: step.device, year, seq, number: number.value, held: before.blocks });
      states.set(step.device, state);
    }
  }
  return { serverBlocks, taken, states };
};

const scenario = fc.tuple(office, fc.array(action, { maxLength: 150, size: 'max' }));

const forEveryScenario = (
  check: (outcome: ReturnType<typeof run>, settings: OfficeSettings) => void,
) =>
  fc.assert(
    fc.property(scenario, ([settings, actions]) => check(run(settings, actions), settings)),
  );

const takenBy = (taken: Taken[], id: string, year: number) =>
  taken.filter((entry) => entry.device === id && entry.year === year);

const eachDeviceAndYear = (check: (id: string, year: number) => void) =>
  devices.forEach((id) => years.forEach((year) => check(id, year)));

describe('offline letter numbering across devices and years', () => {
  it('never gives two letters of the office the same number', () => {
    forEveryScenario(({ taken }) => {
      const numbers = taken.map(({ number }) => number);
      expect(new Set(numbers).size).toBe(numbers.length);
    });
  });

  it('gives strictly increasing numbers per device within a year', () => {
    forEveryScenario(({ taken }) =>
      eachDeviceAndYear((id, year) => {
        const mine = takenBy(taken, id, year);
        mine.slice(1).forEach((entry, index) => {
          expect(entry.seq).toBeGreaterThan(mine[index]?.seq ?? 0);
        });
      }),
    );
  });

  it('takes every number from a block the server gave that device for that year', () => {
    forEveryScenario(({ serverBlocks, taken }) => {
      for (const entry of taken) {
        expect(
          serverBlocks.some(
            (block) =>
              block.deviceId === entry.device &&
              block.year === entry.year &&
              block.start <= entry.seq &&
              entry.seq <= block.end,
          ),
        ).toBe(true);
      }
    });
  });

  it('starts each year at the first block of that year, from 1 when the sequence resets', () => {
    forEveryScenario(({ serverBlocks, taken }, settings) => {
      eachDeviceAndYear((id, year) => {
        const first = takenBy(taken, id, year)[0];
        if (first === undefined) return;
        const starts = first.held.filter((block) => block.year === year).map(({ start }) => start);
        expect(first.seq).toBe(Math.min(...starts));
      });
      if (!settings.yearlyReset) return;
      for (const year of years) {
        expect(serverBlocks.find((block) => block.year === year)?.start ?? 1).toBe(1);
      }
    });
  });

  it('loses no number: what is left plus what was taken is what the device received', () => {
    forEveryScenario(({ taken, states }) =>
      eachDeviceAndYear((id, year) => {
        const final = states.get(id) ?? expect.unreachable();
        const received = final.blocks
          .filter((block) => block.year === year)
          .reduce((sum, block) => sum + block.end - block.start + 1, 0);
        expect(numbersLeft(final, year) + takenBy(taken, id, year).length).toBe(received);
      }),
    );
  });
});
