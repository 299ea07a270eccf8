import { ReviewStatus as ReviewStatus_3f034fe855bcdae9316b9b6ec56c0086 } from '../../../../plugins/directory/components/ReviewStatus'
import { ReadabilityHint as ReadabilityHint_8a7340f283acdab8e6817c2baee72b65 } from '../../../../plugins/directory/components/ReadabilityHint'
import { VenueLocationWarning as VenueLocationWarning_bacac7473850337e16248214a5846b42 } from '../../../../plugins/directory/components/VenueLocationWarning'
import { ViewOnSite as ViewOnSite_e86c2ed86a18ec3f61aadf7955ca0946 } from '../../../../plugins/directory/components/ViewOnSite'
import { VersionHistory as VersionHistory_2fb0869ff589f14237d029a16d8f1bf7 } from '../../../../plugins/directory/components/VersionHistory'
import { ConfirmCurrent as ConfirmCurrent_27b762bc6c24b50938c60170fb263a66 } from '../../../../plugins/directory/components/ConfirmCurrent'
import { OwnScopeToggle as OwnScopeToggle_7433b5518dd0900487bb1daef5a1bddf } from '../../../../plugins/directory/components/OwnScopeToggle'
import { ExportButtons as ExportButtons_3afdc96a4c29f94a4ffca0afc7494871 } from '../../../../plugins/directory/components/ExportButtons'
import { PublishOrSubmit as PublishOrSubmit_91158ad00b789a31ee758a257056293c } from '../../../../plugins/directory/components/SubmitForReview'
import { SaveDraftIfPublisher as SaveDraftIfPublisher_91158ad00b789a31ee758a257056293c } from '../../../../plugins/directory/components/SubmitForReview'
import { SimilarOrganisations as SimilarOrganisations_cc1dc36392347d34fe23bfc047393ac5 } from '../../../../plugins/directory/components/SimilarOrganisations'
import { DuplicateOrganisations as DuplicateOrganisations_c05b09c45425178148ca10020ca378c8 } from '../../../../plugins/directory/components/DuplicateOrganisations'
import { VenueMap as VenueMap_1c8e1377db94ea34ee42c39090e3f518 } from '../../../../plugins/directory/components/VenueMap'
import { PersonData as PersonData_16874a4d85a167fcb01b5edbbc8d2e05 } from '../../../../plugins/directory/components/PersonData'
import { DueDateCell as DueDateCell_d538cd256f125505fbf69e2d43af4f51 } from '../../../../plugins/directory/components/DueDateCell'
import { ConvertLoketRequest as ConvertLoketRequest_018b4fc640db9cb46b1baeca809d742f } from '../../../../plugins/directory/components/ConvertLoketRequest'
import { ImportTemplates as ImportTemplates_5ddd656778696f72c9b50e82096bdf4b } from '../../../../plugins/directory/components/ImportRunPanel'
import { ImportRunPanel as ImportRunPanel_5ddd656778696f72c9b50e82096bdf4b } from '../../../../plugins/directory/components/ImportRunPanel'
import { FollowNow as FollowNow_5b438bd415e2b979b2ef9ee02992b9a0 } from '../../../../plugins/directory/components/FollowNow'
import { PasswordField as PasswordField_3817bf644402e67bfe6577f60ef982de } from '@payloadcms/ui'
import { ReviewQueue as ReviewQueue_ac7c4e79a594cf17b2b66c8fb3744d19 } from '../../../../plugins/directory/components/ReviewQueue'
import { ContactDashboard as ContactDashboard_4488dd6e0ce4bc650757ba3064794473 } from '../../../../plugins/directory/components/ContactDashboard'
import { FederationStatus as FederationStatus_4fa6200e7375404ac8d1db6aa759f4a5 } from '../../../../plugins/directory/components/FederationStatus'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugins/directory/components/ReviewStatus#ReviewStatus": ReviewStatus_3f034fe855bcdae9316b9b6ec56c0086,
  "/plugins/directory/components/ReadabilityHint#ReadabilityHint": ReadabilityHint_8a7340f283acdab8e6817c2baee72b65,
  "/plugins/directory/components/VenueLocationWarning#VenueLocationWarning": VenueLocationWarning_bacac7473850337e16248214a5846b42,
  "/plugins/directory/components/ViewOnSite#ViewOnSite": ViewOnSite_e86c2ed86a18ec3f61aadf7955ca0946,
  "/plugins/directory/components/VersionHistory#VersionHistory": VersionHistory_2fb0869ff589f14237d029a16d8f1bf7,
  "/plugins/directory/components/ConfirmCurrent#ConfirmCurrent": ConfirmCurrent_27b762bc6c24b50938c60170fb263a66,
  "/plugins/directory/components/OwnScopeToggle#OwnScopeToggle": OwnScopeToggle_7433b5518dd0900487bb1daef5a1bddf,
  "/plugins/directory/components/ExportButtons#ExportButtons": ExportButtons_3afdc96a4c29f94a4ffca0afc7494871,
  "/plugins/directory/components/SubmitForReview#PublishOrSubmit": PublishOrSubmit_91158ad00b789a31ee758a257056293c,
  "/plugins/directory/components/SubmitForReview#SaveDraftIfPublisher": SaveDraftIfPublisher_91158ad00b789a31ee758a257056293c,
  "/plugins/directory/components/SimilarOrganisations#SimilarOrganisations": SimilarOrganisations_cc1dc36392347d34fe23bfc047393ac5,
  "/plugins/directory/components/DuplicateOrganisations#DuplicateOrganisations": DuplicateOrganisations_c05b09c45425178148ca10020ca378c8,
  "/plugins/directory/components/VenueMap#VenueMap": VenueMap_1c8e1377db94ea34ee42c39090e3f518,
  "/plugins/directory/components/PersonData#PersonData": PersonData_16874a4d85a167fcb01b5edbbc8d2e05,
  "/plugins/directory/components/DueDateCell#DueDateCell": DueDateCell_d538cd256f125505fbf69e2d43af4f51,
  "/plugins/directory/components/ConvertLoketRequest#ConvertLoketRequest": ConvertLoketRequest_018b4fc640db9cb46b1baeca809d742f,
  "/plugins/directory/components/ImportRunPanel#ImportTemplates": ImportTemplates_5ddd656778696f72c9b50e82096bdf4b,
  "/plugins/directory/components/ImportRunPanel#ImportRunPanel": ImportRunPanel_5ddd656778696f72c9b50e82096bdf4b,
  "/plugins/directory/components/FollowNow#FollowNow": FollowNow_5b438bd415e2b979b2ef9ee02992b9a0,
  "@payloadcms/ui#PasswordField": PasswordField_3817bf644402e67bfe6577f60ef982de,
  "/plugins/directory/components/ReviewQueue#ReviewQueue": ReviewQueue_ac7c4e79a594cf17b2b66c8fb3744d19,
  "/plugins/directory/components/ContactDashboard#ContactDashboard": ContactDashboard_4488dd6e0ce4bc650757ba3064794473,
  "/plugins/directory/components/FederationStatus#FederationStatus": FederationStatus_4fa6200e7375404ac8d1db6aa759f4a5,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
