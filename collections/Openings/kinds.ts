import { label } from '../fields/label'

export const OPENING_KINDS = [
  { value: 'volunteer', label: label('Vrijwilligerswerk', 'Volunteering') },
  { value: 'work_experience', label: label('Werkervaringsplek', 'Work-experience place') },
  { value: 'learn_work', label: label('Leerwerkplek', 'Learn-and-work place') },
  { value: 'participation', label: label('Participatieplek', 'Participation place') },
  { value: 'day_activity', label: label('Dagbesteding', 'Day activity') },
  { value: 'internship', label: label('Stage', 'Internship') },
  { value: 'neighbourhood_job', label: label('Buurtbaan', 'Neighbourhood job') },
  { value: 'paid_job', label: label('Betaalde baan', 'Paid job') },
] as const

export type OpeningKind = (typeof OPENING_KINDS)[number]['value']

/** Support an opening offers. */
export const OPENING_SUPPORT = [
  { value: 'begeleiding', label: label('Vaste begeleider', 'Regular supervisor') },
  { value: 'job_coach', label: label('Jobcoach', 'Job coach') },
  { value: 'training', label: label('Training of cursus', 'Training') },
]
