import { describe, expect, it } from 'vitest';
import { catalog } from '../../../shared/commands/harness.test-helpers';
import {
  bulukumbaAtDraft,
  bulukumbaAtSignature,
  tanggamusCase,
} from '../../../shared/commands/scenarios.test-helpers';
import { profileOf } from '../../../shared/letters/fixtures.test-helpers';
import { letterModel } from './letterModel';

const office = profileOf('dinsos-bulukumba');

describe('letterModel', () => {
  it('offers the letter from the signature on, to the back office and the signer', () => {
    const { h, caseId } = bulukumbaAtSignature();
    const record = h.caseOf(caseId);
    expect(letterModel(record, ['bo'], catalog, office)).toEqual({
      kind: 'letter',
      blocked: null,
      signers: office.signers,
    });
    expect(letterModel(record, ['signer'], catalog, office)).toMatchObject({ blocked: null });
    expect(letterModel(record, ['fo'], catalog, office)).toMatchObject({
      blocked: 'Surat diterbitkan oleh petugas back office atau penandatangan.',
    });
  });

  it('says why not yet: before the paraf chain, or with no signer in the profile', () => {
    const { h, caseId } = bulukumbaAtDraft();
    const blocked = letterModel(h.caseOf(caseId), ['bo'], catalog, office);
    expect(blocked).toMatchObject({
      kind: 'letter',
      blocked: expect.stringMatching(/^Surat baru dapat diterbitkan pada tahap/),
    });
    const signed = bulukumbaAtSignature();
    const noSigners = letterModel(signed.h.caseOf(signed.caseId), ['bo'], catalog, {
      ...office,
      signers: [],
    });
    expect(noSigners).toMatchObject({
      signers: [],
      blocked: expect.stringMatching(/^Belum ada penandatangan/),
    });
  });

  it('has nothing to offer on a closed case', () => {
    const { h, caseId } = tanggamusCase();
    const fo = { userId: 'fo-ani', roles: ['fo' as const] };
    h.must('case.cancel', { caseId }, fo);
    expect(
      letterModel(h.caseOf(caseId), ['bo'], catalog, profileOf('dinsos-tanggamus')),
    ).toMatchObject({
      blocked: 'Kasus sudah selesai; surat tidak dapat diterbitkan lagi.',
    });
  });
});
