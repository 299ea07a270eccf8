'use client'

import type { DefaultCellComponentProps } from 'payload'

/** The deadline of a loket request in the list; an open request past it is marked "te laat". */
export const DueDateCell = ({ cellData, rowData }: DefaultCellComponentProps) => {
  if (!cellData) return null
  const due = new Date(String(cellData))
  const open = rowData?.status === 'new' || rowData?.status === 'in_progress'
  const overdue = open && due.getTime() < Date.now()
  const text = due.toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'short',
    timeZone: 'Europe/Amsterdam',
  })
  return overdue ? (
    <strong data-overdue="" style={{ color: 'var(--theme-error-600, #b00020)' }}>
      {text} · te laat / overdue
    </strong>
  ) : (
    <span>{text}</span>
  )
}
