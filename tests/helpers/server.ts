import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * Builds the admin (Next) when it is missing or stale, so that `npm test` works on its own; a
 * failed build fails the test file's set-up.
 */
export const ensureAdminBuilt = (): void => {
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ensureBuild.ts'], {
    stdio: 'inherit',
  })
  if (build.status !== 0) throw new Error('next build failed')
}

export interface RunningServer {
  url: string
  /** Its data folder (the SQLite file is meedoen.db in it). */
  dir: string
  /** The server process's id (e.g. to read its memory from /proc). */
  pid: number
  output: () => string
  stop: () => Promise<void>
  /** kill -9: no shutdown at all, as when the machine loses power or the OOM killer strikes. */
  kill: () => Promise<void>
}

/**
 * Starts the real server (`src/server.ts`: Payload, express and the built Next admin) as a
 * child process on a free port with a fresh data folder. Next cannot start inside jest's VM,
 * hence the separate process. Needs `npm run build` to have run.
 */
/** A port nobody listens on right now (the OS picks it). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

export const startServer = async (
  extraEnv: Record<string, string> = {},
): Promise<RunningServer> => {
  // SERVER_URL must be the origin the browser uses: Payload accepts its login cookie on a
  // request with an Origin header (every fetch POST from the admin) only from that origin.
  const chosen = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-server-'))
  let log = ''
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: process.cwd(),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      NODE_OPTIONS: '--no-deprecation',
      PORT: String(chosen),
      HOST: '127.0.0.1',
      SERVER_URL: `http://127.0.0.1:${chosen}`,
      DATA_DIR: dir,
      MEDIA_DIR: path.join(dir, 'media'),
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in 60 s:\n${log}`)),
      60_000,
    )
    const poll = setInterval(() => {
      const match = /listening on port (\d+)/.exec(log)
      if (match) {
        clearInterval(poll)
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    }, 50)
    child.once('exit', (code) => {
      clearInterval(poll)
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${log}`))
    })
  })

  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    pid: child.pid!,
    output: () => log,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGKILL')
      await exited
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
        await exited
        clearTimeout(timer)
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
