// Zoom's granular scopes for every operation of the catalog, by operationId, from Zoom's published scope table
// (developers.zoom.us, OAuth scopes, granular). Each is `service:action:data_claim` with an optional suffix: none is
// the user-level form (the caller's own user), `:admin` acts account-wide and `:master` on sub accounts through the
// master path. Any one of an operation's forms that fits the path called grants it, as do its classic scopes.

/** operationId → its granular scopes, space-separated. */
export const GRANULAR_SCOPES: Record<string, string> = {
  meetingPollGet: 'meeting:read:poll meeting:read:poll:admin meeting:read:poll:master',
  meetingPollDelete: 'meeting:delete:poll meeting:delete:poll:admin meeting:delete:poll:master',
  meetingPollUpdate: 'meeting:update:poll meeting:update:poll:admin meeting:update:poll:master',
  meetingLiveStreamUpdate: 'meeting:update:livestream meeting:update:livestream:admin meeting:update:livestream:master',
  getMeetingLiveStreamDetails: 'meeting:read:livestream meeting:read:livestream:admin meeting:read:livestream:master',
  meetingCreate: 'meeting:write:meeting meeting:write:meeting:admin meeting:write:meeting:master',
  meetings: 'meeting:read:list_meetings meeting:read:list_meetings:admin meeting:read:list_meetings:master',
  meetingRegistrantGet: 'meeting:read:registrant meeting:read:registrant:admin meeting:read:registrant:master',
  meetingregistrantdelete: 'meeting:delete:registrant meeting:delete:registrant:admin meeting:delete:registrant:master',
  addBatchRegistrants:
    'meeting:write:batch_registrants meeting:write:batch_registrants:admin meeting:write:batch_registrants:master',
  meetingRegistrantQuestionUpdate:
    'meeting:update:registration_question meeting:update:registration_question:admin meeting:update:registration_question:master',
  meetingRegistrantsQuestionsGet:
    'meeting:read:list_registration_questions meeting:read:list_registration_questions:admin meeting:read:list_registration_questions:master',
  meetingToken: 'meeting:read:token meeting:read:token:admin meeting:read:token:master',
  updateMeetingSurvey: 'meeting:update:survey meeting:update:survey:admin meeting:update:survey:master',
  getMeetingSurvey: 'meeting:read:survey meeting:read:survey:admin meeting:read:survey:master',
  deleteMeetingSurvey: 'meeting:delete:survey meeting:delete:survey:admin meeting:delete:survey:master',
  inMeetingControl:
    'meeting:update:in_meeting_controls meeting:update:in_meeting_controls:admin meeting:update:in_meeting_controls:master',
  pastMeetings:
    'meeting:read:list_past_instances meeting:read:list_past_instances:admin meeting:read:list_past_instances:master',
  meetingStatus: 'meeting:update:status meeting:update:status:admin meeting:update:status:master',
  meetingInvitation: 'meeting:read:invitation meeting:read:invitation:admin meeting:read:invitation:master',
  meetingTemplateCreate: 'meeting:write:template meeting:write:template:admin meeting:write:template:master',
  listMeetingTemplates:
    'meeting:read:list_templates meeting:read:list_templates:admin meeting:read:list_templates:master',
  meetingRegistrantStatus:
    'meeting:update:registrant_status meeting:update:registrant_status:admin meeting:update:registrant_status:master',
  meetingInviteLinksCreate:
    'meeting:write:invite_links meeting:write:invite_links:admin meeting:write:invite_links:master',
  createBatchPolls: 'meeting:write:batch_polls meeting:write:batch_polls:admin meeting:write:batch_polls:master',
  meetingUpdate: 'meeting:update:meeting meeting:update:meeting:admin meeting:update:meeting:master',
  meeting: 'meeting:read:meeting meeting:read:meeting:admin meeting:read:meeting:master',
  meetingDelete: 'meeting:delete:meeting meeting:delete:meeting:admin meeting:delete:meeting:master',
  meetingLiveStreamStatusUpdate:
    'meeting:update:livestream_status meeting:update:livestream_status:admin meeting:update:livestream_status:master',
  meetingRegistrantCreate: 'meeting:write:registrant meeting:write:registrant:admin meeting:write:registrant:master',
  meetingRegistrants:
    'meeting:read:list_registrants meeting:read:list_registrants:admin meeting:read:list_registrants:master',
  meetingPollCreate: 'meeting:write:poll meeting:write:poll:admin meeting:write:poll:master',
  meetingPolls: 'meeting:read:list_polls meeting:read:list_polls:admin meeting:read:list_polls:master',
  ListBillingInvoices: 'billing:read:list_invoices:admin billing:read:list_invoices:master',
  Getupcomingrenewalaccounts: 'billing:read:list_upcoming_renewal_accounts:master',
  generateSubInvoiceReport: 'billing:write:invoice_report:master',
  listSubInvoiceReport: 'billing:read:list_invoice_reports:master',
  accountPlanCreate: 'billing:write:subscribe_plan:master',
  GetAccountPlanInformation: 'billing:read:plan_information:admin billing:read:plan_information:master',
  GetInvoiceDetails: 'billing:read:invoice_details:admin billing:read:invoice_details:master',
  CancelABasePlan: 'billing:update:cancel_plan:master',
  accountPlanAddonCreate: 'billing:write:subscribe_additional_plans:master',
  accountPlanAddonUpdate: 'billing:update:additional_plans:master',
  UpdateBillingInformation: 'billing:update:billing_information:master',
  GetBillingInformation: 'billing:read:billing_information:admin billing:read:billing_information:master',
  downloadBillingInvoiceReport: 'billing:read:download_invoice_reports:master',
  deleteBillingInvoiceReport: 'billing:delete:invoice_report:master',
  UpdateABasePlan: 'billing:update:plan:master',
  GetPlanUsage: 'billing:read:plan_usage:admin billing:read:plan_usage:master',
  downloadInvoicePDF: 'billing:read:download_invoice_file:master',
  CancelAdditionalPlans: 'billing:update:cancel_additional_plans:master',
  createSIPPhone: 'sip_phone:write:sip_phone:admin sip_phone:write:sip_phone:master',
  listSipPhones: 'sip_phone:read:list_sip_phones:admin sip_phone:read:list_sip_phones:master',
  updateSIPPhone: 'sip_phone:update:sip_phone:admin sip_phone:update:sip_phone:master',
  deleteSIPPhone: 'sip_phone:delete:sip_phone:admin sip_phone:delete:sip_phone:master',
  getCollaborationDevice:
    'user:read:collaboration_device user:read:collaboration_device:admin user:read:collaboration_device:master',
  userAssistantCreate: 'user:write:assistant user:write:assistant:admin user:write:assistant:master',
  userAssistants: 'user:read:list_assistants user:read:list_assistants:admin user:read:list_assistants:master',
  userAssistantsDelete: 'user:delete:assistant user:delete:assistant:admin user:delete:assistant:master',
  userToken: 'user:read:token user:read:token:admin user:read:token:master',
  userSSOTokenDelete: 'user:delete:token user:delete:token:admin user:delete:token:master',
  switchUserAccount: 'user:update:account:master',
  userAssistantDelete: 'user:delete:assistant user:delete:assistant:admin user:delete:assistant:master',
  listCollaborationDevices:
    'user:read:list_collaboration_devices user:read:list_collaboration_devices:admin user:read:list_collaboration_devices:master',
  userPassword: 'user:update:password user:update:password:admin user:update:password:master',
  userPicture: 'user:write:profile_picture user:write:profile_picture:admin user:write:profile_picture:master',
  userPictureDelete: 'user:delete:profile_picture user:delete:profile_picture:admin user:delete:profile_picture:master',
  userStatus: 'user:update:status user:update:status:admin user:update:status:master',
  bulkUpdateFeature: 'user:write:feature:admin user:write:feature:master',
  userCreate: 'user:write:user:admin user:write:user:master',
  users: 'user:read:list_users:admin user:read:list_users:master',
  uploadVBuser:
    'user:write:virtual_background_files user:write:virtual_background_files:admin user:write:virtual_background_files:master',
  delUserVB:
    'user:delete:virtual_background_files user:delete:virtual_background_files:admin user:delete:virtual_background_files:master',
  userSchedulers: 'user:read:list_schedulers user:read:list_schedulers:admin user:read:list_schedulers:master',
  userSchedulersDelete: 'user:delete:scheduler user:delete:scheduler:admin user:delete:scheduler:master',
  userPermission: 'user:read:list_permissions user:read:list_permissions:admin user:read:list_permissions:master',
  userSchedulerDelete: 'user:delete:scheduler user:delete:scheduler:admin user:delete:scheduler:master',
  userSummary: 'user:read:summary:admin user:read:summary:master',
  userSettingsUpdate: 'user:update:settings user:update:settings:admin user:update:settings:master',
  userSettings: 'user:read:settings user:read:settings:admin user:read:settings:master',
  userEmailUpdate: 'user:update:email user:update:email:admin user:update:email:master',
  userUpdate: 'user:update:user user:update:user:admin user:update:user:master',
  user: 'user:read:user user:read:user:admin user:read:user:master',
  userDelete: 'user:delete:user user:delete:user:admin user:delete:user:master',
  reportWebinarDetails: 'report:read:webinar:admin report:read:webinar:master',
  reportWebinarQA: 'report:read:webinar_qna:admin report:read:webinar_qna:master',
  reportSignInSignOutActivities: 'report:read:user_activities:admin report:read:user_activities:master',
  reportMeetingParticipants: 'report:read:list_meeting_participants:admin report:read:list_meeting_participants:master',
  reportMeetings: 'report:read:user:admin report:read:user:master',
  reportMeetingDetails: 'report:read:meeting:admin report:read:meeting:master',
  getMeetingQAReport: 'report:read:meeting_qna:admin report:read:meeting_qna:master',
  reportMeetingPolls: 'report:read:list_meeting_polls:admin report:read:list_meeting_polls:master',
  reportDaily: 'report:read:daily_usage:admin report:read:daily_usage:master',
  reportOperationLogs: 'report:read:operation_logs:admin report:read:operation_logs:master',
  reportUsers: 'report:read:list_users:admin report:read:list_users:master',
  getBillingReport: 'report:read:billing:admin report:read:billing:master',
  reportUpcomingEvents: 'report:read:upcoming_meetings_webinars:admin report:read:upcoming_meetings_webinars:master',
  reportCloudRecording: 'report:read:cloud_recording:admin report:read:cloud_recording:master',
  getBillingInvoicesReports: 'report:read:billing_invoice:admin report:read:billing_invoice:master',
  reportTelephone: 'report:read:telephone:admin report:read:telephone:master',
  reportWebinarParticipants: 'report:read:list_webinar_participants:admin report:read:list_webinar_participants:master',
  reportWebinarPolls: 'report:read:list_webinar_polls:admin report:read:list_webinar_polls:master',
  updateGroupSettings: 'group:update:settings:admin group:update:settings:master',
  getGroupSettings: 'group:read:settings:admin group:read:settings:master',
  groupCreate: 'group:write:group:admin group:write:group:master',
  groups: 'group:read:list_groups:admin group:read:list_groups:master',
  groupAdminsCreate: 'group:write:administrator:admin group:write:administrator:master',
  groupAdmins: 'group:read:administrator:admin group:read:administrator:master',
  groupMembersCreate: 'group:write:member:admin group:write:member:master',
  groupMembers: 'group:read:list_members:admin group:read:list_members:master',
  updateGroupsWebinarRegistrationSettings:
    'group:update:registration_settings:admin group:update:registration_settings:master',
  getGroupsWebinarRegistrationSettings:
    'group:read:registration_settings:admin group:read:registration_settings:master',
  uploadGroupVB: 'group:write:virtual_background_files:admin group:write:virtual_background_files:master',
  delGroupVB: 'group:delete:virtual_background_files:admin group:delete:virtual_background_files:master',
  groupAdminsDelete: 'group:delete:administrator:admin group:delete:administrator:master',
  groupLockedSettings: 'group:update:lock_settings:admin group:update:lock_settings:master',
  getGroupLockSettings: 'group:read:lock_settings:admin group:read:lock_settings:master',
  updateAGroupMember: 'group:update:member:admin group:update:member:master',
  groupMembersDelete: 'group:delete:member:admin group:delete:member:master',
  groupUpdate: 'group:update:group:admin group:update:group:master',
  group: 'group:read:group:admin group:read:group:master',
  groupDelete: 'group:delete:group:admin group:delete:group:master',
  deviceCreate: 'h323_device:write:device:admin h323_device:write:device:master',
  deviceList: 'h323_device:read:list_devices:admin h323_device:read:list_devices:master',
  deviceUpdate: 'h323_device:update:device:admin h323_device:update:device:master',
  deviceDelete: 'h323_device:delete:device:admin h323_device:delete:device:master',
  createAWebinarTemplate: 'webinar:write:template webinar:write:template:admin webinar:write:template:master',
  listWebinarTemplates:
    'webinar:read:list_templates webinar:read:list_templates:admin webinar:read:list_templates:master',
  webinarLiveStreamStatusUpdate:
    'webinar:update:livestream_status webinar:update:livestream_status:admin webinar:update:livestream_status:master',
  setWebinarBrandingVB:
    'webinar:update:branding_virtual_background webinar:update:branding_virtual_background:admin webinar:update:branding_virtual_background:master',
  uploadWebinarBrandingVB:
    'webinar:write:branding_virtual_background webinar:write:branding_virtual_background:admin webinar:write:branding_virtual_background:master',
  deleteWebinarBrandingVB:
    'webinar:delete:branding_virtual_background webinar:delete:branding_virtual_background:admin webinar:delete:branding_virtual_background:master',
  webinarCreate: 'webinar:write:webinar webinar:write:webinar:admin webinar:write:webinar:master',
  webinars: 'webinar:read:list_webinars webinar:read:list_webinars:admin webinar:read:list_webinars:master',
  addBatchWebinarRegistrants:
    'webinar:write:batch_registrants webinar:write:batch_registrants:admin webinar:write:batch_registrants:master',
  webinarUpdate: 'webinar:update:webinar webinar:update:webinar:admin webinar:update:webinar:master',
  webinar: 'webinar:read:webinar webinar:read:webinar:admin webinar:read:webinar:master',
  webinarDelete: 'webinar:delete:webinar webinar:delete:webinar:admin webinar:delete:webinar:master',
  webinarInviteLinksCreate:
    'webinar:write:invite_links webinar:write:invite_links:admin webinar:write:invite_links:master',
  updateWebinarBrandingNameTag:
    'webinar:update:branding_name_tag webinar:update:branding_name_tag:admin webinar:update:branding_name_tag:master',
  webinarRegistrantStatus:
    'webinar:update:registrant_status webinar:update:registrant_status:admin webinar:update:registrant_status:master',
  getWebinarAbsentees:
    'webinar:read:list_absentees webinar:read:list_absentees:admin webinar:read:list_absentees:master',
  getWebinarBranding: 'webinar:read:branding webinar:read:branding:admin webinar:read:branding:master',
  webinarRegistrantGet: 'webinar:read:registrant webinar:read:registrant:admin webinar:read:registrant:master',
  deleteWebinarRegistrant: 'webinar:delete:registrant webinar:delete:registrant:admin webinar:delete:registrant:master',
  webinarToken: 'webinar:read:token webinar:read:token:admin webinar:read:token:master',
  webinarLiveStreamUpdate: 'webinar:update:livestream webinar:update:livestream:admin webinar:update:livestream:master',
  getWebinarLiveStreamDetails: 'webinar:read:livestream webinar:read:livestream:admin webinar:read:livestream:master',
  webinarPollCreate: 'webinar:write:poll webinar:write:poll:admin webinar:write:poll:master',
  webinarPolls: 'webinar:read:list_polls webinar:read:list_polls:admin webinar:read:list_polls:master',
  getTrackingSources:
    'webinar:read:list_tracking_sources webinar:read:list_tracking_sources:admin webinar:read:list_tracking_sources:master',
  webinarRegistrantQuestionUpdate:
    'webinar:update:registration_question webinar:update:registration_question:admin webinar:update:registration_question:master',
  webinarRegistrantsQuestionsGet:
    'webinar:read:list_registration_questions webinar:read:list_registration_questions:admin webinar:read:list_registration_questions:master',
  webinarStatus: 'webinar:update:status webinar:update:status:admin webinar:update:status:master',
  webinarPanelistCreate: 'webinar:write:panelist webinar:write:panelist:admin webinar:write:panelist:master',
  webinarPanelists: 'webinar:read:list_panelists webinar:read:list_panelists:admin webinar:read:list_panelists:master',
  webinarPanelistsDelete: 'webinar:delete:panelist webinar:delete:panelist:admin webinar:delete:panelist:master',
  webinarSurveyUpdate: 'webinar:update:survey webinar:update:survey:admin webinar:update:survey:master',
  webinarSurveyGet: 'webinar:read:survey webinar:read:survey:admin webinar:read:survey:master',
  webinarSurveyDelete: 'webinar:delete:survey webinar:delete:survey:admin webinar:delete:survey:master',
  webinarRegistrantCreate: 'webinar:write:registrant webinar:write:registrant:admin webinar:write:registrant:master',
  webinarRegistrants:
    'webinar:read:list_registrants webinar:read:list_registrants:admin webinar:read:list_registrants:master',
  webinarPanelistDelete: 'webinar:delete:panelist webinar:delete:panelist:admin webinar:delete:panelist:master',
  webinarPollGet: 'webinar:read:poll webinar:read:poll:admin webinar:read:poll:master',
  webinarPollDelete: 'webinar:delete:poll webinar:delete:poll:admin webinar:delete:poll:master',
  webinarPollUpdate: 'webinar:update:poll webinar:update:poll:admin webinar:update:poll:master',
  createWebinarBrandingNameTag:
    'webinar:write:branding_name_tag webinar:write:branding_name_tag:admin webinar:write:branding_name_tag:master',
  deleteWebinarBrandingNameTag:
    'webinar:delete:branding_name_tag webinar:delete:branding_name_tag:admin webinar:delete:branding_name_tag:master',
  uploadWebinarBrandingWallpaper:
    'webinar:write:branding_wallpaper webinar:write:branding_wallpaper:admin webinar:write:branding_wallpaper:master',
  deleteWebinarBrandingWallpaper:
    'webinar:delete:branding_wallpaper webinar:delete:branding_wallpaper:admin webinar:delete:branding_wallpaper:master',
  pastWebinars:
    'webinar:read:list_past_instances webinar:read:list_past_instances:admin webinar:read:list_past_instances:master',
  trackingfieldCreate: 'tracking_field:write:tracking_field:admin tracking_field:write:tracking_field:master',
  trackingfieldList: 'tracking_field:read:list_tracking_fields:admin tracking_field:read:list_tracking_fields:master',
  trackingfieldUpdate: 'tracking_field:update:tracking_field:admin tracking_field:update:tracking_field:master',
  trackingfieldGet: 'tracking_field:read:tracking_field:admin tracking_field:read:tracking_field:master',
  trackingfieldDelete: 'tracking_field:delete:tracking_field:admin tracking_field:delete:tracking_field:master',
  dashboardChat: 'dashboard:read:chat:admin dashboard:read:chat:master',
  dashboardClientFeedback: 'dashboard:read:list_meetings_feedback:admin dashboard:read:list_meetings_feedback:master',
  participantWebinarFeedback: 'dashboard:read:post_webinar_feedback:admin dashboard:read:post_webinar_feedback:master',
  dashboardCRC: 'dashboard:read:crc_port_usage:admin dashboard:read:crc_port_usage:master',
  dashboardMeetingParticipants:
    'dashboard:read:list_meeting_participants:admin dashboard:read:list_meeting_participants:master',
  dashboardMeetingParticipantShare: 'dashboard:read:meeting_sharing:admin dashboard:read:meeting_sharing:master',
  dashboardWebinarParticipantsQOS:
    'dashboard:read:list_webinar_participants_qos:admin dashboard:read:list_webinar_participants_qos:master',
  listMeetingSatisfaction: 'dashboard:read:meeting_survey:admin dashboard:read:meeting_survey:master',
  dashboardIssueDetailZoomRoom: 'dashboard:read:issues_zoomroom:admin dashboard:read:issues_zoomroom:master',
  dashboardMeetingParticipantQOS:
    'dashboard:read:meeting_participant_qos:admin dashboard:read:meeting_participant_qos:master',
  dashboardIssueZoomRoom: 'dashboard:read:list_zoomrooms:admin dashboard:read:list_zoomrooms:master',
  getClientVersions: 'dashboard:read:client_versions:admin dashboard:read:client_versions:master',
  dashboardWebinarDetail: 'dashboard:read:webinar:admin dashboard:read:webinar:master',
  dashboardZoomRoom: 'dashboard:read:zoomroom:admin dashboard:read:zoomroom:master',
  dashboardWebinarParticipantQOS:
    'dashboard:read:webinar_participant_qos:admin dashboard:read:webinar_participant_qos:master',
  dashboardClientFeedbackDetail: 'dashboard:read:meeting_feedback:admin dashboard:read:meeting_feedback:master',
  dashboardWebinarParticipants:
    'dashboard:read:list_webinar_participants:admin dashboard:read:list_webinar_participants:master',
  dashboardWebinarParticipantShare: 'dashboard:read:webinar_sharing:admin dashboard:read:webinar_sharing:master',
  dashboardZoomRoomIssue: 'dashboard:read:issues_zoomroom:admin dashboard:read:issues_zoomroom:master',
  dashboardQuality: 'dashboard:read:meeting_quality_score:admin dashboard:read:meeting_quality_score:master',
  dashboardMeetings: 'dashboard:read:list_meetings:admin dashboard:read:list_meetings:master',
  dashboardZoomRooms: 'dashboard:read:list_zoomrooms:admin dashboard:read:list_zoomrooms:master',
  participantFeedback: 'dashboard:read:post_meeting_feedback:admin dashboard:read:post_meeting_feedback:master',
  dashboardWebinars: 'dashboard:read:list_webinars:admin dashboard:read:list_webinars:master',
  dashboardMeetingDetail: 'dashboard:read:meeting:admin dashboard:read:meeting:master',
  dashboardMeetingParticipantsQOS:
    'dashboard:read:list_meeting_participants_qos:admin dashboard:read:list_meeting_participants_qos:master',
  listRecordingsOfAnAccount:
    'cloud_recording:read:list_account_recordings:admin cloud_recording:read:list_account_recordings:master',
  recordingGet:
    'cloud_recording:read:list_recording_files cloud_recording:read:list_recording_files:admin cloud_recording:read:list_recording_files:master',
  recordingDelete:
    'cloud_recording:delete:meeting_recording cloud_recording:delete:meeting_recording:admin cloud_recording:delete:meeting_recording:master',
  meetingRecordingRegistrantCreate:
    'cloud_recording:write:recording_registrant cloud_recording:write:recording_registrant:admin cloud_recording:write:recording_registrant:master',
  meetingRecordingRegistrants:
    'cloud_recording:read:list_recording_registrants cloud_recording:read:list_recording_registrants:admin cloud_recording:read:list_recording_registrants:master',
  getMeetingRecordingsAnalyticsDetails:
    'cloud_recording:read:recording_analytics_details cloud_recording:read:recording_analytics_details:admin cloud_recording:read:recording_analytics_details:master',
  recordingStatusUpdate:
    'cloud_recording:update:recover_meeting_recordings cloud_recording:update:recover_meeting_recordings:admin cloud_recording:update:recover_meeting_recordings:master',
  recordingStatusUpdateOne:
    'cloud_recording:update:recover_single_recording cloud_recording:update:recover_single_recording:admin cloud_recording:update:recover_single_recording:master',
  recordingRegistrantQuestionUpdate:
    'cloud_recording:update:registration_questions cloud_recording:update:registration_questions:admin cloud_recording:update:registration_questions:master',
  recordingRegistrantsQuestionsGet:
    'cloud_recording:read:registration_questions cloud_recording:read:registration_questions:admin cloud_recording:read:registration_questions:master',
  getMeetingRecordingsAnalyticsSummary:
    'cloud_recording:read:recording_analytics_summary cloud_recording:read:recording_analytics_summary:admin cloud_recording:read:recording_analytics_summary:master',
  meetingRecordingRegistrantStatus:
    'cloud_recording:update:registrant_status cloud_recording:update:registrant_status:admin cloud_recording:update:registrant_status:master',
  recordingSettingsUpdate:
    'cloud_recording:update:recording_settings cloud_recording:update:recording_settings:admin cloud_recording:update:recording_settings:master',
  recordingSettingUpdate:
    'cloud_recording:read:recording_settings cloud_recording:read:recording_settings:admin cloud_recording:read:recording_settings:master',
  recordingsList:
    'cloud_recording:read:list_user_recordings cloud_recording:read:list_user_recordings:admin cloud_recording:read:list_user_recordings:master',
  recordingDeleteOne:
    'cloud_recording:delete:recording_file cloud_recording:delete:recording_file:admin cloud_recording:delete:recording_file:master',
  tspUpdate: 'tsp:update:tsp:admin tsp:update:tsp:master',
  tsp: 'tsp:read:tsp:admin tsp:read:tsp:master',
  userTSPUpdate: 'tsp:update:tsp_account tsp:update:tsp_account:admin tsp:update:tsp_account:master',
  userTSP: 'tsp:read:tsp_account tsp:read:tsp_account:admin tsp:read:tsp_account:master',
  userTSPDelete: 'tsp:delete:tsp_account tsp:delete:tsp_account:admin tsp:delete:tsp_account:master',
  tspUrlUpdate: 'tsp:update:tsp_settings tsp:update:tsp_settings:admin tsp:update:tsp_settings:master',
  userTSPCreate: 'tsp:write:tsp_account tsp:write:tsp_account:admin tsp:write:tsp_account:master',
  userTSPs: 'tsp:read:list_tsp_accounts tsp:read:list_tsp_accounts:admin tsp:read:list_tsp_accounts:master',
  updateAnInternalNumber:
    'sip_connected_audio:update:internal_numbers:admin sip_connected_audio:update:internal_numbers:master',
  deleteAnInternalNumber:
    'sip_connected_audio:delete:internal_numbers:admin sip_connected_audio:delete:internal_numbers:master',
  assignSIPTrunkConfiguration: 'sip_connected_audio:update:settings:admin sip_connected_audio:update:settings:master',
  getSIPTrunkConfiguration: 'sip_connected_audio:read:settings:admin sip_connected_audio:read:settings:master',
  assignSIPTrunks: 'sip_connected_audio:write:trunks:master',
  listSIPTrunks: 'sip_connected_audio:read:trunks:admin sip_connected_audio:read:trunks:master',
  listSIPTrunkNumbers: 'sip_connected_audio:read:numbers:master',
  deleteInternalCalloutCountry:
    'sip_connected_audio:delete:callout_countries:admin sip_connected_audio:delete:callout_countries:master',
  addInternalCalloutCountries:
    'sip_connected_audio:write:callout_countries:admin sip_connected_audio:write:callout_countries:master',
  listInternalCalloutCountries:
    'sip_connected_audio:read:callout_countries:admin sip_connected_audio:read:callout_countries:master',
  assignNumbers: 'sip_connected_audio:write:numbers:master',
  deleteAllNumbers: 'sip_connected_audio:delete:numbers:master',
  addInternalNumbers:
    'sip_connected_audio:write:internal_numbers:admin sip_connected_audio:write:internal_numbers:master',
  listInternalNumbers:
    'sip_connected_audio:read:internal_numbers:admin sip_connected_audio:read:internal_numbers:master',
  deleteASIPTrunk: 'sip_connected_audio:delete:trunks:master',
  accountTrustedDomain: 'account:read:trusted_domains:master',
  accountCreate: 'account:write:sub_account:master',
  accounts: 'account:read:list_sub_accounts:master',
  GetSubAccountDetails: 'account:read:sub_account:admin account:read:sub_account:master',
  DisassociateASubAccount: 'account:delete:sub_account:master',
  accountOptionsUpdate: 'account:update:options:master',
  updateAccountLockSettings: 'account:update:lock_settings:admin account:update:lock_settings:master',
  getAccountLockSettings: 'account:read:lock_settings:master',
  updateAccountOwner: 'account:update:owner:admin account:update:owner:master',
  accountSettingsUpdate: 'account:update:settings:admin account:update:settings:master',
  accountSettings: 'account:read:settings:admin account:read:settings:master',
  uploadVB: 'account:write:virtual_background_files:admin account:write:virtual_background_files:master',
  delVB: 'account:delete:virtual_background_files:admin account:delete:virtual_background_files:master',
  updateAccountsWebinarRegistrationSettings: 'account:update:registration_settings:master',
  getAccountsWebinarRegistrationSettings: 'account:read:registration_settings:master',
  accountManagedDomain: 'account:read:managed_domains:master',
  userPACs: 'pac:read:list_pac_accounts pac:read:list_pac_accounts:admin pac:read:list_pac_accounts:master',
  InformationBarriersUpdate: 'information_barrier:update:policy:admin information_barrier:update:policy:master',
  InformationBarriersGet: 'information_barrier:read:policy:admin information_barrier:read:policy:master',
  InformationBarriersDelete: 'information_barrier:delete:policy:admin information_barrier:delete:policy:master',
  InformationBarriersCreate: 'information_barrier:write:policy:admin information_barrier:write:policy:master',
  InformationBarriersList: 'information_barrier:read:list_policies:admin information_barrier:read:list_policies:master',
  imGroupCreate: 'contact_group:write:group:admin contact_group:write:group:master',
  imGroups: 'contact_group:read:list_groups:admin contact_group:read:list_groups:master',
  imGroupMembersCreate: 'contact_group:write:member:admin contact_group:write:member:master',
  imGroupMembers: 'contact_group:read:list_members:admin contact_group:read:list_members:master',
  imGroupUpdate: 'contact_group:update:group:admin contact_group:update:group:master',
  imGroup: 'contact_group:read:group:admin contact_group:read:group:master',
  imGroupDelete: 'contact_group:delete:group:admin contact_group:delete:group:master',
  imGroupMembersDelete: 'contact_group:delete:member:admin contact_group:delete:member:master',
  createRole: 'role:write:role role:write:role:admin role:write:role:master',
  roles: 'role:read:list_roles role:read:list_roles:admin role:read:list_roles:master',
  updateRole: 'role:update:role role:update:role:admin role:update:role:master',
  getRoleInformation: 'role:read:role role:read:role:admin role:read:role:master',
  deleteRole: 'role:delete:role role:delete:role:admin role:delete:role:master',
  AddRoleMembers: 'role:write:member role:write:member:admin role:write:member:master',
  roleMembers: 'role:read:list_members role:read:list_members:admin role:read:list_members:master',
  roleMemberDelete: 'role:delete:member role:delete:member:admin role:delete:member:master',
  listArchivedFiles: 'archiving:read:list_archived_files:admin archiving:read:list_archived_files:master',
  userEmail: 'user:read:email user:read:email:admin user:read:email:master',
  pastMeetingDetails: 'meeting:read:past_meeting meeting:read:past_meeting:admin meeting:read:past_meeting:master',
  pastMeetingParticipants:
    'meeting:read:list_past_participants meeting:read:list_past_participants:admin meeting:read:list_past_participants:master',
  downloadInvoicePDFFile: 'billing:read:download_invoice_file:master',
  createEventSubscription: 'marketplace:write:event_subscription',
  getUserEventSubscriptions: 'marketplace:read:list_event_subscriptions',
  unSubscribeEventSubscription: 'marketplace:delete:event_subscription',
  deleteEventSubscription: 'marketplace:delete:event_subscription',
  subscribeEventSubscription: 'marketplace:update:event_subscription',
  getWebhookLogs: 'marketplace:read:list_webhook_logs',
  ListSIPPhonePhones: 'sip_phone:read:list_sip_phones:admin sip_phone:read:list_sip_phones:master',
  EnableSIPPhonePhones: 'sip_phone:write:sip_phone:admin sip_phone:write:sip_phone:master',
  UpdateSIPPhonePhones: 'sip_phone:update:sip_phone:admin sip_phone:update:sip_phone:master',
  deleteSIPPhonePhones: 'sip_phone:delete:sip_phone:admin sip_phone:delete:sip_phone:master',
}

