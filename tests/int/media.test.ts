import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { startPayload, type TestPayload } from '../helpers/payload'

let t: TestPayload

beforeAll(async () => {
  t = await startPayload()
})
afterAll(async () => {
  await t?.stop()
})

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 11, g: 94, b: 107 } } })
    .png()
    .toBuffer()

test('an upload is stored as webp with thumbnail, card and hero sizes', async () => {
  const data = await png(2000, 1200)
  const doc = await t.payload.create({
    collection: 'media',
    data: { alt: 'Koffie-ochtend in het buurthuis' },
    file: { data, mimetype: 'image/png', name: 'koffie.png', size: data.length },
  })
  expect(doc.mimeType).toBe('image/webp')
  expect(doc.filename).toMatch(/\.webp$/)
  const expected = { thumbnail: [320, 240], card: [640, 400], hero: [1600, 960] } as const
  for (const [name, [width, height]] of Object.entries(expected)) {
    const size = doc.sizes?.[name as keyof typeof expected]
    expect(size).toMatchObject({ mimeType: 'image/webp', width, height })
    const file = path.join(process.env.MEDIA_DIR!, size!.filename!)
    const meta = await sharp(fs.readFileSync(file)).metadata()
    expect(meta).toMatchObject({ format: 'webp', width, height })
  }
})

test('alt text is required: without it nothing is stored', async () => {
  const data = await png(400, 300)
  await expect(
    t.payload.create({
      collection: 'media',
      data: {} as never,
      file: { data, mimetype: 'image/png', name: 'zonder-alt.png', size: data.length },
    }),
  ).rejects.toMatchObject({
    status: 400,
    data: { errors: [expect.objectContaining({ path: 'alt' })] },
  })
  expect(
    (await t.payload.count({ collection: 'media', where: { filename: { like: 'zonder-alt' } } }))
      .totalDocs,
  ).toBe(0)
  expect(fs.readdirSync(process.env.MEDIA_DIR!).filter((f) => f.startsWith('zonder-alt'))).toEqual(
    [],
  )
})

test('files that are not images are refused', async () => {
  const data = Buffer.from('%PDF-1.4 not an image')
  await expect(
    t.payload.create({
      collection: 'media',
      data: { alt: 'pdf' },
      file: { data, mimetype: 'application/pdf', name: 'folder.pdf', size: data.length },
    }),
  ).rejects.toThrow()
})
