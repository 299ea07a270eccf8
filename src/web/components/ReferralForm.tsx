import { usePage } from '../context'
import type { FieldError } from '../forms/formInput'
import type { ReferralValues } from '../forms/referralInput'
import { href, REFER_SEGMENT } from '../../lib/paths'
import { LADDER_RUNGS } from '../../lib/vocabulary'
import type { Organisation } from '../../payload-types'
import { pick } from '../i18n'
import { Choices, Consent } from './ChoiceFields'
import { EmailInput, ErrorSummary, PhoneInput, TextArea, TextInput } from './FormFields'

export interface ReferralState {
  errors?: FieldError[]
  values?: Partial<ReferralValues>
}

const FORM = 'referral'

interface FieldsProps {
  errors?: FieldError[]
  values: Partial<ReferralValues>
}

/** The client: first name or initials and one way to be reached. */
const ClientContactFields = ({ errors, values: v }: FieldsProps) => {
  const { t } = usePage()
  return (
    <>
      <TextInput
        form={FORM}
        name="clientName"
        label={t('referral.clientName')}
        hint={t('referral.clientNameHint')}
        errors={errors}
        value={v.clientName}
        autoComplete="off"
        maxLength={40}
      />
      <Choices
        form={FORM}
        name="contactBy"
        type="radio"
        legend={t('referral.contactBy')}
        errors={errors}
        checked={[v.contactBy ?? 'phone']}
        options={[
          { value: 'phone', label: t('referral.byPhone') },
          { value: 'email', label: t('referral.byEmail') },
        ]}
      />
      <PhoneInput
        form={FORM}
        label={t('referral.phone')}
        hint={t('referral.phoneHint')}
        errors={errors}
        value={v.phone}
      />
      <EmailInput form={FORM} label={t('referral.email')} errors={errors} value={v.email} />
    </>
  )
}

/** What helps the client, a note for the organisation, and the client's rung now. */
const ClientNeedsFields = ({ errors, values: v }: FieldsProps) => {
  const { t, locale } = usePage()
  return (
    <>
      <TextArea
        form={FORM}
        name="support"
        label={t('referral.support')}
        hint={t('referral.supportHint')}
        errors={errors}
        value={v.support}
      />
      <TextArea
        form={FORM}
        name="note"
        label={t('referral.note')}
        hint={t('referral.noteHint')}
        errors={errors}
        value={v.note}
      />
      <Choices
        form={FORM}
        name="currentRung"
        type="radio"
        legend={t('referral.rung')}
        hint={t('referral.rungHint')}
        errors={errors}
        checked={[v.currentRung ?? '']}
        options={[
          { value: '', label: t('referral.rungUnknown') },
          ...LADDER_RUNGS.map((r) => ({ value: r.value, label: pick(r.label, locale) })),
        ]}
      />
    </>
  )
}

/**
 * "Verwijs een cliënt": the least the organisation needs, the client's consent after the
 * privacy notice. A plain POST form; it works without JavaScript and comes back with every
 * problem named, and with everything that was typed.
 */
export const ReferralForm = ({
  action,
  organisation,
  state = {},
}: {
  action: string
  organisation: string
  state?: ReferralState
}) => {
  const { t, site, contact, locale } = usePage()
  const v = state.values ?? {}
  return (
    <form method="post" action={action} noValidate>
      <ErrorSummary form={FORM} title={t('referral.errorTitle')} errors={state.errors} />
      <p>{t('referral.minimum')}</p>
      <ClientContactFields errors={state.errors} values={v} />
      <ClientNeedsFields errors={state.errors} values={v} />
      <Consent
        form={FORM}
        label={t('referral.consent', { organisation })}
        errors={state.errors}
        checked={Boolean(v.consent)}
      >
        <h2>{t('referral.privacyTitle')}</h2>
        <p>
          {t('referral.privacy', {
            organisation,
            site: site.name,
            days: contact.referral.retentionDays,
          })}{' '}
          <a href={`${href(locale, 'privacy')}#verwijzing`}>{t('privacyPage.more')}</a>
        </p>
      </Consent>
      <button className="utrecht-button utrecht-button--primary-action" type="submit">
        {t('referral.submit')}
      </button>
    </form>
  )
}

/** On a listing's page, for professionals only: the way to the referral form. */
export const ReferPanel = ({
  kind,
  slug,
  organisation,
}: {
  kind: 'activity' | 'opening'
  slug?: string | null
  organisation?: Organisation
}) => {
  const { t, contact, locale } = usePage()
  if (!slug || !organisation) return null
  const action = `${href(locale, kind, slug)}/${REFER_SEGMENT[locale]}`
  return (
    <section className="panel" id="verwijzen" aria-labelledby="verwijzen-title">
      <h2 id="verwijzen-title">{t('referral.panelTitle')}</h2>
      <p>
        {t('referral.panelText', {
          organisation: organisation.name,
          days: contact.referral.responseWorkingDays,
        })}
      </p>
      <a className="utrecht-button utrecht-button--secondary-action" href={action}>
        {t('referral.link')}
      </a>
    </section>
  )
}
