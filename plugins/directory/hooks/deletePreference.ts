import type { PayloadHandler } from 'payload'

/**
 * `DELETE /api/payload-preferences/:key`, as Payload's own route means it (the caller's
 * preference under that key), but through the Local API: Payload 3.90's route asks the SQLite
 * adapter's `deleteOne` for `user.value`, a column it cannot find, and answers 500 for any key.
 */
export const deletePreference: PayloadHandler = async (req) => {
  if (!req.user)
    return Response.json({ errors: [{ message: req.t('error:unauthorized') }] }, { status: 401 })
  const key = req.routeParams?.key
  const { docs } = await req.payload.delete({
    collection: 'payload-preferences',
    where: {
      and: [
        { key: { equals: typeof key === 'string' ? key : '' } },
        { 'user.value': { equals: req.user.id } },
        { 'user.relationTo': { equals: req.user.collection } },
      ],
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!docs.length)
    return Response.json({ errors: [{ message: req.t('error:notFound') }] }, { status: 404 })
  return Response.json({ message: req.t('general:deletedSuccessfully'), doc: docs[0] })
}
