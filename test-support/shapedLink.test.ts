import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seededRandom } from '../shared/random';
import { linkDirection } from './shapedLink';

const shape = { bytesPerSecond: 8_000, roundTripMs: 700, loss: 0 };

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

/** When each delivered byte count was reached, in ms since the start. */
function recorder() {
  const arrived: { at: number; bytes: number }[] = [];
  let total = 0;
  return {
    arrived,
    deliver: (chunk: Buffer) => {
      total += chunk.length;
      arrived.push({ at: Date.now(), bytes: total });
    },
  };
}

describe('shaped link', () => {
  it('sends at the link’s rate and delivers half a round trip later, after the handshake', async () => {
    const up = linkDirection(shape, seededRandom(1), { handshake: true });
    const seen = recorder();
    up.send({}, Buffer.alloc(16_000), seen.deliver);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(seen.arrived.at(-1)?.bytes ?? 0).toBeLessThan(16_000);
    await vi.advanceTimersByTimeAsync(400);
    expect(seen.arrived.at(-1)).toEqual({ at: 2_350, bytes: 16_000 });
    expect(seen.arrived.every(({ at }) => at >= 700)).toBe(true);
  });

  it('shares the rate between connections and keeps each one in order', async () => {
    const down = linkDirection(shape, seededRandom(1), { handshake: false });
    const one = recorder();
    const two = recorder();
    down.send({}, Buffer.alloc(8_000), one.deliver);
    down.send({}, Buffer.alloc(8_000), two.deliver);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(one.arrived.at(-1)).toEqual({ at: 1_350, bytes: 8_000 });
    expect(two.arrived.at(-1)).toEqual({ at: 2_350, bytes: 8_000 });
  });

  it('holds back what follows a lost segment until it is sent again', async () => {
    const lossy = linkDirection({ ...shape, loss: 1 }, seededRandom(1), { handshake: false });
    const seen = recorder();
    const connection = {};
    lossy.send(connection, Buffer.alloc(1_460), seen.deliver);
    lossy.send(connection, Buffer.alloc(10), seen.deliver);
    let ended = -1;
    lossy.after(connection, () => (ended = Date.now()));
    await vi.advanceTimersByTimeAsync(5_000);
    // Sent twice (2 × 182.5 ms), half a round trip, then the 1,400 ms retransmission timeout.
    expect(seen.arrived[0]?.at).toBe(Math.round(365 + 350 + 1_400));
    expect(seen.arrived.map(({ bytes }) => bytes)).toEqual([1_460, 1_470]);
    expect(ended).toBe(seen.arrived[1]?.at);
  });
});
