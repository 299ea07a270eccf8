import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

import { build, type Metafile, type OutputFile } from 'esbuild'

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const root = path.resolve(webDir, '../..')

/** The bundles pages refer to by name. */
export const ENTRY_POINTS = {
  css: 'styles/index.css',
  leafletCss: '../../node_modules/leaflet/dist/leaflet.css',
  location: 'islands/location.ts',
  liveSearch: 'islands/liveSearch.ts',
  map: 'islands/map.ts',
  leaflet: 'islands/leaflet.ts',
  readAloud: 'islands/readAloud.ts',
  print: 'islands/print.ts',
} as const
export type EntryName = keyof typeof ENTRY_POINTS

export interface Asset {
  body: Buffer
  type: string
  /** gzip size, for the page budgets. */
  gzipBytes: number
}

export interface AssetManifest {
  /** Entry name → URL path, e.g. css → /assets/index-3F2A1B.css */
  urls: Record<EntryName, string>
  /** URL path → file. */
  files: Map<string, Asset>
  /** URL path of a JS entry → the URL paths it imports statically (chunks shared by entries). */
  imports: Map<string, string[]>
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

/** The built files by URL path, each with its content type and gzip size. */
const filesOf = (outputFiles: OutputFile[]): Map<string, Asset> => {
  const files = new Map<string, Asset>()
  for (const file of outputFiles) {
    const body = Buffer.from(file.contents)
    const ext = path.extname(file.path)
    files.set(`/assets/${path.basename(file.path)}`, {
      body,
      type:
        TYPES[ext] ??
        (file.path.endsWith('.LEGAL.txt')
          ? 'text/plain; charset=utf-8'
          : 'application/octet-stream'),
      gzipBytes: gzipSync(body).length,
    })
  }
  return files
}

/** From esbuild's metafile: each entry's URL, and what each JS file imports statically. */
const entriesOf = (metafile: Metafile): Pick<AssetManifest, 'urls' | 'imports'> => {
  const urls = {} as Record<EntryName, string>
  const imports = new Map<string, string[]>()
  for (const [out, meta] of Object.entries(metafile.outputs)) {
    const url = `/assets/${path.basename(out)}`
    if (meta.entryPoint) {
      const name = (Object.keys(ENTRY_POINTS) as EntryName[]).find(
        (n) =>
          path.resolve(webDir, ENTRY_POINTS[n]) === path.resolve(webDir, meta.entryPoint as string),
      )
      if (name && (!url.endsWith('.js') || !urls[name])) urls[name] = url
    }
    if (url.endsWith('.js'))
      imports.set(
        url,
        meta.imports
          .filter((i) => i.kind === 'import-statement')
          .map((i) => `/assets/${path.basename(i.path)}`),
      )
  }
  // An entry point's CSS output has no entryPoint mark of its own when it is a .css entry: find it by name.
  for (const name of Object.keys(ENTRY_POINTS) as EntryName[]) {
    if (!urls[name]) throw new Error(`asset build: no output for ${name}`)
  }
  return { urls, imports }
}

/**
 * Bundles the stylesheet and the islands with esbuild, in memory, with content hashes in the
 * names (served as immutable). Islands are ES modules, one file each; Leaflet is a bundle of
 * its own that only the map loads, when it is opened.
 */
export const buildAssets = async (): Promise<AssetManifest> => {
  const result = await build({
    absWorkingDir: webDir,
    entryPoints: Object.fromEntries(
      Object.entries(ENTRY_POINTS).map(([name, file]) => [name, file]),
    ),
    bundle: true,
    // No code splitting: esbuild would put its runtime helpers in a chunk of their own as soon
    // as an island imports a module (islands/names), one more script on every results page.
    // Each island is one file; Leaflet is an entry of its own that the map imports when opened.
    splitting: false,
    format: 'esm',
    target: 'es2020',
    minify: true,
    write: false,
    metafile: true,
    outdir: path.join(webDir, 'out'),
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    assetNames: '[name]-[hash]',
    loader: { '.png': 'file', '.svg': 'file' },
    publicPath: '/assets',
    legalComments: 'linked',
    nodePaths: [path.join(root, 'node_modules')],
    logLevel: 'silent',
  })

  return { ...entriesOf(result.metafile), files: filesOf(result.outputFiles) }
}

let manifest: Promise<AssetManifest> | undefined

/** Built once per process. */
export const getAssets = (): Promise<AssetManifest> => {
  manifest ??= buildAssets().catch((error: unknown) => {
    manifest = undefined // the next page tries again
    throw error
  })
  return manifest
}

/** All JS a page loads before anything is clicked: the entries and the chunks they import. */
export const scriptClosure = (assets: AssetManifest, entries: EntryName[]): string[] => {
  const seen = new Set<string>()
  const visit = (url: string) => {
    if (seen.has(url)) return
    seen.add(url)
    for (const dep of assets.imports.get(url) ?? []) visit(dep)
  }
  for (const e of entries) visit(assets.urls[e])
  return [...seen]
}
