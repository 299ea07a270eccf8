import { z } from 'zod'

/**
 * One page of an RPDE 1.0 feed as a follower reads it: items with their id, state, kind and
 * modified (change number or timestamp), and `next`, the page to read after this one. Anything
 * else on the page is ignored; a page that is not this shape is refused as a whole.
 */
const item = z.object({
  id: z.union([z.string().min(1).max(200), z.number()]),
  state: z.enum(['updated', 'deleted']),
  kind: z.string().max(100),
  modified: z.union([z.number(), z.string().max(40)]),
  data: z.record(z.string(), z.unknown()).optional(),
})

const page = z.object({
  next: z.string().min(1).max(2000),
  items: z.array(item).max(5000),
  license: z.string().optional(),
})

export type RpdeItem = z.infer<typeof item>
export type RpdePage = z.infer<typeof page>

/** The page, or why it is not one (in Dutch: the editors read it on their dashboard). */
export const readRpdePage = (json: unknown): RpdePage | { problem: string } => {
  const parsed = page.safeParse(json)
  if (parsed.success) return parsed.data
  const first = parsed.error.issues[0]
  return {
    problem: `Geen RPDE-feedpagina: ${first ? `${first.path.join('.') || 'pagina'}: ${first.message}` : 'onbekende vorm'}.`,
  }
}
