/** Text → safe HTML text: the five characters that can break out of text or an attribute, as character references. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
