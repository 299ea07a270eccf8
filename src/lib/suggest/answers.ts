import { z } from 'zod'

import { HELP_FACETS, type HelpFacet, type ListingKind, PARTS_OF_DAY } from '../vocabulary'
import type { PartOfDay } from '../vocabulary'

/**
 * "Wat past bij mij?": the answers, carried from screen to screen in the page's address (no
 * JavaScript, nothing stored on the server). Every parameter is optional: a question skipped is
 * a question without an answer.
 */
export const WANTS = ['meet', 'help', 'learn', 'work'] as const
export type Want = (typeof WANTS)[number]

/** What each wish looks for (a kind of place); no wish: every kind. */
export const WANT_KINDS: Record<Want, readonly ListingKind[]> = {
  meet: ['activity', 'day_activity'],
  help: ['volunteer'],
  learn: ['activity', 'learn_work', 'internship'],
  work: ['work_experience', 'learn_work', 'participation', 'neighbourhood_job', 'paid_job'],
}

/** What would help: the search's facets, and two yes/no ones. */
export const HELPS = [...HELP_FACETS, 'walk_in', 'free'] as const
export type Help = (typeof HELPS)[number]

export const RADII = [2, 5, 10, 25] as const
const DEFAULT_RADIUS = 5

/** The questions, in order; the step after the last shows the suggestions. */
export const QUESTIONS = ['want', 'theme', 'when', 'where', 'help', 'age'] as const
export type Question = (typeof QUESTIONS)[number]
export const RESULTS_STEP = QUESTIONS.length + 1

export interface Answers {
  want: Want[]
  themes: string[]
  days: number[]
  parts: PartOfDay[]
  postcode?: string
  /** "Gebruik mijn locatie" instead of a postcode (a postcode wins when both are given). */
  location?: { lat: number; lon: number }
  radiusKm: number
  help: Help[]
  age?: number
}

/** Whether the answers say where (a postcode or the browser's location). */
export const hasPlace = (a: Answers): boolean => Boolean(a.postcode || a.location)

export const NO_ANSWERS: Answers = {
  want: [],
  themes: [],
  days: [],
  parts: [],
  radiusKm: DEFAULT_RADIUS,
  help: [],
}

const many = <T extends z.ZodTypeAny>(item: T) =>
  z
    .array(item)
    .max(20)
    .transform((v) => [...new Set(v)] as z.infer<T>[])

const schema = z.object({
  want: many(z.enum(WANTS)),
  theme: many(z.string().regex(/^[\w-]{1,64}$/)),
  day: many(z.coerce.number().int().min(1).max(7)),
  part: many(z.enum(PARTS_OF_DAY)),
  postcode: z.string().max(12).optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lon: z.coerce.number().min(-180).max(180).optional(),
  radius: z.coerce
    .number()
    .refine((n) => (RADII as readonly number[]).includes(n))
    .optional(),
  help: many(z.enum(HELPS)),
  age: z.coerce.number().int().min(0).max(120).optional(),
  step: z.coerce.number().int().min(1).max(RESULTS_STEP).optional(),
})

export type AnswerProblem = { question: Question; field: string }

/**
 * The page address → the answers and the step, or the problems (each with the question it
 * belongs to, so that screen is shown again). Empty values are no answer, as a plain form
 * sends them; values we do not know are a problem, never silently a different answer.
 */
export const readAnswers = (
  params: URLSearchParams,
  knowsPostcode: (postcode: string) => boolean,
):
  | { ok: true; answers: Answers; step: number }
  | { ok: false; answers: Answers; step: number; problems: AnswerProblem[] } => {
  const raw: Record<string, unknown> = {}
  for (const key of ['want', 'theme', 'day', 'part', 'help'])
    raw[key] = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .filter((v) => v.trim() !== '')
  for (const key of ['postcode', 'lat', 'lon', 'radius', 'age', 'step']) {
    const value = params.get(key)?.trim()
    if (value) raw[key] = value
  }
  // Field by field: a bad answer to one question keeps the answers to the others.
  const problems: AnswerProblem[] = []
  const data: Partial<z.infer<typeof schema>> = {}
  for (const [key, field] of Object.entries(schema.shape)) {
    if (raw[key] === undefined) continue
    const one = (field as z.ZodTypeAny).safeParse(raw[key])
    if (one.success) (data as Record<string, unknown>)[key] = one.data
    else problems.push({ field: key, question: questionOf(key) })
  }
  const postcode = data.postcode?.trim().toUpperCase()
  if (postcode && !knowsPostcode(postcode)) problems.push({ field: 'postcode', question: 'where' })
  const answers: Answers = {
    want: data.want ?? [],
    themes: data.theme ?? [],
    days: data.day ?? [],
    parts: data.part ?? [],
    ...(postcode ? { postcode } : {}),
    ...(!postcode && data.lat !== undefined && data.lon !== undefined
      ? { location: { lat: data.lat, lon: data.lon } }
      : {}),
    radiusKm: data.radius ?? DEFAULT_RADIUS,
    help: data.help ?? [],
    ...(data.age !== undefined ? { age: data.age } : {}),
  }
  const step = data.step ?? 1
  if (problems.length) {
    const first = Math.min(...problems.map((p) => QUESTIONS.indexOf(p.question) + 1))
    return { ok: false, answers, step: first, problems }
  }
  return { ok: true, answers, step }
}

const questionOf = (field: string): Question =>
  field === 'theme'
    ? 'theme'
    : field === 'day' || field === 'part'
      ? 'when'
      : field === 'postcode' || field === 'radius' || field === 'lat' || field === 'lon'
        ? 'where'
        : field === 'help'
          ? 'help'
          : field === 'age'
            ? 'age'
            : 'want'

/** The answers as page parameters (what the next screen's form carries along). */
export const answersToParams = (a: Answers): URLSearchParams => {
  const p = new URLSearchParams()
  for (const w of a.want) p.append('want', w)
  for (const t of a.themes) p.append('theme', t)
  for (const d of a.days) p.append('day', String(d))
  for (const part of a.parts) p.append('part', part)
  if (a.postcode) p.set('postcode', a.postcode)
  else if (a.location) {
    p.set('lat', a.location.lat.toFixed(5))
    p.set('lon', a.location.lon.toFixed(5))
  }
  if (hasPlace(a)) p.set('radius', String(a.radiusKm))
  for (const h of a.help) p.append('help', h)
  if (a.age !== undefined) p.set('age', String(a.age))
  return p
}

/** The search facets among the help answers. */
export const helpFacets = (help: readonly Help[]): HelpFacet[] =>
  help.filter((h): h is HelpFacet => (HELP_FACETS as readonly string[]).includes(h))
