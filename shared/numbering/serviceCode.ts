/** A service code in a letter number, e.g. `PBI` or `JKSS`: letters and digits only. */
export const serviceCodeShape = /^[\p{L}\p{N}]{1,20}$/u;

/** The same shape as a fragment, for reading numbers back. */
export const serviceCodePattern = '[\\p{L}\\p{N}]{1,20}';
