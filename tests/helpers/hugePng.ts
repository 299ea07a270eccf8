import { once } from 'node:events'
import zlib from 'node:zlib'

const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A valid RGB PNG of `width` × `height` black pixels, written by hand so the test never holds
 * the decoded image: rows are deflated in batches of 16 MB. 16,000 × 16,000 is under 1 MB as a
 * file and 768 MB decoded.
 */
export const hugePng = async (width: number, height: number): Promise<Buffer> => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8 bits, RGB, deflate, no filter method, no interlace
  const rowLength = 1 + width * 3 // filter byte 0, then black pixels
  const perBatch = Math.max(1, Math.floor((16 * 1024 * 1024) / rowLength))
  const zeros = Buffer.alloc(perBatch * rowLength)
  const deflate = zlib.createDeflate({ level: 9 })
  const out: Buffer[] = []
  deflate.on('data', (c: Buffer) => out.push(c))
  const ended = once(deflate, 'end')
  for (let left = height; left > 0; left -= perBatch) {
    if (!deflate.write(zeros.subarray(0, Math.min(perBatch, left) * rowLength)))
      await once(deflate, 'drain')
  }
  deflate.end()
  await ended
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', Buffer.concat(out)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
