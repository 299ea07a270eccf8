import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Runs `next build` only when something Next bundles has changed since the last build, so
 * `npm start` is quick after the first time yet never serves a stale admin. `--force` always
 * builds.
 */
const root = process.cwd()
const INPUTS = [
  'collections',
  'plugins',
  'src',
  'payload.config.ts',
  'next.config.mjs',
  'tsconfig.json',
  'package-lock.json',
]
const SKIP = new Set(['node_modules', '.next', 'payload-types.ts'])
const stampFile = path.join(root, '.next', 'meedoen-build-hash')

const listFiles = (entry: string): string[] => {
  const full = path.join(root, entry)
  if (!fs.existsSync(full)) return []
  if (!fs.statSync(full).isDirectory()) return [entry]
  return fs
    .readdirSync(full)
    .filter((name) => !SKIP.has(name))
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)))
}

const inputsHash = (): string => {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap(listFiles)) {
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(root, file)))
      .update('\0')
  }
  return hash.digest('hex')
}

/**
 * One build at a time: test files that each make sure the admin is built may start together.
 * A second caller waits for the first (a lock folder), then finds the build up to date.
 */
const lockDir = path.join(root, '.next-build-lock')
const takeLock = (): void => {
  const deadline = Date.now() + 10 * 60 * 1000
  for (;;) {
    try {
      fs.mkdirSync(lockDir)
      return
    } catch {
      // A lock older than the longest build is left over from a killed process.
      const age =
        Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > 10 * 60 * 1000) fs.rmSync(lockDir, { recursive: true, force: true })
      if (Date.now() > deadline) throw new Error(`another admin build holds ${lockDir}`)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500)
    }
  }
}

takeLock()
process.on('exit', () => fs.rmSync(lockDir, { recursive: true, force: true }))

const current = inputsHash()
const previous = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : undefined
const force = process.argv.includes('--force')

if (!force && previous === current && fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.log('Admin build is up to date.')
} else {
  console.log('Building the admin (next build, about a minute the first time) …')
  const started = Date.now()
  const result = spawnSync('npx', ['next', 'build'], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (result.status !== 0) {
    console.error('next build failed')
    process.exit(result.status ?? 1)
  }
  fs.mkdirSync(path.dirname(stampFile), { recursive: true })
  fs.writeFileSync(stampFile, current)
  console.log(`Admin built in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
}
