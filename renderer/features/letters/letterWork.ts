// The heavy half of the letter panel (react-pdf, fonts, signing), loaded on first use so the
// worklist and intake do not carry it.
import type { LoketDb } from '../../db/database';
import type { ExecuteContext } from '../../db/executeCommand';
import type { OfficeProfile } from '../../../shared/office/profile';
import { preloadLetterFonts } from '../../../shared/letters/fonts';
import type { RegionTable } from '../../../shared/validate';
import { issueCaseLetter, previewCaseLetter, type IssueRequest } from './issueLetter';
import { registerBrowserLetterFonts } from './letterFonts';

export interface LetterWork {
  preview(request: IssueRequest): ReturnType<typeof previewCaseLetter>;
  issue(request: IssueRequest): ReturnType<typeof issueCaseLetter>;
}

export function letterWork(
  db: LoketDb,
  context: ExecuteContext,
  office: OfficeProfile,
  regions: RegionTable | undefined,
): LetterWork {
  registerBrowserLetterFonts();
  const environment = { office, ...(regions ? { regions } : {}) };
  return {
    preview: (request) => previewCaseLetter(db, request, context, environment),
    issue: (request) => issueCaseLetter(db, request, context, environment),
  };
}

/** Registers the fonts and reads the faces the letters use, so drawing needs no network. */
export async function loadLetterFonts(): Promise<void> {
  registerBrowserLetterFonts();
  await preloadLetterFonts();
}
