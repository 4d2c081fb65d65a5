import { describe, expect, it } from 'vitest';
import { pinIterations } from './pin';
import { signIn } from './signIn';
import { createMemoryUserStore } from './store';
import { testUser } from './testUsers';

function fakeClock(start = '2026-03-02T01:00:00.000Z') {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('signIn', () => {
  it('signs in with the right PIN and upgrades an old, cheaper hash', async () => {
    const store = createMemoryUserStore([await testUser()]);
    const result = await signIn(store, 'user-1', '482915');
    expect(result).toMatchObject({ ok: true, user: { id: 'user-1' } });
    expect((await store.get('user-1'))?.pin.iterations).toBe(pinIterations);
  });

  it('counts wrong PINs, locks at the 5th with the Indonesian message, and refuses during the lock', async () => {
    const clock = fakeClock();
    const store = createMemoryUserStore([await testUser()]);
    const attempt = (pin: string) => signIn(store, 'user-1', pin, clock.now);

    await expect(attempt('000001')).resolves.toMatchObject({
      reason: 'wrong-pin',
      attemptsLeft: 4,
      message: 'PIN salah. Sisa 4 kali percobaan sebelum akun dikunci sementara.',
    });
    await attempt('000002');
    await attempt('000003');
    await expect(attempt('000004')).resolves.toMatchObject({
      attemptsLeft: 1,
      message: 'PIN salah. Satu kali lagi salah, akun dikunci sementara.',
    });
    await expect(attempt('000005')).resolves.toEqual({
      ok: false,
      reason: 'locked',
      lockedNow: true,
      until: new Date('2026-03-02T01:05:00.000Z'),
      message: 'PIN salah 5 kali. Akun dikunci selama 5 menit.',
    });

    clock.advance(90_000);
    await expect(attempt('482915')).resolves.toMatchObject({
      reason: 'locked',
      lockedNow: false,
      message: 'Akun dikunci sementara. Coba lagi dalam 3 menit 30 detik.',
    });
    expect((await store.get('user-1'))?.failedAttempts).toBe(5);

    clock.advance(210_000);
    await expect(attempt('482915')).resolves.toMatchObject({ ok: true });
    expect(await store.get('user-1')).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });

  it('refuses deactivated and unknown accounts', async () => {
    const store = createMemoryUserStore([await testUser({ active: false })]);
    await expect(signIn(store, 'user-1', '482915')).resolves.toMatchObject({
      reason: 'inactive',
      message: 'Akun ini sudah dinonaktifkan. Hubungi admin kantor.',
    });
    await expect(signIn(store, 'nobody', '482915')).resolves.toMatchObject({
      reason: 'unknown-user',
    });
  });
});
