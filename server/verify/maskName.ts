/**
 * A person's name as the public verification page shows it: each word keeps its first letter
 * and every other letter becomes `*` ("Siti Nurhaliza" → "S*** N********"), so whoever holds
 * the letter can recognise the name without the page spelling it out to anyone with the code.
 */
export function maskName(name: string): string {
  return name
    .normalize('NFC')
    .split(/\s+/u)
    .filter((word) => word !== '')
    .map((word) => {
      const [first = '', ...rest] = Array.from(word);
      return first + '*'.repeat(rest.length);
    })
    .join(' ');
}
