import nodemailer from 'nodemailer'
import { APIError, type EmailAdapter, type SendEmailOptions } from 'payload'

const MAIL_UNAVAILABLE =
  'De e-mail kan nu niet worden verstuurd. Probeer het zo nog eens. / The e-mail cannot be sent right now. Please try again in a moment.'

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
        // An unreachable or refusing SMTP server is a 503 (try again later), not a 500: a
        // forgot-password request says so, and the e-mail jobs retry it later.
        sendEmail: async (message) => {
          try {
            return await transport.sendMail({
              from: `${base.defaultFromName} <${base.defaultFromAddress}>`,
              ...message,
            })
          } catch (error) {
            payload.logger.error({
              err: error,
              msg: `e-mail not sent: ${(error as Error).message}`,
            })
            throw new APIError(MAIL_UNAVAILABLE, 503)
          }
        },
      }
    }
    return {
      ...base,
      name: 'log',
      sendEmail: (message) => {
        loggedEmails.push(message)
        if (loggedEmails.length > KEEP) loggedEmails.shift()
        payload.logger.info({
          msg: `e-mail (not sent, no SMTP_URL): "${message.subject}"`,
          to: message.to,
        })
        return Promise.resolve({ logged: true })
      },
    }
  }
