import { describe, expect, it } from 'vitest';
import { failureOf, SyncFailure } from './engine';
import { answerOf, errorOfSyncFailure, syncFailureOf } from './syncAnswer';
import { SyncHttpError } from './transport';

/** What main answers, cloned as IPC clones it, thrown again on the renderer's side. */
async function acrossIpc(thrown: unknown): Promise<Error> {
  const answer = structuredClone(await answerOf(() => Promise.reject(thrown)));
  if (answer.ok) throw new Error('the call went through');
  return errorOfSyncFailure(answer.failure);
}

describe('a sync call’s failure across IPC', () => {
  it('arrives as the server’s refusal, with its status, code and message', async () => {
    const error = await acrossIpc(new SyncHttpError(409, 'block-taken', 'Blok sudah dipegang.'));
    expect(error).toBeInstanceOf(SyncHttpError);
    expect(error).toMatchObject({
      status: 409,
      code: 'block-taken',
      message: 'Blok sudah dipegang.',
    });
    expect(failureOf(error)).toMatchObject({ kind: 'refused', code: 'block-taken' });
  });

  it('arrives as the link failing, with what Node said below fetch’s words', async () => {
    const refused = new TypeError('fetch failed', {
      cause: new Error('connect ECONNREFUSED 127.0.0.1:4000'),
    });
    const error = await acrossIpc(refused);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('fetch failed: connect ECONNREFUSED 127.0.0.1:4000');
    expect(failureOf(error)).toMatchObject({ kind: 'offline', retryable: true });

    const timedOut = await acrossIpc(new DOMException('The operation timed out.', 'TimeoutError'));
    expect(timedOut.name).toBe('TimeoutError');
    expect(failureOf(timedOut)).toMatchObject({ kind: 'offline' });
  });

  it('arrives as the device’s own failure, which the engine takes as it is', () => {
    const error = errorOfSyncFailure({
      kind: 'device',
      failure: 'auth',
      code: 'not-enrolled',
      message: 'Perangkat ini belum terdaftar.',
    });
    expect(error).toBeInstanceOf(SyncFailure);
    expect(failureOf(error)).toMatchObject({
      kind: 'auth',
      code: 'not-enrolled',
      retryable: false,
    });
  });

  it('throws anything else on, as a fault, instead of calling it the link', () => {
    const fault = new RangeError('a bug');
    expect(() => syncFailureOf(fault)).toThrow(fault);
  });
});
