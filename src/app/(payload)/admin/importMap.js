import { ConfirmCurrent as ConfirmCurrent_27b762bc6c24b50938c60170fb263a66 } from '../../../../plugins/directory/components/ConfirmCurrent'
import { ReviewQueue as ReviewQueue_ac7c4e79a594cf17b2b66c8fb3744d19 } from '../../../../plugins/directory/components/ReviewQueue'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugins/directory/components/ConfirmCurrent#ConfirmCurrent": ConfirmCurrent_27b762bc6c24b50938c60170fb263a66,
  "/plugins/directory/components/ReviewQueue#ReviewQueue": ReviewQueue_ac7c4e79a594cf17b2b66c8fb3744d19,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
