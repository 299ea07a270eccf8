import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expect, test } from '@jest/globals'

/** The real entry point with bad settings: one message naming every bad variable, exit code 1. */
test('invalid configuration stops the server with exit code 1 and names each bad variable', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meedoen-config-'))
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATA_DIR: dir,
        PORT: 'abc',
        DATABASE_URL: 'postgres://x',
        LOG_LEVEL: 'loud',
      } as unknown as NodeJS.ProcessEnv,
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(run.status).toBe(1)
    const out = `${run.stdout}${run.stderr}`
    expect(out).toMatch(/Invalid configuration/)
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL']) expect(out).toContain(name)
    expect(out).not.toMatch(/listening on port/)
    expect(fs.existsSync(path.join(dir, 'meedoen.db'))).toBe(false)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
