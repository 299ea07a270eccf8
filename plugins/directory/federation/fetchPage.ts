/**
 * One page of another directory's feed, fetched so that a source that is down, slow, huge or
 * not JSON never holds the job up for long or fills the memory: at most `timeoutMs` for the
 * whole answer and `maxBytes` of body. The problem is said in Dutch, for the editors' dashboard.
 */
export const FETCH_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 }

export const fetchJson = async (
  url: string,
  limits = FETCH_LIMITS,
): Promise<{ json: unknown } | { problem: string }> => {
  const signal = AbortSignal.timeout(limits.timeoutMs)
  try {
    const res = await fetch(url, {
      signal,
      headers: { accept: 'application/json' },
      redirect: 'follow',
    })
    if (!res.ok) {
      await res.body?.cancel()
      return { problem: `De bron antwoordt met ${res.status} ${res.statusText}.` }
    }
    const declared = Number(res.headers.get('content-length') ?? 0)
    if (declared > limits.maxBytes) {
      await res.body?.cancel()
      return {
        problem: `De pagina is te groot (${Math.round(declared / 1024 / 1024)} MB; hoogstens ${limits.maxBytes / 1024 / 1024} MB).`,
      }
    }
    const chunks: Uint8Array[] = []
    let size = 0
    const reader = res.body!.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.length
      if (size > limits.maxBytes) {
        await reader.cancel()
        return { problem: `De pagina is te groot (meer dan ${limits.maxBytes / 1024 / 1024} MB).` }
      }
      chunks.push(value)
    }
    try {
      return { json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown }
    } catch {
      return { problem: 'De bron geeft geen geldige JSON.' }
    }
  } catch (error) {
    if (signal.aborted)
      return { problem: `De bron antwoordt niet binnen ${limits.timeoutMs / 1000} seconden.` }
    const cause = (error as { cause?: { code?: string } }).cause?.code
    return { problem: `De bron is niet bereikbaar${cause ? ` (${cause})` : ''}.` }
  }
}
