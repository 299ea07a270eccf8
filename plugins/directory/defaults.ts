import path from 'node:path'

import { z } from 'zod'

export const directoryOptionsSchema = z
  .object({
    enabled: z.boolean().default(true),
    mediaDir: z.string().min(1).default(() => path.resolve(process.cwd(), 'media')),
    maxLimit: z.number().int().min(1).max(1000).default(100),
  })
  .strict()
