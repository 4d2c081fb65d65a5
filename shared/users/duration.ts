import { userMessages } from './messages';

/** "4 menit 5 detik", "5 menit", "30 detik": a wait in words, rounded up to the second. */
export function formatWait(ms: number): string {
  const totalSeconds = Math.max(1, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const words = userMessages.duration;
  if (minutes === 0) return words.seconds(seconds);
  if (seconds === 0) return words.minutes(minutes);
  return words.join(words.minutes(minutes), words.seconds(seconds));
}
