import { afterAll, beforeAll, expect, test } from '@jest/globals'
import sharp from 'sharp'

import { startWebServer, type WebServer } from '../../helpers/webServer'

/**
 * Photos an organisation uploads are shown on the public pages, in the stored webp sizes, with
 * their alt text and size (so nothing jumps), and named as `image` in the JSON-LD — at once
 * after the change (the public media list is forgotten when a document that shows images changes).
 */
let server: WebServer
let photo: { id: number; alt: string }
beforeAll(async () => {
  server = await startWebServer()
  const data = await sharp({
    create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 140, b: 90 } },
  })
    .png()
    .toBuffer()
  const media = await server.payload.create({
    collection: 'media',
    data: { alt: 'Twee mensen breien aan een tafel', credit: 'Bibliotheek Haren' },
    file: { data, mimetype: 'image/png', name: 'breien.png', size: data.length },
    overrideAccess: true,
  })
  photo = { id: media.id, alt: media.alt }
  const find = async (collection: 'activities' | 'openings' | 'venues', slug: string) =>
    (
      await server.payload.find({
        collection,
        where: { slug: { equals: slug } },
        overrideAccess: true,
        limit: 1,
      })
    ).docs[0]!.id
  for (const [collection, slug] of [
    ['activities', 'koffieochtend-in-de-dilgt'],
    ['openings', 'participatieplek-in-de-werkplaats'],
    ['venues', 'huis-van-de-wijk-de-dilgt'],
  ] as const) {
    await server.payload.update({
      collection,
      id: await find(collection, slug),
      data: { photos: [media.id] },
      overrideAccess: true,
      context: { geocode: false },
    })
  }
}, 120_000)
afterAll(async () => server?.stop())

const page = async (path: string) => (await fetch(`${server.url}${path}`)).text()
const imgTags = (body: string) =>
  [...body.matchAll(/<img [^>]*>/g)].map((m) => m[0]).filter((t) => t.includes('/media/'))

test.each([
  ['/activiteit/koffieochtend-in-de-dilgt', 'Event'],
  ['/plek/participatieplek-in-de-werkplaats', 'JobPosting'],
  ['/locatie/huis-van-de-wijk-de-dilgt', 'Place'],
])(
  '%s shows the photo in its stored sizes with alt text, and names it in the JSON-LD',
  async (path, type) => {
    const body = await page(path)
    const [img] = imgTags(body)
    expect(img).toBeDefined()
    expect(img).toContain(`alt="${photo.alt}"`)
    // The card size as src, every stored size in srcset, its own width and height.
    expect(img).toMatch(/src="[^"]*breien-640x400\.webp"/)
    expect(img).toMatch(
      /srcSet="[^"]*breien-320x240\.webp 320w, [^"]*breien-640x400\.webp 640w, [^"]*breien-1200x800\.webp 1200w"/,
    )
    expect(img).toContain('width="640"')
    expect(img).toContain('height="400"')
    expect(body).toContain('Foto: Bibliotheek Haren')
    const ld = [...body.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
      (m) => JSON.parse(m[1]!) as Record<string, unknown>,
    )
    const node = ld.find((x) => x['@type'] === type)!
    expect(node.image).toEqual([expect.stringMatching(/^http:\/\/.*breien-1200x800\.webp$/)])
  },
)

test('the first photo loads at once, any further ones only when scrolled to', async () => {
  const second = await server.payload.create({
    collection: 'media',
    data: { alt: 'De ingang van het buurthuis' },
    file: {
      data: await sharp({ create: { width: 700, height: 500, channels: 3, background: '#888' } })
        .png()
        .toBuffer(),
      mimetype: 'image/png',
      name: 'ingang.png',
      size: 1,
    },
    overrideAccess: true,
  })
  const venue = (
    await server.payload.find({
      collection: 'venues',
      where: { slug: { equals: 'huis-van-de-wijk-de-dilgt' } },
      overrideAccess: true,
    })
  ).docs[0]!
  await server.payload.update({
    collection: 'venues',
    id: venue.id,
    data: { photos: [photo.id, second.id] },
    overrideAccess: true,
    context: { geocode: false },
  })
  const [first, next] = imgTags(await page('/locatie/huis-van-de-wijk-de-dilgt'))
  expect(first).not.toContain('loading="lazy"')
  expect(next).toContain('loading="lazy"')
  expect(next).toContain('alt="De ingang van het buurthuis"')
})
