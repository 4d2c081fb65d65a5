import { describe, expect, it } from 'vitest';
import { messages } from './messages';
import type { IssueCode, IssueParams } from './types';

// One sample per code: the type makes this list complete.
const samples: { [C in IssueCode]: IssueParams[C] } = {
  'nik.required': [],
  'nik.notDigits': [],
  'nik.length': [{ length: 15 }],
  'nik.birthDateInvalid': [{ digits: '310290' }],
  'nik.serialZero': [],
  'nik.sexMismatch': [{ nikSex: 'female' }],
  'nik.birthDateMismatch': [{ nikDate: '05-01-90' }],
  'nik.regionUnknown': [{ code: '11', level: 'province' }],
  'kk.required': [],
  'kk.notDigits': [],
  'kk.length': [{ length: 15 }],
  'kk.issueDateInvalid': [{ digits: '310209' }],
  'kk.issueDateFuture': [{ digits: '241126' }],
  'kk.serialZero': [],
  'kk.regionUnknown': [{ code: '11.01.01.2001', level: 'village' }],
  'bpjs.required': [],
  'bpjs.notDigits': [],
  'bpjs.length': [{ length: 12 }],
  'phone.required': [],
  'phone.invalidCharacters': [],
  'phone.invalid': [],
  'phone.notIndonesian': [],
  'phone.notPersonal': [],
};

function render<C extends IssueCode>(code: C): string {
  const message: (...params: IssueParams[C]) => string = messages[code];
  return message(...samples[code]);
}

describe('message catalogue', () => {
  const codes = Object.keys(samples).filter((code): code is IssueCode => code in messages);

  it('has a message for every code and no other', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(samples).sort());
  });

  it('renders every message as one finished Indonesian sentence or two', () => {
    for (const code of codes) {
      const text = render(code);
      expect(text, code).toMatch(/^[A-Z].*\.$/s);
      expect(text, code).not.toMatch(/undefined|NaN|\[object|\$\{/);
    }
  });

  it('names region levels in Indonesian', () => {
    expect(render('nik.regionUnknown')).toContain('11 (provinsi)');
    expect(render('kk.regionUnknown')).toContain('11.01.01.2001 (desa/kelurahan)');
  });
});
