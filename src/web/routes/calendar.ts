import type { Request, Response } from 'express'

/** `/activiteit/taalcafe.ics` → { slug: 'taalcafe', ics: true }: a page's calendar is its path plus `.ics`. */
export const slugOf = (req: Request): { slug: string; ics: boolean } => {
  const raw = String(req.params.slug ?? '')
  return raw.endsWith('.ics') ? { slug: raw.slice(0, -4), ics: true } : { slug: raw, ics: false }
}

/** An .ics download named after the page. */
export const sendCalendar = (res: Response, name: string, body: string, personal: boolean) =>
  res
    .type('text/calendar; charset=utf-8')
    .set(
      'Content-Disposition',
      `attachment; filename="${name.replace(/[^\w-]/g, '') || 'agenda'}.ics"`,
    )
    .set('Cache-Control', personal ? 'private, no-store' : 'public, max-age=300')
    .send(body)
