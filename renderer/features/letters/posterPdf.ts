// The service standard as the office's printable poster (F4/A4, its letterhead), drawn up
// in the browser on first use (react-pdf) for the counter's wall.
import { todayIn } from '../../../shared/dates/localDate';
import { posterInputOf, posterStandar } from '../../../shared/letters/kinds/posterStandar';
import { renderLetterPdf } from '../../../shared/letters/render';
import type { OfficeProfile } from '../../../shared/office/profile';
import type { ServiceStandard } from '../../../shared/standards/schema';
import { registerBrowserLetterFonts } from './letterFonts';
import type { MadePdf } from './PdfButton';

export async function posterPdf(
  profile: OfficeProfile,
  standard: ServiceStandard,
  now: Date,
): Promise<MadePdf> {
  registerBrowserLetterFonts();
  const input = posterInputOf(profile, standard, todayIn(profile.timeZone, now));
  const bytes = new Uint8Array(await renderLetterPdf(posterStandar(input)));
  return { ok: true, pdf: new Blob([bytes], { type: 'application/pdf' }) };
}
