import fc from 'fast-check'

/** Ways to write one path that a server decoding it may still read as the same. */
export const spelling = (path: string) => {
  const [, api, ...rest] = path.split('/')
  const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(2, '0')
  // Mostly spellings a decoding server still reads as the same path, some it does not.
  const char = (c: string) =>
    fc.oneof(
      { arbitrary: fc.constant(c), weight: 6 },
      { arbitrary: fc.constant(`%${hex(c).toUpperCase()}`), weight: 3 },
      { arbitrary: fc.constant(`%${hex(c)}`), weight: 3 },
      { arbitrary: fc.constant(`%25${hex(c)}`), weight: 1 },
      { arbitrary: fc.constant(c.toUpperCase()), weight: 1 },
    )
  const segment = (s: string) => fc.tuple(...[...s].map(char)).map((cs) => cs.join(''))
  const slash = fc.oneof(
    { arbitrary: fc.constant('/'), weight: 8 },
    { arbitrary: fc.constantFrom('//', '/./', '/x/../'), weight: 1 },
  )
  const tail = fc.oneof(
    { arbitrary: fc.constant(''), weight: 6 },
    { arbitrary: fc.constantFrom('/', ';x=1', '/.', '?a=1'), weight: 1 },
  )
  return fc
    .tuple(fc.tuple(...rest.map((s) => fc.tuple(slash, segment(s)))), tail)
    .map(([parts, end]) => `/${api}${parts.map(([sl, s]) => sl + s).join('')}${end}`)
}
