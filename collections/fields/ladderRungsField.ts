import type { SelectField } from 'payload'

import { LADDER_RUNGS, label } from '../../src/lib/vocabulary'

export const ladderRungsField = (): SelectField => ({
  name: 'ladderRungs',
  type: 'select',
  hasMany: true,
  label: label('Treden op de participatieladder', 'Participation ladder rungs'),
  options: LADDER_RUNGS,
  admin: { description: label('Voor welke stap is dit geschikt?', 'Which step does this serve?') },
})
