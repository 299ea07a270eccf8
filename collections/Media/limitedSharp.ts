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
    // Payload's SharpDependency returns `sharp.Sharp`, a namespace sharp 0.35's ESM types no longer declare, so
    // that type does not resolve; the value is sharp's own instance, as Payload expects.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- the return type is unresolvable (see above), the value is not unsafe
    sharp(input, { ...options, limitInputPixels: MAX_PIXELS })
