import { describe, expect, it } from 'vitest';
import { verificationMessages as m } from './messages';

const claim = {
  officeId: 'dinsos-tanggamus',
  letterNumber: '400.9.11/0123/Dinsos/2026',
  issuedOn: '2026-11-23',
};

const withParameters = [
  m.genuine(claim),
  m.keyRevoked(claim, '2026-06-01'),
  m.keyUnknown('6HTGZ65X'),
  m.letterUnknown('7K3M-Q9PX-2D4A'),
  m.codeCharacters('U'),
  m.codeLength(11),
  m.claimInvalid('x'),
  m.officeMismatch('dinsos-solok', 'dinsos-tanggamus'),
  m.keyringInvalid('x'),
  m.officeKeyInvalid('x'),
  m.duplicateKeyId('6HTGZ65X'),
];
const plain = Object.values(m).filter((message) => typeof message === 'string');

describe('verification messages', () => {
  it('are all rendered here', () => {
    const functions = Object.values(m).filter((message) => typeof message === 'function');
    expect(functions).toHaveLength(withParameters.length);
  });

  it('never call the check an electronic signature', () => {
    for (const text of [...plain, ...withParameters]) {
      expect(text).not.toMatch(/elektronik|tanda tangan|\bTTE\b|signature/i);
    }
  });

  it('write dates the Indonesian way', () => {
    expect(m.genuine(claim)).toContain('tanggal 23 November 2026');
    expect(m.keyRevoked(claim, '2026-06-01')).toContain('dicabut pada 1 Juni 2026');
  });
});
