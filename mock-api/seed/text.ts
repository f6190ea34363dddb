/** Plain-ASCII forms of German text, for slugs and e-mail addresses. */
const SPECIAL_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ı: 'i', '&': ' und ' };

export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüßı&]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export function slugify(text: string): string {
  return asciiFold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
