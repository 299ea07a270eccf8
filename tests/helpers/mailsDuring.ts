import type { Payload } from 'payload'

interface SentMail {
  to?: unknown
  subject?: string
  text?: string
  attachments?: unknown
}

/** Every e-mail Payload sends while `run` runs (they still go to the configured adapter). */
export const mailsDuring = async (payload: Payload, run: () => Promise<unknown>) => {
  const mails: SentMail[] = []
  const original = payload.sendEmail.bind(payload)
  payload.sendEmail = async (message) => {
    mails.push({
      to: message.to,
      subject: message.subject,
      text: typeof message.text === 'string' ? message.text : '',
      attachments: message.attachments,
    })
    return original(message)
  }
  try {
    await run()
  } finally {
    payload.sendEmail = original
  }
  return mails
}
