// The verification page as HTML: one self-contained page, inline CSS, no script, every value
// escaped. The route sends it with a CSP that forbids everything else.
import { formatLongDate } from '../../shared/dates/localDate';
import { serverMessages } from '../messages';
import type { LetterVerdict } from './verifyLetter';

const m = serverMessages.verify;

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside an element or a quoted attribute. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);

const style = `
  body { margin: 0; background: #f4f5f7; color: #1c1e21; font: 16px/1.5 system-ui, sans-serif; }
  main { max-width: 36rem; margin: 0 auto; padding: 1.5rem 1rem; }
  .title { margin: 0 0 1rem; color: #5a5f66; font-size: 1rem; font-weight: 600; }
  .verdict { padding: 1rem 1.25rem; border-left: 6px solid; border-radius: 6px; background: #fff; }
  .verdict h1 { margin: 0 0 .5rem; font-size: 1.5rem; }
  .genuine { border-color: #1a7f37; } .genuine h1 { color: #1a7f37; }
  .revoked { border-color: #b35900; } .revoked h1 { color: #b35900; }
  .altered { border-color: #c62828; } .altered h1 { color: #c62828; }
  .unknown { border-color: #5a5f66; }
  dl { margin: 1rem 0; padding: 1rem 1.25rem; border-radius: 6px; background: #fff; }
  dt { color: #5a5f66; font-size: .875rem; } dd { margin: 0 0 .75rem; font-weight: 600; }
  small { font-weight: normal; color: #5a5f66; }
  .note { color: #5a5f66; font-size: .875rem; }
`;

/** The page around a verdict: its headline and message, then the details (`<dt>`/`<dd>` pairs). */
function page(
  status: LetterVerdict['status'],
  headline: string,
  message: string,
  details: string[] = [],
): string {
  const list = details.length === 0 ? '' : `<dl>\n${details.join('\n')}\n</dl>\n`;
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(m.title)}</title>
<style>${style}</style>
</head>
<body>
<main>
<p class="title">${escapeHtml(m.title)}</p>
<section class="verdict ${status}">
<h1>${escapeHtml(headline)}</h1>
<p>${escapeHtml(message)}</p>
</section>
${list}<p class="note">${escapeHtml(m.notSignature)}</p>
</main>
</body>
</html>
`;
}

const field = (label: string, value: string, hint?: string) =>
  `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}` +
  `${hint === undefined ? '' : ` <small>(${escapeHtml(hint)})</small>`}</dd>`;

/** The answer to `GET /v1/verify/:code` for a person: the verdict and the letter it found. */
export function verifyPage(typed: string, verdict: LetterVerdict): string {
  const { letter } = verdict;
  const details =
    letter === undefined
      ? [field(m.typedCode, typed)]
      : [
          field(m.number, letter.number),
          field(m.office, letter.officeName),
          field(m.issuedOn, formatLongDate(letter.issuedOn)),
          // Empty when the case had no name on record.
          ...(letter.subjectName === ''
            ? []
            : [field(m.subject, letter.subjectName, m.subjectMasked)]),
        ];
  return page(verdict.status, m.headline[verdict.status], verdict.message, details);
}

/** The answer for a person who checked too often. */
export function rateLimitedPage(retryAfterSeconds: number): string {
  return page('unknown', m.rateLimitedHeadline, m.rateLimited(retryAfterSeconds));
}
