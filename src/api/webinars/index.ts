import type { AnyOperation } from '../../http/operation.js'
import createAWebinarTemplate from './createAWebinarTemplate.js'
import listWebinarTemplates from './listWebinarTemplates.js'
import webinarLiveStreamStatusUpdate from './webinarLiveStreamStatusUpdate.js'
import setWebinarBrandingVB from './setWebinarBrandingVB.js'
import uploadWebinarBrandingVB from './uploadWebinarBrandingVB.js'
import deleteWebinarBrandingVB from './deleteWebinarBrandingVB.js'
import webinarCreate from './webinarCreate.js'
import webinars from './webinars.js'
import addBatchWebinarRegistrants from './addBatchWebinarRegistrants.js'
import webinarUpdate from './webinarUpdate.js'
import webinar from './webinar.js'
import webinarDelete from './webinarDelete.js'
import webinarInviteLinksCreate from './webinarInviteLinksCreate.js'
import updateWebinarBrandingNameTag from './updateWebinarBrandingNameTag.js'
import webinarRegistrantStatus from './webinarRegistrantStatus.js'
import getWebinarAbsentees from './getWebinarAbsentees.js'
import getWebinarBranding from './getWebinarBranding.js'
import webinarRegistrantGet from './webinarRegistrantGet.js'
import deleteWebinarRegistrant from './deleteWebinarRegistrant.js'
import webinarToken from './webinarToken.js'
import webinarLiveStreamUpdate from './webinarLiveStreamUpdate.js'
import getWebinarLiveStreamDetails from './getWebinarLiveStreamDetails.js'
import webinarPollCreate from './webinarPollCreate.js'
import webinarPolls from './webinarPolls.js'
import getTrackingSources from './getTrackingSources.js'
import webinarRegistrantQuestionUpdate from './webinarRegistrantQuestionUpdate.js'
import webinarRegistrantsQuestionsGet from './webinarRegistrantsQuestionsGet.js'
import webinarStatus from './webinarStatus.js'
import webinarPanelistCreate from './webinarPanelistCreate.js'
import webinarPanelists from './webinarPanelists.js'
import webinarPanelistsDelete from './webinarPanelistsDelete.js'
import webinarSurveyUpdate from './webinarSurveyUpdate.js'
import webinarSurveyGet from './webinarSurveyGet.js'
import webinarSurveyDelete from './webinarSurveyDelete.js'
import webinarRegistrantCreate from './webinarRegistrantCreate.js'
import webinarRegistrants from './webinarRegistrants.js'
import webinarPanelistDelete from './webinarPanelistDelete.js'
import webinarPollGet from './webinarPollGet.js'
import webinarPollDelete from './webinarPollDelete.js'
import webinarPollUpdate from './webinarPollUpdate.js'
import createWebinarBrandingNameTag from './createWebinarBrandingNameTag.js'
import deleteWebinarBrandingNameTag from './deleteWebinarBrandingNameTag.js'
import uploadWebinarBrandingWallpaper from './uploadWebinarBrandingWallpaper.js'
import deleteWebinarBrandingWallpaper from './deleteWebinarBrandingWallpaper.js'
import pastWebinars from './pastWebinars.js'

/** The Webinars operations. */
export const webinarsOperations: AnyOperation[] = [
  createAWebinarTemplate,
  listWebinarTemplates,
  webinarLiveStreamStatusUpdate,
  setWebinarBrandingVB,
  uploadWebinarBrandingVB,
  deleteWebinarBrandingVB,
  webinarCreate,
  webinars,
  addBatchWebinarRegistrants,
  webinarUpdate,
  webinar,
  webinarDelete,
  webinarInviteLinksCreate,
  updateWebinarBrandingNameTag,
  webinarRegistrantStatus,
  getWebinarAbsentees,
  getWebinarBranding,
  webinarRegistrantGet,
  deleteWebinarRegistrant,
  webinarToken,
  webinarLiveStreamUpdate,
  getWebinarLiveStreamDetails,
  webinarPollCreate,
  webinarPolls,
  getTrackingSources,
  webinarRegistrantQuestionUpdate,
  webinarRegistrantsQuestionsGet,
  webinarStatus,
  webinarPanelistCreate,
  webinarPanelists,
  webinarPanelistsDelete,
  webinarSurveyUpdate,
  webinarSurveyGet,
  webinarSurveyDelete,
  webinarRegistrantCreate,
  webinarRegistrants,
  webinarPanelistDelete,
  webinarPollGet,
  webinarPollDelete,
  webinarPollUpdate,
  createWebinarBrandingNameTag,
  deleteWebinarBrandingNameTag,
  uploadWebinarBrandingWallpaper,
  deleteWebinarBrandingWallpaper,
  pastWebinars,
]
