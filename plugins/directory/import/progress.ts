/**
 * How far a running import is, in this process: rows done of the total. Kept in memory, not in
 * the run's document, because an import of the whole file is one transaction: a progress write
 * beside it would wait for it to end. The run's status and report are in its document.
 */
const running = new Map<string, { done: number; total: number }>()

export const importProgress = {
  start: (id: string | number, total: number) => running.set(String(id), { done: 0, total }),
  step: (id: string | number, done: number) => {
    const p = running.get(String(id))
    if (p) p.done = done
  },
  end: (id: string | number) => running.delete(String(id)),
  of: (id: string | number) => running.get(String(id)),
}
