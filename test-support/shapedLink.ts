// A slow, lossy link in the proxy's path, the shape of a satellite link from the islands: one
// pipe per direction, shared by every connection, that sends at `bytesPerSecond` and delivers
// half a round trip later. Data goes in TCP-sized segments; a segment lost (`loss`, seeded)
// arrives only after a retransmission timeout and holds back what follows it on its
// connection, as TCP's in-order delivery does. A new connection first waits a round trip for
// its handshake. Not modelled: congestion windows (the link's bandwidth-delay product, about
// 5.6 KB at 64 kbit/s and 700 ms, is well inside any window) and the ACK stream.
import type { Random } from '../shared/random';

export interface LinkShape {
  /** Per direction, e.g. 8,000 for 64 kbit/s. */
  bytesPerSecond: number;
  roundTripMs: number;
  /** Share of segments lost and sent again, 0..1. */
  loss: number;
}

/** A satellite link as the Mentawai counters have it: 64 kbit/s, 700 ms, 2 % loss. */
export const satelliteLink: LinkShape = { bytesPerSecond: 8_000, roundTripMs: 700, loss: 0.02 };

const SEGMENT_BYTES = 1_460;
/** RFC 6298's lower bound on the retransmission timeout. */
const MIN_RETRANSMIT_MS = 1_000;

export interface LinkDirection {
  /** Sends `chunk` on the link; `deliver` runs when it arrives, in order per connection. */
  send(connection: object, chunk: Buffer, deliver: (chunk: Buffer) => void): void;
  /** Runs `then` once everything sent before on this connection has arrived. */
  after(connection: object, then: () => void): void;
}

const until = (time: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())));

/** `handshake`: a new connection's first data waits a round trip (the client's direction). */
export function linkDirection(
  shape: LinkShape,
  random: Random,
  { handshake }: { handshake: boolean },
): LinkDirection {
  const oneWayMs = shape.roundTripMs / 2;
  const retransmitMs = Math.max(MIN_RETRANSMIT_MS, 2 * shape.roundTripMs);
  /** When the pipe has sent everything given to it so far. */
  let freeAt = 0;
  /** Each connection's deliveries, one after another: nothing overtakes a late segment. */
  const queues = new WeakMap<object, Promise<void>>();

  const enqueue = (connection: object, work: () => Promise<void>) => {
    const first = handshake ? until(Date.now() + shape.roundTripMs) : Promise.resolve();
    const queue = (queues.get(connection) ?? first).then(work);
    queues.set(connection, queue);
  };

  return {
    send(connection, chunk, deliver) {
      const now = Date.now();
      for (let start = 0; start < chunk.length; start += SEGMENT_BYTES) {
        const segment = chunk.subarray(start, start + SEGMENT_BYTES);
        const sendMs = (segment.length / shape.bytesPerSecond) * 1_000;
        const lost = random() < shape.loss;
        // A lost segment takes the pipe twice: once lost, once sent again.
        freeAt = Math.max(freeAt, now) + (lost ? 2 * sendMs : sendMs);
        const due = freeAt + oneWayMs + (lost ? retransmitMs : 0);
        enqueue(connection, async () => {
          await until(due);
          deliver(segment);
        });
      }
    },
    after(connection, then) {
      enqueue(connection, async () => then());
    },
  };
}
