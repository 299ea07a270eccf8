import { textBlocks } from '../../lib/plainText'

/** Editors' plain text as paragraphs and lists (see src/lib/plainText.ts). */
export const TextBlocks = ({ text, lang }: { text: string; lang?: string }) => (
  <div className="prose" lang={lang}>
    {textBlocks(text).map((block, i) =>
      block.kind === 'ul' ? (
        <ul key={i}>
          {block.items.map((item, j) => (
            <li key={j}>{item}</li>
          ))}
        </ul>
      ) : (
        <p key={i}>{block.text}</p>
      ),
    )}
  </div>
)