/**
 * Operations Zoom's table has no row for (under this id or a renamed one): their scopes follow Zoom's naming of the
 * neighbouring operations of the same service.
 */
export const DERIVED_GRANULAR: readonly string[] = [
  'generateSubInvoiceReport',
  'listSubInvoiceReport',
  'switchUserAccount',
  'userPictureDelete',
  'reportDaily',
  'reportCloudRecording',
  'createEventSubscription',
  'getUserEventSubscriptions',
  'unSubscribeEventSubscription',
  'deleteEventSubscription',
  'subscribeEventSubscription',
  'getWebhookLogs',
]

/** Operations served on a master path whose `:master` form the table omits: named after their `:admin` form. */
export const DERIVED_MASTER_FORMS: readonly string[] = [
  'meetingRegistrantsQuestionsGet',
  'getCollaborationDevice',
  'listCollaborationDevices',
  'groupAdminsCreate',
  'deviceCreate',
  'deviceList',
  'deviceUpdate',
  'deviceDelete',
  'userEmail',
  'pastMeetingDetails',
  'pastMeetingParticipants',
]

export interface GranularForms {
  /** No suffix: acts on the caller's own user only. */
  user: string[]
  /** `:admin`: account-wide. */
  admin: string[]
  /** `:master`: a sub account, through the master path. */
  master: string[]
}

/** An operation's granular scopes by form; undefined for an operation outside the catalog (the simulator's). */
export function granularForms(operationId: string): GranularForms | undefined {
  const list = GRANULAR_SCOPES[operationId]?.split(' ')
  if (!list) return undefined
  return {
    user: list.filter((s) => !s.endsWith(':admin') && !s.endsWith(':master')),
    admin: list.filter((s) => s.endsWith(':admin')),
    master: list.filter((s) => s.endsWith(':master')),
  }
}
