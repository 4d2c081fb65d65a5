import { describe, expect, it } from 'vitest';
import { dbMessages } from './messages';
import { checkStorage } from './storage';

function fakeStorage(options: {
  persisted?: boolean;
  grants?: boolean;
  usage?: number;
  quota?: number;
  fails?: boolean;
}) {
  const calls: string[] = [];
  return {
    calls,
    api: {
      persisted: async () => {
        calls.push('persisted');
        if (options.fails) throw new Error('SecurityError');
        return options.persisted ?? false;
      },
      persist: async () => {
        calls.push('persist');
        return options.grants ?? false;
      },
      estimate: async () => ({ usage: options.usage, quota: options.quota }),
    },
  };
}

describe('checkStorage', () => {
  it('asks for persistence once and reports a healthy device without warnings', async () => {
    const { api, calls } = fakeStorage({ grants: true, usage: 50, quota: 1000 });
    expect(await checkStorage(api)).toEqual({
      persisted: true,
      usage: 50,
      quota: 1000,
      nearlyFull: false,
      warnings: [],
    });
    expect(calls).toEqual(['persisted', 'persist']);
  });

  it('does not ask again when storage is already persistent', async () => {
    const { api, calls } = fakeStorage({ persisted: true, usage: 0, quota: 1 });
    expect((await checkStorage(api)).persisted).toBe(true);
    expect(calls).toEqual(['persisted']);
  });

  it('warns above 90 % of the quota and when the browser refuses persistence', async () => {
    const { api } = fakeStorage({ grants: false, usage: 910, quota: 1000 });
    const status = await checkStorage(api);
    expect(status.nearlyFull).toBe(true);
    expect(status.warnings).toEqual([
      dbMessages.storageNearlyFull(0.91),
      dbMessages.storageNotPersisted,
    ]);
    expect(status.warnings[0]).toContain('91%');
  });

  it('does not call exactly 90 % nearly full', async () => {
    const { api } = fakeStorage({ grants: true, usage: 900, quota: 1000 });
    expect((await checkStorage(api)).nearlyFull).toBe(false);
  });

  it('turns a missing or failing storage API into a warning', async () => {
    const unavailable = [dbMessages.storageUnavailable];
    expect((await checkStorage(undefined)).warnings).toEqual(unavailable);
    expect((await checkStorage(fakeStorage({ fails: true }).api)).warnings).toEqual(unavailable);
  });
});
