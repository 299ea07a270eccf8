import { ConfirmCurrent as ConfirmCurrent_27b762bc6c24b50938c60170fb263a66 } from '../../../../plugins/directory/components/ConfirmCurrent'
import { PersonData as PersonData_16874a4d85a167fcb01b5edbbc8d2e05 } from '../../../../plugins/directory/components/PersonData'
import { DueDateCell as DueDateCell_d538cd256f125505fbf69e2d43af4f51 } from '../../../../plugins/directory/components/DueDateCell'
import { ConvertLoketRequest as ConvertLoketRequest_018b4fc640db9cb46b1baeca809d742f } from '../../../../plugins/directory/components/ConvertLoketRequest'
import { PasswordField as PasswordField_3817bf644402e67bfe6577f60ef982de } from '@payloadcms/ui'
import { ReviewQueue as ReviewQueue_ac7c4e79a594cf17b2b66c8fb3744d19 } from '../../../../plugins/directory/components/ReviewQueue'
import { ContactDashboard as ContactDashboard_4488dd6e0ce4bc650757ba3064794473 } from '../../../../plugins/directory/components/ContactDashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugins/directory/components/ConfirmCurrent#ConfirmCurrent": ConfirmCurrent_27b762bc6c24b50938c60170fb263a66,
  "/plugins/directory/components/PersonData#PersonData": PersonData_16874a4d85a167fcb01b5edbbc8d2e05,
  "/plugins/directory/components/DueDateCell#DueDateCell": DueDateCell_d538cd256f125505fbf69e2d43af4f51,
  "/plugins/directory/components/ConvertLoketRequest#ConvertLoketRequest": ConvertLoketRequest_018b4fc640db9cb46b1baeca809d742f,
  "@payloadcms/ui#PasswordField": PasswordField_3817bf644402e67bfe6577f60ef982de,
  "/plugins/directory/components/ReviewQueue#ReviewQueue": ReviewQueue_ac7c4e79a594cf17b2b66c8fb3744d19,
  "/plugins/directory/components/ContactDashboard#ContactDashboard": ContactDashboard_4488dd6e0ce4bc650757ba3064794473,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
