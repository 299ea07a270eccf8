/** Admin labels in Dutch (default) and English; Payload picks one by the editor's language. */
export const label = (nl: string, en: string) => ({ nl, en })
