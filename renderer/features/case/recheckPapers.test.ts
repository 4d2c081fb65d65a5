import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../shared/cases/records';
import { paperRequirements } from '../../../shared/cases/papers';
import { seedStandard } from '../../../shared/workflow/flows/fixtures';
import type { ScanRef } from '../scans/scanRef';
import {
  attachScan,
  detachScan,
  markPaper,
  newScanIds,
  paperErrorField,
  recheckDocuments,
  recheckIssues,
  scanInUse,
  startRecheck,
} from './recheckPapers';

// Tanggamus: Fotokopi KK, Fotokopi KTP, Keterangan Sakit.
const papers = paperRequirements(seedStandard('dinsos-tanggamus', 'REK-PBPU-PEMDA'), 'utama');

const doc = (requirementId: string, status: DocumentRecord['status'], blobIds: string[] = []) => ({
  id: `k1:${requirementId}`,
  caseId: 'k1',
  requirementId,
  status,
  blobIds,
  updatedAt: '2026-11-23T01:00:00.000Z',
});

const scan = (id: string): ScanRef => ({ id, mime: 'image/jpeg', size: 1200, name: `${id}.jpg` });

describe('the re-check of papers', () => {
  const documents = [
    doc('fotokopiKk', 'present', ['kk-page']),
    doc('fotokopiKtp', 'returned'),
    doc('keteranganSakit', 'missing'),
  ];

  it('keeps what was found and asks again for the papers given back', () => {
    const recheck = startRecheck(papers, documents);
    expect(Object.values(recheck).map((paper) => paper.status)).toEqual(['present', '', 'missing']);
    expect(recheckIssues(papers, recheck)).toEqual([
      expect.objectContaining({ field: 'papers.fotokopiKtp', severity: 'error', missing: true }),
    ]);
  });

  it('sends every paper with the scans stored before and the new ones whose bytes are at hand', () => {
    let recheck = startRecheck(papers, documents);
    recheck = markPaper(recheck, 'fotokopiKtp', { status: 'present' });
    recheck = attachScan(recheck, 'fotokopiKtp', scan('ktp-new'));
    recheck = attachScan(recheck, 'fotokopiKk', scan('kk-back'));
    recheck = attachScan(recheck, 'fotokopiKk', scan('gone'));
    expect(newScanIds(recheck)).toEqual(['kk-back', 'gone', 'ktp-new']);
    expect(recheckDocuments(papers, documents, recheck, new Set(['ktp-new', 'kk-back']))).toEqual([
      { requirementId: 'fotokopiKk', status: 'present', blobIds: ['kk-page', 'kk-back'] },
      { requirementId: 'fotokopiKtp', status: 'present', blobIds: ['ktp-new'] },
      { requirementId: 'keteranganSakit', status: 'missing', blobIds: [] },
    ]);
  });

  it('attaches a scan once, and knows when a removed scan is still used by another paper', () => {
    let recheck = startRecheck(papers, []);
    recheck = attachScan(recheck, 'fotokopiKk', scan('page'));
    recheck = attachScan(recheck, 'fotokopiKk', scan('page'));
    recheck = attachScan(recheck, 'fotokopiKtp', scan('page'));
    expect(recheck.fotokopiKk?.scans).toHaveLength(1);
    recheck = detachScan(recheck, 'fotokopiKk', 'page');
    expect(scanInUse(recheck, 'page')).toBe(true);
    recheck = detachScan(recheck, 'fotokopiKtp', 'page');
    expect(scanInUse(recheck, 'page')).toBe(false);
  });

  it('shows a command error on a checklist entry at that paper’s row', () => {
    const place = paperErrorField(papers);
    expect(place('documents.1.requirementId')).toBe('papers.fotokopiKtp');
    expect(place('documents.9')).toBeUndefined();
    expect(place('caseId')).toBeUndefined();
  });
});
