import type { CaseFacts } from './conditions';
import { eligibilityMessages } from './eligibilityMessages';
import type { Eligibility, ServiceStandard } from './schema';

export type EligibilityCode =
  | 'registryNotChecked'
  | 'registryNotAccepted'
  | 'notListed'
  | 'decileTooHigh'
  | 'segmentNotCovered'
  | 'bpjsStatus'
  | 'nonActiveTooLong'
  | 'notNewborn';

export interface EligibilityFinding {
  code: EligibilityCode;
  /** `unknown` when the fact has not been recorded yet. */
  result: 'met' | 'notMet' | 'unknown';
  message: string;
}

/** The rules of a standard (and of the chosen track) applied to a case's facts. */
export function evaluateEligibility(
  standard: ServiceStandard,
  trackId: string,
  facts: CaseFacts,
): EligibilityFinding[] {
  const track = standard.tracks.find((candidate) => candidate.id === trackId);
  return [
    ...checkRules(standard.eligibility, facts),
    ...checkRules(track?.eligibility ?? {}, facts),
  ];
}

export function isEligible(findings: readonly EligibilityFinding[]): boolean | undefined {
  if (findings.some((finding) => finding.result === 'notMet')) return false;
  if (findings.some((finding) => finding.result === 'unknown')) return undefined;
  return true;
}

function checkRules(rules: Eligibility, facts: CaseFacts): EligibilityFinding[] {
  const findings: EligibilityFinding[] = [];
  const m = eligibilityMessages;
  if (rules.registry) {
    const { accepted, mustBeListed, maxDecile } = rules.registry;
    const name = facts['registry.name'];
    const listed = facts['registry.listed'];
    const registries = accepted.join('/');
    if (name === undefined || listed === undefined) {
      findings.push({
        code: 'registryNotChecked',
        result: 'unknown',
        message: m.registryNotChecked(registries),
      });
    } else if (!accepted.some((registry) => registry === name)) {
      findings.push({
        code: 'registryNotAccepted',
        result: 'notMet',
        message: m.registryNotAccepted(String(name), registries),
      });
    } else if (mustBeListed) {
      findings.push(
        listed === true
          ? { code: 'notListed', result: 'met', message: m.listed(String(name)) }
          : { code: 'notListed', result: 'notMet', message: m.notListed(String(name)) },
      );
    }
    if (maxDecile !== undefined && listed === true) {
      const decile = facts['registry.decile'];
      if (typeof decile !== 'number') {
        findings.push({
          code: 'decileTooHigh',
          result: 'unknown',
          message: m.decileUnknown(maxDecile),
        });
      } else {
        findings.push({
          code: 'decileTooHigh',
          result: decile <= maxDecile ? 'met' : 'notMet',
          message:
            decile <= maxDecile
              ? m.decileOk(decile, maxDecile)
              : m.decileTooHigh(decile, maxDecile),
        });
      }
    }
  }
  if (rules.bpjs) {
    const { segments, status, nonActiveLessThanMonths } = rules.bpjs;
    if (segments) {
      const segment = facts['bpjs.segment'];
      findings.push(
        segment === undefined
          ? {
              code: 'segmentNotCovered',
              result: 'unknown',
              message: m.segmentUnknown(segments.join(', ')),
            }
          : segments.some((s) => s === segment)
            ? { code: 'segmentNotCovered', result: 'met', message: m.segmentOk(String(segment)) }
            : {
                code: 'segmentNotCovered',
                result: 'notMet',
                message: m.segmentNotCovered(String(segment), segments.join(', ')),
              },
      );
    }
    if (status) {
      const actual = facts['bpjs.status'];
      findings.push(
        actual === undefined
          ? { code: 'bpjsStatus', result: 'unknown', message: m.statusUnknown }
          : actual === status
            ? { code: 'bpjsStatus', result: 'met', message: m.statusOk(status) }
            : { code: 'bpjsStatus', result: 'notMet', message: m.statusWrong(status) },
      );
    }
    if (nonActiveLessThanMonths !== undefined) {
      const months = facts['bpjs.nonActiveMonths'];
      findings.push(
        typeof months !== 'number'
          ? { code: 'nonActiveTooLong', result: 'unknown', message: m.nonActiveUnknown }
          : months < nonActiveLessThanMonths
            ? {
                code: 'nonActiveTooLong',
                result: 'met',
                message: m.nonActiveOk(months, nonActiveLessThanMonths),
              }
            : {
                code: 'nonActiveTooLong',
                result: 'notMet',
                message: m.nonActiveTooLong(months, nonActiveLessThanMonths),
              },
      );
    }
  }
  if (rules.newbornWithinDays !== undefined) {
    const newborn = facts['subject.isNewborn'];
    findings.push(
      newborn === undefined
        ? { code: 'notNewborn', result: 'unknown', message: m.newbornUnknown }
        : {
            code: 'notNewborn',
            result: newborn === true ? 'met' : 'notMet',
            message: newborn === true ? m.newbornOk : m.notNewborn,
          },
    );
  }
  return findings;
}
