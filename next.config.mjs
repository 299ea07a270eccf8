import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Next serves only Payload's admin and REST API; the public site is rendered by express. */
const nextConfig = {
  poweredByHeader: false,
  turbopack: { root: dirname },
  // The whole repo is type-checked by `npm run typecheck` (in CI); no second pass here.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
