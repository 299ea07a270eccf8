import type { Want } from '../../lib/suggest/answers'

/**
 * A picture beside each wish of "Wat past bij mij?" (decoration: the words carry the meaning,
 * so it is hidden from screen readers). Simple line drawings, 24 × 24, in the text's colour.
 */
const PATHS: Record<Want, string[]> = {
  // Two people side by side.
  meet: [
    'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
    'M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
    'M2 20c0-3.3 2.7-6 6-6s6 2.7 6 6',
    'M13.5 15.2A6 6 0 0 1 22 20',
  ],
  // A heart in an open hand.
  help: [
    'M12 11.5 9.6 9.2a1.9 1.9 0 0 1 2.4-2.9 1.9 1.9 0 0 1 2.4 2.9z',
    'M3 16h4l3 2h5a2 2 0 0 0 0-4h-3',
    'M7 14l2.5-1.5H13a2 2 0 0 1 2 2',
    'M15 17l4.5-2.5a1.6 1.6 0 0 1 1.5 2.8L15 21H3',
  ],
  // An open book.
  learn: ['M12 6c-2-1.5-5-2-9-2v14c4 0 7 .5 9 2 2-1.5 5-2 9-2V4c-4 0-7 .5-9 2z', 'M12 6v14'],
  // A briefcase.
  work: ['M3 8h18v11H3z', 'M9 8V5h6v3', 'M3 13h18'],
}

export const WantIcon = ({ want }: { want: Want }) => (
  <svg
    className="want-icon"
    viewBox="0 0 24 24"
    width="28"
    height="28"
    fill="none"
    stroke="currentColor"
    strokeWidth="1.6"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    {PATHS[want].map((d) => (
      <path key={d} d={d} />
    ))}
  </svg>
)
