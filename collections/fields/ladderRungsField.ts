import type { SelectField } from 'payload'

import { label } from './label'

/** Participation ladder (participatieladder) rungs 1–6, as select values '1'…'6'. */
export const LADDER_RUNGS = [
  { value: '1', label: label('1 · Geïsoleerd', '1 · Isolated') },
  { value: '2', label: label('2 · Sociale contacten buiten huis', '2 · Social contacts outside home') },
  { value: '3', label: label('3 · Deelname aan georganiseerde activiteiten', '3 · Organised activities') },
  { value: '4', label: label('4 · Onbetaald werk (vrijwilligerswerk)', '4 · Unpaid work (volunteering)') },
  { value: '5', label: label('5 · Betaald werk met ondersteuning', '5 · Paid work with support') },
  { value: '6', label: label('6 · Betaald werk', '6 · Paid work') },
]

export const ladderRungsField = (): SelectField => ({
  name: 'ladderRungs',
  type: 'select',
  hasMany: true,
  label: label('Treden op de participatieladder', 'Participation ladder rungs'),
  options: LADDER_RUNGS,
  admin: { description: label('Voor welke stap is dit geschikt?', 'Which step does this serve?') },
})
