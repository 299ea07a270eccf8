/** Lower case, accents removed, whitespace collapsed: "  Ménaldum " → "menaldum". */
export const fold = (input: string): string =>
  input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
