import type { AddressInfo } from 'node:net'

import type { Express } from 'express'

/** Serves an express app on a free loopback port; returns its base URL and a closer. */
export const listen = async (
  app: Express,
): Promise<{ url: string; close: () => Promise<void> }> => {
  const server = await new Promise<ReturnType<Express['listen']>>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
