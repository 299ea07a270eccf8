import { isEditorUser, type MaybeUser } from '../access/roles'

type Person = MaybeUser & { id: number | string; name?: string | null; email?: string | null }

/**
 * Who saved a version, stored with it: the account, and by name and role as text, because
 * members may not read other users yet must see who changed their listing (and if it was the
 * editors).
 */
export const savedBy = (user: Person) => ({
  editedBy: user.id,
  editedByName: user.name?.trim() || user.email || null,
  editedByEditor: isEditorUser(user),
})
