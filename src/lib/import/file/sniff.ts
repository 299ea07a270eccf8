/** What the first bytes say a file is, whatever its name claims. */
export type FileKind = 'xlsx' | 'xls' | 'text' | 'other'

const starts = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b)

/** Bytes a text file does not hold (NUL and other control characters but tab, CR, LF, FF). */
const binary = (bytes: Uint8Array) => {
  const sample = bytes.subarray(0, 4096)
  let odd = 0
  for (const b of sample) if (b === 0 || (b < 32 && ![9, 10, 12, 13].includes(b))) odd++
  return odd > sample.length / 100
}

export const sniff = (bytes: Uint8Array): FileKind => {
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx'
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls'
  // UTF-16 text (Excel's "Unicode text") starts with its byte-order mark.
  if (starts(bytes, [0xff, 0xfe]) || starts(bytes, [0xfe, 0xff])) return 'text'
  return binary(bytes) ? 'other' : 'text'
}
