import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

/** The last messages the log adapter "sent", newest last; tests read them. */
export const loggedEmails: SendEmailOptions[] = []
const KEEP = 100

/**
 * SMTP through nodemailer when SMTP_URL is set; otherwise every e-mail is written to the log
 * (and kept in `loggedEmails`), so development and tests never need a mail server.
 */
export const createEmailAdapter =
  (args: { smtpURL?: string; from: string; fromName?: string }): EmailAdapter =>
  ({ payload }) => {
    const base = { defaultFromAddress: args.from, defaultFromName: args.fromName ?? 'Meedoen' }
    if (args.smtpURL) {
      const transport = nodemailer.createTransport(args.smtpURL)
      return {
        ...base,
        name: 'smtp',
        sendEmail: (message) => transport.sendMail({ from: `${base.defaultFromName} <${base.defaultFromAddress}>`, ...message }),
      }
    }
    return {
      ...base,
      name: 'log',
      sendEmail: async (message) => {
        loggedEmails.push(message)
        if (loggedEmails.length > KEEP) loggedEmails.shift()
        payload.logger.info({ msg: `e-mail (not sent, no SMTP_URL): "${message.subject}"`, to: message.to })
        return { logged: true }
      },
    }
  }
