/** An age in whole years (field `age`), with a hint: the results' filter and the questionnaire's question. */
export const AgeField = ({
  id,
  age,
  label,
  hint,
}: {
  id: string
  age?: number
  label: string
  hint: string
}) => (
  <div className="utrecht-form-field">
    <label className="utrecht-form-label utrecht-form-field__label" htmlFor={id}>
      {label}
    </label>
    <span className="field-hint" id={`${id}-hint`}>
      {hint}
    </span>
    <input
      className="utrecht-textbox utrecht-textbox--html-input"
      type="number"
      inputMode="numeric"
      min={0}
      max={120}
      id={id}
      name="age"
      defaultValue={age ?? ''}
      aria-describedby={`${id}-hint`}
    />
  </div>
)
