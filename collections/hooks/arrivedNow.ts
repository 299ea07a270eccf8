/**
 * What the server decides about a new submission from the public: it arrived now (the sender
 * cannot backdate or postdate it, which would cheat retention and deadlines).
 */
export const arrivedNow = (): { createdAt: string; updatedAt: string } => {
  const now = new Date().toISOString()
  return { createdAt: now, updatedAt: now }
}
