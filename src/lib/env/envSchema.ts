import { z } from 'zod'

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'must be true or false',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes')

/**
 * Every environment variable Meedoen reads. Empty strings count as "not set", so
 * `PORT=` in a .env file falls back to the default instead of failing as "not a number".
 */
export const envSchema = z
  .object({
    // Not NODE_ENV: Next forces that to "production" whenever it serves the built admin.
    APP_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce
      .number({ error: 'must be a whole number between 0 and 65535' })
      .int('must be a whole number between 0 and 65535')
      .min(0, 'must be a whole number between 0 and 65535')
      .max(65535, 'must be a whole number between 0 and 65535')
      .default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^(file:|mongodb:\/\/|mongodb\+srv:\/\/)/, {
        message: 'must start with file: (SQLite) or mongodb:// / mongodb+srv:// (MongoDB)',
      })
      .optional(),
    PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
    SERVER_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    MEDIA_DIR: z.string().min(1).default('./media'),
    SEED_DEMO_DATA: booleanString.optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    MAIL_FROM: z.email('must be an e-mail address').default('meedoen@localhost'),
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })
      .optional(),
    // Read by src/lib/geo/geocoder.ts; checked here so a typo stops the start.
    GEOCODER: z.enum(['pdok', 'off'], { error: 'must be pdok or off' }).optional(),
    // Read by src/lib/geo/geocoder.ts: PDOK Locatieserver's search URL (a proxy, or a stand-in in tests).
    GEOCODER_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    // The public map's base layer: a tile URL template with {z}, {x} and {y}.
    MAP_TILE_URL: z
      .string()
      .regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL template')
      .refine(
        (v) => ['{z}', '{x}', '{y}'].every((p) => v.includes(p)),
        'must contain {z}, {x} and {y}',
      )
      .default(
        'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png',
      ),
    MAP_ATTRIBUTION: z
      .string()
      .min(1)
      .max(300)
      .default('Kaartgegevens © Kadaster (PDOK, BRT Achtergrondkaart)'),
    TRUST_PROXY: z.coerce
      .number({ error: 'must be the number of proxies in front of the server (0, 1, 2 …)' })
      .int()
      .min(0)
      .default(0),
  })
  .superRefine((env, ctx) => {
    if (env.APP_ENV === 'production' && !env.PAYLOAD_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message: 'is required when APP_ENV=production (at least 32 characters)',
      })
    }
  })
