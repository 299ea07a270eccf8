/**
 * Editors' plain text as blocks a page can show: paragraphs split by an empty line, and a
 * block whose lines all start with "- " as a list. No markup is read, so nothing can be
 * injected; React escapes what it renders.
 */
export type TextBlock = { kind: 'p'; text: string } | { kind: 'ul'; items: string[] }

export const textBlocks = (text: string | null | undefined): TextBlock[] =>
  (text ?? '')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block): TextBlock => {
      const lines = block.split('\n').map((l) => l.trim())
      return lines.every((l) => /^[-•*]\s+/.test(l))
        ? { kind: 'ul', items: lines.map((l) => l.replace(/^[-•*]\s+/, '')) }
        : { kind: 'p', text: lines.join(' ') }
    })
