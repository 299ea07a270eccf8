import type { SharpDependency } from 'payload'

import { MAX_PIXELS } from './uploadLimits'

/**
 * The sharp Payload is given, with a pixel limit on every input it opens (the stored file,
 * each image size, a crop): sharp's own default is 268 Mpx, about 1 GB decoded. Uploads are
 * checked from their header before this (limitUploads); this is the floor under any path that
 * reaches sharp otherwise.
 */
export const limitedSharp =
  (sharp: SharpDependency): SharpDependency =>
  (input, options) =>
    sharp(input, { ...options, limitInputPixels: MAX_PIXELS })
