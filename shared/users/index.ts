export { checkKeepsAdmin } from './admins';
export { formatWait } from './duration';
export {
  defaultLockoutPolicy,
  lockStatus,
  recordFailure,
  recordSuccess,
  unlocked,
  type LockStatus,
  type LockoutPolicy,
  type LockoutState,
} from './lockout';
export { userMessages } from './messages';
export { checkNip, formatNip, type NipCheck } from './nip';
export {
  constantTimeEqual,
  hashPin,
  pinHashSchema,
  pinIterations,
  pinNeedsRehash,
  verifyPin,
  type PinHash,
} from './pin';
export { checkNewPin, checkPinRules, pinLength, type PinCheck } from './pinRules';
export { grades, rankLabel, rankNames, type Grade } from './ranks';
export { signIn, type SignInResult } from './signIn';
export { createMemoryUserStore, type UserStore } from './store';
export {
  actorOf,
  hasRole,
  userDetailsSchema,
  userRecordSchema,
  type UserDetails,
  type UserDetailsInput,
  type UserRecord,
} from './user';
