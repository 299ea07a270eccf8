import { spawnSync } from 'node:child_process'

import { quickCheck } from '../../src/db/sqliteFile'
import { activityData } from '../helpers/accessFixtures'

/** What the fault tests do against a real server over HTTP, as an editor would. */
export interface Editor {
  token: string
  organisation: number
}

export const loginEditor = async (url: string): Promise<Editor> => {
  const res = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'redactie@meedoen.test', password: 'demo-redactie' }),
  })
  if (res.status !== 200) throw new Error(`login answered ${res.status}: ${await res.text()}`)
  const { token } = (await res.json()) as { token: string }
  const orgs = (await (
    await fetch(`${url}/api/organisations?limit=1&depth=0`, {
      headers: { authorization: `JWT ${token}` },
    })
  ).json()) as { docs: { id: number }[] }
  return { token, organisation: orgs.docs[0]!.id }
}

/** POST /api/activities; the status and, on 201, the new id. */
export const createActivity = async (
  url: string,
  editor: Editor,
  title: string,
  status: 'draft' | 'published' = 'draft',
): Promise<{ status: number; id?: number; body: string }> => {
  const res = await fetch(
    `${url}/api/activities?depth=0${status === 'draft' ? '&draft=true' : ''}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor.token}` },
      body: JSON.stringify(activityData(editor.organisation, title, status)),
    },
  )
  const body = await res.text()
  return {
    status: res.status,
    id: res.status === 201 ? (JSON.parse(body) as { doc: { id: number } }).doc.id : undefined,
    body,
  }
}

/** The ids of activities whose title starts with `prefix`, as the editor sees them (drafts too). */
export const activityIDs = async (
  url: string,
  editor: Editor,
  prefix: string,
): Promise<number[]> => {
  const query = `where[title][like]=${encodeURIComponent(prefix)}&limit=1000&depth=0&draft=true`
  const res = await fetch(`${url}/api/activities?${query}`, {
    headers: { authorization: `JWT ${editor.token}` },
  })
  const { docs } = (await res.json()) as { docs: { id: number; title: string }[] }
  return docs
    .filter((d) => d.title.startsWith(prefix))
    .map((d) => d.id)
    .sort((a, b) => a - b)
}

export const postForm = (url: string, path: string, body: Record<string, string>) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body),
  })

/** SQLite's full integrity check and our search index check, on a data folder. */
export const checkDataFolder = async (
  dataDir: string,
): Promise<{
  integrity: Awaited<ReturnType<typeof quickCheck>>
  searchCheck: { code: number | null; out: string }
}> => {
  const integrity = await quickCheck(`${dataDir}/meedoen.db`, 'integrity_check')
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/searchCheck.ts'], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      NODE_OPTIONS: '--no-deprecation',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
    },
  })
  return { integrity, searchCheck: { code: run.status, out: `${run.stdout}${run.stderr}` } }
}
