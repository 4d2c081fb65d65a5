import { z } from 'zod';

/**
 * Ids are UUIDs (v7) made by the caller, so a replayed command names the same records; read in
 * lower case, as the counter makes them, so one id is never two spellings of one record.
 */
export const idSchema = z.uuid().transform((id) => id.toLowerCase());

/** A text a person types: trimmed, not blank. */
export const textSchema = (max: number) => z.string().trim().min(1).max(max);

/** The station the clerk saw when acting: a different current station means someone moved the case. */
export const stationIdSchema = z.string().min(1).max(120);

/** Every command after registration names its case. */
export const caseIdShape = { caseId: idSchema };

/** Scans are content-addressed by sha256 (lower-case hex). */
export const blobIdSchema = z.string().regex(/^[0-9a-f]{64}$/);
