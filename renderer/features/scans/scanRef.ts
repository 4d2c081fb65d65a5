/** What a draft or a checklist row keeps of a scan; the bytes stay in IndexedDB. */
export interface ScanRef {
  /** sha256 of the stored bytes. */
  id: string;
  mime: string;
  size: number;
  /** The file name it came from, or the camera. */
  name: string;
  width?: number;
  height?: number;
}

export type ScanProblem = 'unsupported' | 'unreadable' | 'pdfTooLarge' | 'tooDetailed';

export class ScanError extends Error {
  override name = 'ScanError';
  constructor(readonly problem: ScanProblem) {
    super(problem);
  }
}
