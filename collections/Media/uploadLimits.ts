import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import sharp from 'sharp'

import { isEditorUser } from '../access/roles'
import { inLanguage } from '../fields/inLanguage'

/**
 * At most this many pixels (all frames together) per image: a 16,000 × 16,000 PNG of 249 KB
 * decodes to about 1 GB. About 40 Mpx covers any camera photo.
 */
export const MAX_PIXELS = 40_000_000

const HOUR = 60 * 60 * 1000
/** Per person per hour; editors place images for many organisations. */
const PER_HOUR = { files: 30, bytes: 100 * 1024 * 1024 }
const EDITOR_PER_HOUR = { files: 300, bytes: 1024 * 1024 * 1024 }

const usage = new Map<string, { since: number; files: number; bytes: number }>()

const refuse = (status: number, message: string) => new APIError(message, status, null, true)

/** Reads the image's header only (no pixels decoded) and refuses what would cost too much to decode. */
const checkPixels = async (req: PayloadRequest, file: { data?: Buffer; tempFilePath?: string }) => {
  const input = file.tempFilePath || file.data
  if (!input || (Buffer.isBuffer(input) && !input.length)) return
  const meta = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined)
  // Not an image sharp can read: Payload's own type checks answer that.
  if (!meta?.width || !meta.height) return
  const frames = meta.pages ?? 1
  const frameHeight = meta.pageHeight ?? meta.height
  if (meta.width * frameHeight * frames > MAX_PIXELS) {
    const mpx = Math.round((meta.width * frameHeight * frames) / 1e6)
    throw refuse(
      413,
      inLanguage(
        req,
        `Deze afbeelding is te groot (${meta.width} × ${frameHeight} pixels, ${mpx} Mpx). Maak hem kleiner dan ${MAX_PIXELS / 1e6} Mpx, bijvoorbeeld 6000 × 4000.`,
        `This image is too large (${meta.width} × ${frameHeight} pixels, ${mpx} Mpx). Make it smaller than ${MAX_PIXELS / 1e6} Mpx, for example 6000 × 4000.`,
      ),
    )
  }
}

/** Counts one upload against its uploader's hourly allowance (in this process's memory). */
const countUpload = (req: PayloadRequest, bytes: number) => {
  if (!req.user) return
  const key = `${req.user.collection}:${req.user.id}`
  const limit = isEditorUser(req.user) ? EDITOR_PER_HOUR : PER_HOUR
  const now = Date.now()
  const current = usage.get(key)
  const used = current && now - current.since < HOUR ? current : { since: now, files: 0, bytes: 0 }
  if (used.files + 1 > limit.files || used.bytes + bytes > limit.bytes) {
    throw refuse(
      429,
      inLanguage(
        req,
        `Je hebt het afgelopen uur al ${used.files} afbeeldingen geüpload. Probeer het later nog eens.`,
        `You uploaded ${used.files} images in the last hour. Please try again later.`,
      ),
    )
  }
  usage.set(key, { since: used.since, files: used.files + 1, bytes: used.bytes + bytes })
}

/**
 * Before Payload touches an uploaded file (its pipeline decodes it with sharp several times:
 * the stored file, each size, a crop): refuse images with too many pixels, and uploads past
 * the person's hourly allowance. The server's own uploads (seed, scripts) are not counted.
 */
export const limitUploads: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  await checkPixels(req, file)
  if (req.payloadAPI !== 'local' || (args as { overrideAccess?: boolean }).overrideAccess === false)
    countUpload(req, file.size ?? file.data?.length ?? 0)
  return args
}
