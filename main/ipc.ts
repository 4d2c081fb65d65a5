// One handler per platform method (shared/ipc.ts), each behind the same gate: the call must
// come from the app's own main frame and its arguments must match the method's schema
// (shared/ipcSchemas.ts) before the handler runs. A handler that throws answers with the
// error in Indonesian and is logged; nothing reaches the renderer as an unexplained failure.
import type { z } from 'zod';
import { parseWith } from '../shared/letters/verification/parseWith';
import {
  loketMethods,
  methodChannel,
  type IpcResult,
  type LoketMethod,
  type LoketMethods,
} from '../shared/ipc';
import { loketArgumentSchemas } from '../shared/ipcSchemas';
import { ipcMessages as m } from './ipcMessages';

/** The part of an `IpcMainInvokeEvent` the gate reads. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

/** The part of Electron's `ipcMain` the handlers are registered on. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
  removeHandler(channel: string): void;
}

export type LoketHandlers = {
  [K in LoketMethod]: (
    ...args: Parameters<LoketMethods[K]>
  ) => Promise<IpcResult<ReturnType<LoketMethods[K]>>>;
};

export interface HandlerOptions {
  /** Whether the call comes from the app's own main frame (main/security.ts `isAppFrame`). */
  isTrustedSender(event: InvokeEventLike): boolean;
  log(message: string, error?: unknown): void;
}

const refusal = (message: string) => ({ ok: false, message, retryable: false }) as const;

/** Registers every method's handler; the returned function removes them all again. */
export function registerHandlers(
  ipcMain: IpcMainLike,
  handlers: LoketHandlers,
  options: HandlerOptions,
): () => void {
  for (const method of loketMethods) {
    const schema = loketArgumentSchemas[method] as z.ZodType<unknown[]>;
    const handler = handlers[method] as (...args: unknown[]) => Promise<IpcResult<unknown>>;
    ipcMain.handle(methodChannel(method), async (event, ...args) => {
      if (!options.isTrustedSender(event)) {
        options.log(`ipc ${method}: refused a call from ${event.senderFrame?.url ?? 'no frame'}`);
        return refusal(m.untrustedFrame);
      }
      const parsed = parseWith(schema, args);
      if (!parsed.ok) {
        options.log(`ipc ${method}: invalid arguments: ${parsed.details}`);
        return refusal(m.invalidArguments(parsed.details));
      }
      try {
        return await handler(...parsed.value);
      } catch (error) {
        options.log(`ipc ${method}: handler failed`, error);
        return refusal(m.failed(error instanceof Error ? error.message : String(error)));
      }
    });
  }
  return () => {
    for (const method of loketMethods) ipcMain.removeHandler(methodChannel(method));
  };
}
