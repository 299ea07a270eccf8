import { usePage } from '../context'
import type { FieldError } from '../forms/formInput'
import type { RoomValues } from '../forms/roomInput'
import { Consent } from './ChoiceFields'
import { EmailInput, ErrorSummary, Honeypot, PhoneInput, TextInput } from './FormFields'

export interface RoomState {
  errors?: FieldError[]
  values?: Partial<RoomValues>
}

const FORM = 'room'

interface FieldsProps {
  errors?: FieldError[]
  values: Partial<RoomValues>
}

/** When, what for and with how many. */
const WhenFields = ({ errors, values: v }: FieldsProps) => {
  const { t } = usePage()
  return (
    <>
      <TextInput
        form={FORM}
        name="date"
        type="date"
        label={t('room.date')}
        errors={errors}
        value={v.date}
      />
      <TextInput
        form={FORM}
        name="start"
        type="time"
        step={900}
        label={t('room.start')}
        hint={t('room.timeHint')}
        errors={errors}
        value={v.start}
      />
      <TextInput
        form={FORM}
        name="end"
        type="time"
        step={900}
        label={t('room.end')}
        errors={errors}
        value={v.end}
      />
      <TextInput
        form={FORM}
        name="purpose"
        label={t('room.purpose')}
        hint={t('room.purposeHint')}
        errors={errors}
        value={v.purpose}
      />
      <TextInput
        form={FORM}
        name="people"
        type="number"
        inputMode="numeric"
        min="1"
        label={t('room.people')}
        errors={errors}
        value={v.people}
      />
    </>
  )
}

/** Who asks and how to reach them. */
const WhoFields = ({ errors, values: v }: FieldsProps) => {
  const { t } = usePage()
  return (
    <>
      <TextInput
        form={FORM}
        name="groupName"
        label={t('room.groupName')}
        errors={errors}
        value={v.groupName}
        maxLength={100}
        autoComplete="organization"
      />
      <TextInput
        form={FORM}
        name="contactName"
        label={t('room.contactName')}
        errors={errors}
        value={v.contactName}
        maxLength={100}
        autoComplete="name"
      />
      <EmailInput form={FORM} label={t('room.email')} errors={errors} value={v.email} />
      <PhoneInput
        form={FORM}
        label={t('room.phone')}
        hint={t('room.phoneHint')}
        errors={errors}
        value={v.phone}
      />
    </>
  )
}

/** "Vraag deze ruimte aan": when, what for, who, consent after the privacy notice. */
export const RoomForm = ({
  action,
  venue,
  state = {},
}: {
  action: string
  venue: string
  state?: RoomState
}) => {
  const { t, site, contact } = usePage()
  const v = state.values ?? {}
  return (
    <section className="panel" aria-labelledby="room-form">
      <h2 id="room-form">{t('room.formTitle')}</h2>
      <form method="post" action={action} noValidate>
        <ErrorSummary form={FORM} title={t('room.errorTitle')} errors={state.errors} />
        <WhenFields errors={state.errors} values={v} />
        <WhoFields errors={state.errors} values={v} />
        <Consent
          form={FORM}
          label={t('room.consent', { venue })}
          errors={state.errors}
          checked={Boolean(v.consent)}
        >
          <p>{t('room.privacy', { venue, site: site.name, days: contact.rooms.retentionDays })}</p>
        </Consent>
        <Honeypot form={FORM} />
        <button className="utrecht-button utrecht-button--primary-action" type="submit">
          {t('room.submit')}
        </button>
      </form>
    </section>
  )
}
