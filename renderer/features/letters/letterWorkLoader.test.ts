import { describe, expect, it, vi } from 'vitest';
import { letterLabels } from './labels';
import { letterWorkLoader } from './letterWorkLoader';

describe('letterWorkLoader', () => {
  it('loads once and hands the same module to every later call', async () => {
    const module = { name: 'letterWork' };
    const load = vi.fn(() => Promise.resolve(module));
    const loadLetterWork = letterWorkLoader(load);

    const [first, second] = await Promise.all([loadLetterWork(), loadLetterWork()]);
    expect(await loadLetterWork()).toBe(module);
    expect(first).toBe(module);
    expect(second).toBe(module);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says in Indonesian that the letter work did not load and why, and tries again', async () => {
    const offline = new TypeError('Failed to fetch dynamically imported module: letterWork.js');
    const module = { name: 'letterWork' };
    const load = vi.fn<() => Promise<typeof module>>();
    load.mockRejectedValueOnce(offline).mockResolvedValueOnce(module);
    const loadLetterWork = letterWorkLoader(load);

    const failed = await loadLetterWork().catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(Error);
    expect((failed as Error).message).toBe(letterLabels.errors.notLoaded(offline.message));
    expect((failed as Error).message).toMatch(/^Bagian pembuat surat tidak dapat dimuat/);
    expect((failed as Error).cause).toBe(offline);

    expect(await loadLetterWork()).toBe(module);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
