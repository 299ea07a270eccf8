/** One date style in the admin: "2 december 2026" / "2 December 2026". */
export const formatDay = (iso: unknown, language: string): string =>
  typeof iso === 'string' && iso
    ? new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'Europe/Amsterdam',
      }).format(new Date(iso))
    : ''

/** The same style with the time, as the admin's own dates: "2 december 2026 14:05". */
export const formatMoment = (iso: unknown, language: string): string =>
  typeof iso === 'string' && iso
    ? `${formatDay(iso, language)} ${new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date(iso))}`
    : ''
