import { SMTPServer } from 'smtp-server'

import { freePort } from './server'

export interface ReceivedMail {
  from: string
  to: string[]
  /** The raw message (headers and body) as it came over the wire. */
  raw: string
}

export interface SmtpPeer {
  /** smtp://127.0.0.1:PORT — the port stays the same across stop() and start(). */
  url: string
  received: ReceivedMail[]
  /** Resolves with the first message (already received or still to come) that matches. */
  waitFor: (match: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>
  start: () => Promise<void>
  stop: () => Promise<void>
}

/**
 * A real SMTP server on loopback (the `smtp-server` package), without TLS or authentication,
 * keeping what it receives. It can be stopped and started again on the same port, to play an
 * SMTP outage.
 */
export const smtpPeer = async (): Promise<SmtpPeer> => {
  const port = await freePort()
  const received: ReceivedMail[] = []
  const waiting: {
    match: (mail: ReceivedMail) => boolean
    resolve: (mail: ReceivedMail) => void
  }[] = []
  let server: SMTPServer | null = null

  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const mail = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          }
          received.push(mail)
          for (const w of waiting.filter((w) => w.match(mail))) {
            waiting.splice(waiting.indexOf(w), 1)
            w.resolve(mail)
          }
          callback()
        })
      },
    })

  const peer: SmtpPeer = {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor: (match, timeoutMs = 30_000) => {
      const already = received.find(match)
      if (already) return Promise.resolve(already)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`no matching e-mail within ${timeoutMs} ms (${received.length} received)`),
            ),
          timeoutMs,
        )
        waiting.push({ match, resolve: (mail) => (clearTimeout(timer), resolve(mail)) })
      })
    },
    start: () =>
      new Promise((resolve, reject) => {
        server = create()
        server.once('error', reject)
        server.listen(port, '127.0.0.1', () => resolve())
      }),
    stop: () =>
      new Promise((resolve) => {
        if (!server) return resolve()
        server.close(() => resolve())
        server = null
      }),
  }
  return peer
}

/** The Subject header of a raw message, unfolded and with its MIME encoded-words decoded. */
export const subjectOf = (raw: string): string => {
  const headers = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ')
  const line = headers.split(/\r?\n/).find((l) => /^subject:/i.test(l)) ?? ''
  return line
    .replace(/^subject:\s*/i, '')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeURIComponent(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1')),
    )
}

/** The body of a quoted-printable message part as plain text (soft line breaks joined). */
export const decodeQuotedPrintable = (raw: string): string =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
