// A file or camera frame → compressed bytes in the draft store → the reference a draft keeps.
import { compressBitmap, decodeImage } from './compressImage';
import { SCAN_MAX_BYTES } from './compressionPlan';
import { draftScanDb, putDraftScan } from './draftScanStore';
import { ScanError, type ScanRef } from './scanRef';
import { sha256Hex } from './sha256';

const PDF = 'application/pdf';

/** Whether a file can be attached at all, by its type. */
export function acceptsFile(file: Blob): boolean {
  return file.type.startsWith('image/') || file.type === PDF;
}

async function store(draftKey: string, blob: Blob, ref: Omit<ScanRef, 'id' | 'size'>) {
  const id = await sha256Hex(blob);
  await putDraftScan(draftScanDb(), {
    draftKey,
    id,
    mime: ref.mime,
    size: blob.size,
    data: blob,
    createdAt: new Date().toISOString(),
  });
  return { ...ref, id, size: blob.size };
}

/** Images are re-encoded to ≤ 300 KB; a PDF is kept as it is when it is small enough. */
export async function addScanFile(draftKey: string, file: File): Promise<ScanRef> {
  if (file.type === PDF) {
    if (file.size > SCAN_MAX_BYTES) throw new ScanError('pdfTooLarge');
    return store(draftKey, file, { mime: PDF, name: file.name });
  }
  if (!acceptsFile(file)) throw new ScanError('unsupported');
  const bitmap = await decodeImage(file);
  try {
    return await addScanBitmap(draftKey, bitmap, file.name);
  } finally {
    bitmap.close();
  }
}

export async function addScanBitmap(
  draftKey: string,
  bitmap: ImageBitmap,
  name: string,
): Promise<ScanRef> {
  const image = await compressBitmap(bitmap);
  return store(draftKey, image.blob, { mime: 'image/jpeg', name, ...image.size });
}
