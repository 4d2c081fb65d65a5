import type { Duration, DurationUnit, StepTarget } from './schema';

const unitWords: Record<DurationUnit, string> = {
  minutes: 'menit',
  hours: 'jam',
  days: 'hari',
  workingDays: 'hari kerja',
  months: 'bulan',
};

/** "45 menit", "5 hari kerja", "1 bulan". */
export function formatDuration(duration: Duration): string {
  return `${formatAmount(duration.amount)} ${unitWords[duration.unit]}`;
}

export function formatStepTarget(target: StepTarget): string {
  switch (target.kind) {
    case 'duration':
      return formatDuration(target);
    case 'monthlyCutoff':
      return 'pada tanggal batas kirim bulanan';
    case 'startOfNextMonth':
      return 'awal bulan berikutnya';
    case 'none':
      return 'tidak ditetapkan';
  }
}

/** Minutes of a minute- or hour-scale duration; undefined for day-scale units. */
export function toMinutes(duration: Duration): number | undefined {
  if (duration.unit === 'minutes') return duration.amount;
  if (duration.unit === 'hours') return duration.amount * 60;
  return undefined;
}

function formatAmount(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toLocaleString('id-ID');
}
