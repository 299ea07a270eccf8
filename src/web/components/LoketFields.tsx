import { OPENING_KINDS } from '../../lib/vocabulary'
import { usePage } from '../context'
import type { FieldError } from '../forms/formInput'
import type { LoketValues } from '../forms/loketInput'
import { pick } from '../i18n'
import { href } from '../../lib/paths'
import { Choices, Consent } from './ChoiceFields'
import { EmailInput, PhoneInput, TextArea, TextInput } from './FormFields'

/** The employer loket's form name: the ids of its fields, errors and honeypot start with it. */
export const LOKET_FORM = 'loket'
const FORM = LOKET_FORM

interface LoketFieldsProps {
  errors?: FieldError[]
  values: Partial<LoketValues>
}

/** Who the employer is: organisation, KvK number, contact person, e-mail and phone. */
export const EmployerFields = ({ errors, values }: LoketFieldsProps) => {
  const { t } = usePage()
  return (
    <>
      <TextInput
        form={FORM}
        name="organisationName"
        label={t('loket.organisation')}
        errors={errors}
        value={values.organisationName}
        autoComplete="organization"
        maxLength={120}
      />
      <TextInput
        form={FORM}
        name="kvkNumber"
        label={t('loket.kvk')}
        hint={t('loket.kvkHint')}
        errors={errors}
        value={values.kvkNumber}
        inputMode="numeric"
        maxLength={12}
      />
      <TextInput
        form={FORM}
        name="contactName"
        label={t('loket.contactName')}
        errors={errors}
        value={values.contactName}
        autoComplete="name"
        maxLength={100}
      />
      <EmailInput form={FORM} label={t('loket.email')} errors={errors} value={values.email} />
      <PhoneInput
        form={FORM}
        label={t('loket.phone')}
        hint={t('loket.phoneHint')}
        errors={errors}
        value={values.phone}
      />
    </>
  )
}

/** What the employer offers: kinds of openings, where, hours a week, how many places, a message. */
export const OfferFields = ({ errors, values }: LoketFieldsProps) => {
  const { t, locale } = usePage()
  return (
    <>
      <Choices
        form={FORM}
        name="kinds"
        type="checkbox"
        legend={t('loket.kinds')}
        hint={t('loket.kindsHint')}
        errors={errors}
        checked={values.kinds ?? []}
        options={OPENING_KINDS.map((k) => ({ value: k.value, label: pick(k.label, locale) }))}
      />
      <TextInput
        form={FORM}
        name="place"
        label={t('loket.place')}
        hint={t('loket.placeHint')}
        errors={errors}
        value={values.place}
        maxLength={100}
      />
      <TextInput
        form={FORM}
        name="hoursPerWeek"
        label={t('loket.hours')}
        hint={t('loket.hoursHint')}
        errors={errors}
        value={values.hoursPerWeek}
        inputMode="numeric"
        maxLength={4}
      />
      <TextInput
        form={FORM}
        name="placesCount"
        label={t('loket.places')}
        hint={t('loket.placesHint')}
        errors={errors}
        value={values.placesCount}
        inputMode="numeric"
        maxLength={4}
      />
      <TextArea
        form={FORM}
        name="message"
        label={t('loket.message')}
        hint={t('loket.messageHint')}
        errors={errors}
        value={values.message}
        maxLength={2000}
      />
    </>
  )
}

/** Consent to be contacted, after a line on privacy with a link to the privacy statement. */
export const LoketConsent = ({ errors, values }: LoketFieldsProps) => {
  const { t, locale, site } = usePage()
  return (
    <Consent
      form={FORM}
      label={t('loket.consent')}
      errors={errors}
      checked={Boolean(values.consent)}
    >
      <p>
        {t('loket.privacy', { site: site.name })}{' '}
        <a href={href(locale, 'privacy')}>{t('privacyPage.more')}</a>
      </p>
    </Consent>
  )
}
