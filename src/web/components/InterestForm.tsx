import { usePage } from '../context'
import { Marker, marked } from '../islands/names'
import { href } from '../../lib/paths'
import type { FieldError } from '../forms/formInput'
import type { InterestValues } from '../forms/interestInput'
import { Choices, Consent } from './ChoiceFields'
import { EmailInput, ErrorSummary, Honeypot, PhoneInput, TextArea, TextInput } from './FormFields'

export interface InterestState {
  errors?: FieldError[]
  values?: Partial<InterestValues>
}

const FORM = 'interest'

interface FieldsProps {
  errors?: FieldError[]
  values: Partial<InterestValues>
}

/** The form's section: the jump link at the top of the page leads here. */
const SECTION_ID = 'interesse'
const titleOf = (
  kind: 'activity' | 'opening',
  t: ReturnType<typeof usePage>['t'],
  waitlist = false,
) =>
  waitlist
    ? t('interest.titleWaitlist')
    : kind === 'activity'
      ? t('interest.titleActivity')
      : t('interest.title')

/** Near the top of a listing page: the form sits below the facts, this takes a phone's reader straight to it. */
export const JumpToInterest = ({
  kind,
  waitlist = false,
}: {
  kind: 'activity' | 'opening'
  waitlist?: boolean
}) => {
  const { t } = usePage()
  return (
    <a
      className="utrecht-button utrecht-button--primary-action jump-to-form"
      href={`#${SECTION_ID}`}
    >
      {titleOf(kind, t, waitlist)}
    </a>
  )
}

/** Name, how to be reached (e-mail or phone), the address or number, and a message. */
const InterestFields = ({ errors, values: v }: FieldsProps) => {
  const { t } = usePage()
  return (
    <>
      <TextInput
        form={FORM}
        name="name"
        label={t('interest.name')}
        hint={t('interest.nameHint')}
        errors={errors}
        value={v.name}
        autoComplete="given-name"
        maxLength={100}
      />
      <Choices
        form={FORM}
        name="contactBy"
        type="radio"
        legend={t('interest.contactBy')}
        errors={errors}
        checked={[v.contactBy ?? 'email']}
        options={[
          { value: 'email', label: t('interest.byEmail') },
          { value: 'phone', label: t('interest.byPhone') },
        ]}
      />
      <EmailInput form={FORM} label={t('interest.email')} errors={errors} value={v.email} />
      <PhoneInput
        form={FORM}
        label={t('interest.phone')}
        hint={t('interest.phoneHint')}
        errors={errors}
        value={v.phone}
      />
      <TextArea
        form={FORM}
        name="message"
        label={t('interest.message')}
        hint={t('interest.messageHint')}
        errors={errors}
        value={v.message}
      />
    </>
  )
}

/** Consent to pass the details on to the organisation, after a short privacy notice. */
const InterestConsent = ({
  errors,
  values: v,
  organisation,
}: FieldsProps & { organisation: string }) => {
  const { t, site, contact, locale } = usePage()
  return (
    <Consent
      form={FORM}
      label={t('interest.consent', { organisation })}
      errors={errors}
      checked={Boolean(v.consent)}
    >
      <h3>{t('interest.privacyTitle')}</h3>
      <p>
        {t('interest.privacy', {
          organisation,
          site: site.name,
          channel: t('interest.channelAny'),
          days: contact.retentionDays,
        })}
      </p>
      <p>
        {t('interest.privacyRights')}{' '}
        <a href={`${href(locale, 'privacy')}#rechten`}>{t('privacyPage.more')}</a>
      </p>
    </Consent>
  )
}

/**
 * "Ik heb interesse" (openings) or "Aanmelden" (activities with sign-up): name, one way to be
 * reached, a message, and consent after a short privacy notice. A plain POST form; it works
 * without JavaScript, and comes back with every problem named and linked to its field.
 */
export const InterestForm = ({
  action,
  kind,
  organisation,
  open,
  waitlist = false,
  state = {},
}: {
  action: string
  kind: 'activity' | 'opening'
  organisation: string
  open: boolean
  /** Full, and the organisation keeps a waiting list: the form puts the resident on it. */
  waitlist?: boolean
  state?: InterestState
}) => {
  const { t } = usePage()
  const v = state.values ?? {}
  const title = titleOf(kind, t, waitlist)
  const intro = waitlist
    ? 'interest.introWaitlist'
    : kind === 'activity'
      ? 'interest.introActivity'
      : 'interest.intro'
  return (
    <section
      className="panel"
      id={SECTION_ID}
      aria-labelledby="interesse-title"
      {...marked(Marker.readAloudSkip)}
    >
      <h2 id="interesse-title">{title}</h2>
      {!open && !waitlist ? (
        <p>{t('interest.closed')}</p>
      ) : (
        <form method="post" action={`${action}#interesse`} noValidate>
          <p>{t(intro, { organisation })}</p>
          <ErrorSummary form={FORM} title={t('interest.errorTitle')} errors={state.errors} />
          <InterestFields errors={state.errors} values={v} />
          <InterestConsent errors={state.errors} values={v} organisation={organisation} />
          <Honeypot form={FORM} />
          <button className="utrecht-button utrecht-button--primary-action" type="submit">
            {waitlist ? t('interest.submitWaitlist') : t('interest.submit')}
          </button>
        </form>
      )}
    </section>
  )
}
