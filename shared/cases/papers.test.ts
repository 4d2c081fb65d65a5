import { describe, expect, it } from 'vitest';
import type { ServiceStandard } from '../standards/schema';
import { seedStandard } from '../workflow/flows/fixtures';
import type { DocumentRecord } from './records';
import {
  documentId,
  isNewbornTrack,
  missingPapers,
  newbornWindowDays,
  paperOfType,
  paperRequirements,
} from './papers';

const solok = seedStandard('dinsos-solok', 'REK-BPJS-GRATIS');
const bulukumba2 = seedStandard('dinsos-bulukumba', 'REAKTIVASI-PBI', 2);
const doc = (requirementId: string, status: DocumentRecord['status']): DocumentRecord => ({
  id: documentId('c1', requirementId),
  caseId: 'c1',
  requirementId,
  status,
  blobIds: [],
  updatedAt: '2026-07-20T00:00:00.000Z',
});

describe('papers of a track', () => {
  it('lists the papers of the track only, never registry or condition requirements', () => {
    expect(paperRequirements(solok, 'bayiBaruLahir').map((r) => r.id)).toEqual([
      'fotokopiKk',
      'keteranganKelahiran',
    ]);
    expect(paperRequirements(solok, 'reaktivasi').map((r) => r.id)).toEqual(['fotokopiKk']);
    expect(paperRequirements(bulukumba2, 'utama').map((r) => r.id)).not.toContain('terdaftarDtsen');
    expect(paperOfType(bulukumba2, 'utama', 'keteranganFaskes')?.id).toBe('keteranganFaskes');
  });

  it('counts mandatory papers not present, skipping those whose condition does not hold', () => {
    const withCondition: ServiceStandard = {
      ...solok,
      requirements: solok.requirements.map((requirement) =>
        requirement.id === 'keteranganKelahiran'
          ? { ...requirement, appliesWhen: { fact: 'subject.isNewborn', equals: true } }
          : requirement,
      ),
    };
    const papers = paperRequirements(withCondition, 'bayiBaruLahir');
    const documents = [doc('fotokopiKk', 'present'), doc('keteranganKelahiran', 'returned')];
    expect(missingPapers(papers, documents, {}).map((r) => r.id)).toEqual(['keteranganKelahiran']);
    expect(missingPapers(papers, documents, { 'subject.isNewborn': false })).toEqual([]);
  });

  it('recognises a newborn track by its birth paper or a published newborn window', () => {
    expect(isNewbornTrack(solok, 'bayiBaruLahir')).toBe(true);
    expect(isNewbornTrack(solok, 'reaktivasi')).toBe(false);
    expect(isNewbornTrack(bulukumba2, 'utama')).toBe(false);
    const windowed: ServiceStandard = {
      ...bulukumba2,
      eligibility: { ...bulukumba2.eligibility, newbornWithinDays: 28 },
    };
    expect(newbornWindowDays(windowed, 'utama')).toBe(28);
    expect(isNewbornTrack(windowed, 'utama')).toBe(true);
  });
});
