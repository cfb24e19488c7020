import type { AnyOperation } from '../../http/operation.js'
import user from './user.js'
import userCreate from './userCreate.js'
import users from './users.js'
import bulkUpdateFeature from './bulkUpdateFeature.js'
import getCollaborationDevice from './getCollaborationDevice.js'
import listCollaborationDevices from './listCollaborationDevices.js'
import switchUserAccount from './switchUserAccount.js'
import userAssistantCreate from './userAssistantCreate.js'
import userAssistantDelete from './userAssistantDelete.js'
import userAssistants from './userAssistants.js'
import userAssistantsDelete from './userAssistantsDelete.js'
import userSchedulerDelete from './userSchedulerDelete.js'
import userSchedulers from './userSchedulers.js'
import userSchedulersDelete from './userSchedulersDelete.js'
import userDelete from './userDelete.js'
import userEmail from './userEmail.js'
import userEmailUpdate from './userEmailUpdate.js'
import userPassword from './userPassword.js'
import userPermission from './userPermission.js'
import userSSOTokenDelete from './userSSOTokenDelete.js'
import userStatus from './userStatus.js'
import userSummary from './userSummary.js'
import userToken from './userToken.js'
import userUpdate from './userUpdate.js'
import userSettings from './userSettings.js'
import userSettingsUpdate from './userSettingsUpdate.js'
import userPicture from './userPicture.js'
import userPictureDelete from './userPictureDelete.js'
import uploadVBuser from './uploadVBuser.js'
import delUserVB from './delUserVB.js'

export const usersOperations: AnyOperation[] = [
  users,
  userCreate,
  user,
  // relations
  userAssistants,
  userAssistantCreate,
  userAssistantsDelete,
  userAssistantDelete,
  userSchedulers,
  userSchedulersDelete,
  userSchedulerDelete,
  listCollaborationDevices,
  getCollaborationDevice,
  switchUserAccount,
  bulkUpdateFeature,
  // profile
  userUpdate,
  userDelete,
  userStatus,
  userEmailUpdate,
  userPassword,
  userPermission,
  userToken,
  userSSOTokenDelete,
  userSummary,
  userEmail,
  // settings
  userSettings,
  userSettingsUpdate,
  userPicture,
  userPictureDelete,
  uploadVBuser,
  delUserVB,
]
