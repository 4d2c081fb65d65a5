import { create } from 'zustand';
import type { OfficeProfile } from '../../../shared/office/profile';
import { signIn, type SignInResult } from '../../../shared/users/signIn';
import { actorOf, type UserRecord } from '../../../shared/users/user';
import type { Actor } from '../../../shared/workflow/types';
import { authLabels } from './labels';
import type { LocalData } from './localData';
import { isIdle, type SessionPersistence } from './sessionRecord';

/**
 * loading: reading the device; setup: no accounts yet (first start); signedOut: pick a
 * user; locked: a user is signed in but must type the PIN again; unlocked: at work;
 * failed: the device's data cannot be read.
 */
export type SessionStatus = 'loading' | 'setup' | 'signedOut' | 'locked' | 'unlocked' | 'failed';

export interface SessionState {
  status: SessionStatus;
  user: UserRecord | null;
  /** The user as the workflow engine sees them. */
  actor: Actor | null;
  deviceId: string | null;
  office: OfficeProfile | null;
  /** Why the device's data could not be read, when status is `failed`. */
  failure: string | null;
  /** Reads the device and resumes the session a reload interrupted. */
  boot(): Promise<void>;
  signIn(userId: string, pin: string): Promise<SignInResult>;
  /** The signed-in user types their PIN again on the lock screen. */
  unlock(pin: string): Promise<SignInResult>;
  /** Hides the work behind the lock screen; nothing on the screens is lost. */
  lock(): void;
  logout(): void;
  /** Someone used the keyboard or the mouse. */
  touch(): void;
  /** The last activity, in epoch milliseconds. */
  lastActiveAt(): number;
  /** The profile changed in the settings. */
  setOffice(office: OfficeProfile): void;
  /** An account changed in the settings; the signed-in one is refreshed. */
  setUser(user: UserRecord): void;
}

export interface SessionDeps {
  data: () => LocalData;
  persistence: SessionPersistence;
  now?: () => number;
}

/** How often activity is written through to the reload record, at most. */
const touchWriteMs = 5_000;

export function createSessionStore({ data, persistence, now = Date.now }: SessionDeps) {
  let lastActiveAt = now();
  let lastWrittenAt = 0;

  return create<SessionState>()((set, get) => {
    const remember = (userId: string, locked: boolean) => {
      lastWrittenAt = now();
      persistence.write({ userId, locked, lastActiveAt });
    };
    const enter = (user: UserRecord) => {
      lastActiveAt = now();
      set({ status: 'unlocked', user, actor: actorOf(user) });
      remember(user.id, false);
    };
    const signOut = () => {
      persistence.write(null);
      set({ status: 'signedOut', user: null, actor: null });
    };

    return {
      status: 'loading',
      user: null,
      actor: null,
      deviceId: null,
      office: null,
      failure: null,

      boot: async () => {
        if (get().status === 'failed') set({ status: 'loading', failure: null });
        try {
          const local = data();
          const [deviceId, users, office] = await Promise.all([
            local.deviceId(),
            local.users.list(),
            local.loadProfile(),
          ]);
          if (users.length === 0) {
            persistence.write(null);
            set({ status: 'setup', deviceId, office: null, user: null, actor: null });
            return;
          }
          if (!office) {
            set({ status: 'failed', deviceId, failure: authLabels.boot.profileMissing });
            return;
          }
          const record = persistence.read();
          const user = users.find((candidate) => candidate.id === record?.userId);
          if (!record || !user?.active) {
            persistence.write(null);
            set({ status: 'signedOut', deviceId, office, user: null, actor: null });
            return;
          }
          lastActiveAt = record.lastActiveAt;
          const locked = record.locked || isIdle(lastActiveAt, now(), office.idleLockMinutes);
          set({
            status: locked ? 'locked' : 'unlocked',
            deviceId,
            office,
            user,
            actor: actorOf(user),
          });
          remember(user.id, locked);
        } catch (error) {
          set({
            status: 'failed',
            failure: authLabels.boot.unreadable(
              error instanceof Error ? error.message : String(error),
            ),
          });
        }
      },

      signIn: async (userId, pin) => {
        const result = await signIn(data().users, userId, pin, () => new Date(now()));
        if (result.ok) enter(result.user);
        return result;
      },

      unlock: async (pin) => {
        const { user } = get();
        if (!user) return { ok: false, reason: 'unknown-user', message: authLabels.lock.noUser };
        const result = await signIn(data().users, user.id, pin, () => new Date(now()));
        if (result.ok) enter(result.user);
        else if (result.reason === 'inactive' || result.reason === 'unknown-user') signOut();
        return result;
      },

      lock: () => {
        const { status, user } = get();
        if (status !== 'unlocked' || !user) return;
        set({ status: 'locked' });
        remember(user.id, true);
      },

      logout: signOut,

      touch: () => {
        lastActiveAt = now();
        const { status, user } = get();
        if (status === 'unlocked' && user && lastActiveAt - lastWrittenAt >= touchWriteMs) {
          remember(user.id, false);
        }
      },

      lastActiveAt: () => lastActiveAt,

      setOffice: (office) => set({ office }),

      setUser: (user) => {
        if (get().user?.id !== user.id) return;
        if (!user.active) signOut();
        else set({ user, actor: actorOf(user) });
      },
    };
  });
}
