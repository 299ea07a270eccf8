'use client'

import type { DefaultCellComponentProps } from 'payload'

/** The deadline of a loket request or a referral in the list; an open one past it is marked "te laat". */
export const DueDateCell = ({ cellData, rowData }: DefaultCellComponentProps) => {
  if (!cellData) return null
  const due = new Date(String(cellData))
  const open = ['new', 'in_progress', 'sent'].includes(String(rowData?.status))
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
