// Browser side of scan compression: draw on a canvas, re-encode as JPEG. Re-encoding also
// drops the photo's EXIF data (camera, time and often the GPS position of the citizen's home).
import { compressToTarget, CompressionError, type Size } from './compressionPlan';
import { ScanError } from './scanRef';

export interface CompressedImage {
  blob: Blob;
  size: Size;
  quality: number;
}

/** Compresses a decoded image (a file's bitmap or a camera frame) to at most 300 KB. */
export async function compressBitmap(source: ImageBitmap): Promise<CompressedImage> {
  const encode = async ({ width, height }: Size, quality: number) => {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new ScanError('unreadable');
    // Transparent PNGs would turn black in a JPEG: paper is white.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(source, 0, 0, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  };
  try {
    const result = await compressToTarget({ width: source.width, height: source.height }, encode);
    return { blob: result.output, size: result.size, quality: result.quality };
  } catch (error) {
    if (error instanceof CompressionError) throw new ScanError('tooDetailed');
    throw error;
  }
}

/** Decodes an image file, turned the way the camera held it. */
export async function decodeImage(file: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new ScanError('unreadable');
  }
}
