// A TCP proxy on loopback that misbehaves on purpose, between a sync client and the server.
// Each connection draws its fate from a seeded generator: passed through, cut while the
// request goes up or while the answer comes down, delayed, truncated (a clean end too early),
// the request sent to the server twice (the client sees one answer), a 500 once the server
// has the request, or no answer at all (the client's timeout has to act). `heal()` makes it
// pass everything from then on.
import { connect, createServer, type Server, type Socket } from 'node:net';
import { seededRandom } from '../shared/random';
import { linkDirection, type LinkShape } from './shapedLink';

export type Fault =
  | 'pass'
  | 'cut-request'
  | 'cut-response'
  | 'delay'
  | 'truncate'
  | 'duplicate-request'
  | 'error-500'
  | 'stall';

export const faults: readonly Fault[] = [
  'pass',
  'cut-request',
  'cut-response',
  'delay',
  'truncate',
  'duplicate-request',
  'error-500',
  'stall',
];

export interface FaultProxy {
  port: number;
  /** How many connections met each fault. */
  counts: Map<Fault, number>;
  /** Bytes that went through, client to server and back, headers included. */
  bytes: { up: number; down: number };
  heal(): void;
  close(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const error500 =
  'HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/json\r\ncontent-length: 52\r\nconnection: close\r\n\r\n{"error":"internal","message":"Gangguan di proxy."}\n';

export async function startFaultProxy(options: {
  target: number;
  seed: number;
  /** Share of connections that meet a fault, 0..1. */
  faultRate: number;
  /** A slow, lossy link between client and server (see shapedLink.ts); none: loopback. */
  link?: LinkShape;
}): Promise<FaultProxy> {
  const random = seededRandom(options.seed);
  const lossRandom = seededRandom(options.seed + 1);
  const link = options.link
    ? {
        up: linkDirection(options.link, lossRandom, { handshake: true }),
        down: linkDirection(options.link, lossRandom, { handshake: false }),
      }
    : undefined;
  const counts = new Map<Fault, number>();
  const bytes = { up: 0, down: 0 };
  const open = new Set<Socket>();
  let healed = false;

  const pick = (): Fault => {
    if (healed || random() >= options.faultRate) return 'pass';
    return faults[1 + Math.floor(random() * (faults.length - 1))] ?? 'pass';
  };

  const track = (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
    return socket;
  };

  const server: Server = createServer((client) => {
    track(client);
    const fault = pick();
    counts.set(fault, (counts.get(fault) ?? 0) + 1);
    // Where in the stream a cut falls: somewhere in the first few kilobytes.
    const cutAfter = 1 + Math.floor(random() * 4_000);
    const delayMs = 20 + Math.floor(random() * 200);
    if (fault === 'stall') {
      client.on('data', () => undefined);
      return;
    }
    const upstream = track(connect(options.target, '127.0.0.1'));
    const twin =
      fault === 'duplicate-request' ? track(connect(options.target, '127.0.0.1')) : undefined;
    twin?.on('data', () => undefined);
    let up = 0;
    let down = 0;
    client.on('data', (chunk: Buffer) => {
      up += chunk.length;
      if (fault === 'cut-request' && up >= cutAfter) {
        upstream.write(chunk.subarray(0, Math.max(0, chunk.length - (up - cutAfter))));
        client.destroy();
        upstream.destroy();
        return;
      }
      bytes.up += chunk.length;
      const forward = (part: Buffer) => {
        upstream.write(part);
        twin?.write(part);
      };
      if (link) link.up.send(client, chunk, forward);
      else forward(chunk);
    });
    client.on('end', () => {
      if (link) link.up.after(client, () => upstream.end());
      else upstream.end();
    });
    // Answers go down in order; a delayed chunk holds back the ones after it.
    let downward = Promise.resolve();
    const send = (work: () => void, delay = 0) => {
      downward = downward.then(async () => {
        if (delay > 0) await pause(delay);
        if (!client.destroyed) work();
      });
    };
    upstream.on('data', (chunk: Buffer) => {
      if (fault === 'error-500') {
        // The server has the request (and may have applied it); the client hears a failure.
        client.end(error500);
        upstream.destroy();
        return;
      }
      down += chunk.length;
      if ((fault === 'cut-response' || fault === 'truncate') && down >= cutAfter) {
        const kept = chunk.subarray(0, Math.max(0, chunk.length - (down - cutAfter)));
        upstream.destroy();
        send(() => {
          if (fault === 'truncate') client.end(kept);
          else {
            client.write(kept);
            client.destroy();
          }
        });
        return;
      }
      send(
        () => {
          bytes.down += chunk.length;
          if (link) link.down.send(client, chunk, (part) => client.write(part));
          else client.write(chunk);
        },
        fault === 'delay' ? delayMs : 0,
      );
    });
    upstream.on('close', () =>
      send(() => {
        if (link) link.down.after(client, () => client.end());
        else client.end();
      }),
    );
    client.on('close', () => {
      upstream.destroy();
      twin?.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    counts,
    bytes,
    heal: () => {
      healed = true;
    },
    close: async () => {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
