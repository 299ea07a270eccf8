/** A JSON error in the shape Payload's REST uses, in Dutch and English. */
export const errorResponse = (status: number, nl: string, en: string): Response =>
  Response.json({ errors: [{ message: `${nl} / ${en}` }] }, { status })
