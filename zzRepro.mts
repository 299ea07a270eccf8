import fs from 'node:fs'
import { handleEndpoints } from 'payload'
import { startDemoPayload } from './tests/helpers/payload'
const t = await startDemoPayload()
const raw = JSON.parse(`"${fs.readFileSync('/tmp/fuzz2.txt', 'utf8').trim()}"`)
const { token } = await t.payload.login({ collection: 'users', data: { email: 'redactie@meedoen.test', password: 'demo-redactie' } })
const res = await handleEndpoints({ config: t.payload.config, request: new Request('http://localhost/api/venues/4', { method: 'PATCH', body: raw, headers: { 'content-type': 'application/json', authorization: `JWT ${token}` } }) })
console.log(res.status, (await res.text()).slice(0, 500))
await t.stop(); process.exit(0)
