import { APIError } from 'payload'

/** The languages our own messages come in. */
export type Language = 'nl' | 'en'

/** Anything that carries Payload's i18n: a PayloadRequest, or the `req` of a validate function. */
export type WithI18n = { i18n?: { language?: string } } | null | undefined

/**
 * One message in the request's language (Payload's `req.i18n`: the admin's choice, the
 * `payload-lng` cookie, or Accept-Language); Dutch unless English was asked for.
 */
export const inLanguage = (req: WithI18n, nl: string, en: string): string =>
  req?.i18n?.language === 'en' ? en : nl

/**
 * The preferred language of an Accept-Language header (the highest q, the first of equals):
 * English only when that is English, Dutch otherwise — also for no header or `*`.
 */
export const languageOfHeader = (accept: string | undefined): Language => {
  const ranked = (accept ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean)
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index }
    })
    .filter((l) => l.tag && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  return ranked[0]?.tag.split('-')[0] === 'en' ? 'en' : 'nl'
}

/**
 * For code that runs before Payload has made `req.i18n` (express middleware): decided as
 * Payload decides it — the admin's choice in the `payload-lng` cookie first (the config sets
 * no cookiePrefix), else Accept-Language.
 */
export const languageOfHeaders = (headers: {
  cookie?: string
  'accept-language'?: string
}): Language => {
  const chosen = /(?:^|;\s*)payload-lng=([^;]*)/.exec(headers.cookie ?? '')?.[1]?.trim()
  if (chosen === 'en' || chosen === 'nl') return chosen
  return languageOfHeader(headers['accept-language'])
}

/**
 * Refuses what was sent with `status` and one message in the request's language, shown to the
 * sender as it is (a public APIError): the data model's own refusals of a submission.
 */
export const refuse = (req: WithI18n, status: number, nl: string, en: string): never => {
  throw new APIError(inLanguage(req, nl, en), status, null, true)
}
