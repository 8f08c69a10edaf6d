// Runs everywhere (pure). A long text cut to a recognisable start, for a spreadsheet cell or a one-line mention.

/** At most `max` characters: cut at a space near the end when there is one (English), between characters otherwise (Korean often). */
export function shortText(text: string, max: number): string {
  const chars = Array.from(text.trim().replace(/\s+/g, ' '));
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
