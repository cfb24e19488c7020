import { BillingService } from './domain/accounts/billing.js'
import { GroupService } from './domain/groups/group.service.js'
import { UserMemberships } from './domain/groups/membership.js'
import { ImGroupService } from './domain/im-groups/im-group.service.js'
import { InformationBarrierService } from './domain/information-barriers/policy.service.js'
import { MeetingInstances } from './domain/meetings/instances.js'
import { LiveStreamService } from './domain/meetings/livestream.js'
import { MeetingService } from './domain/meetings/meeting.service.js'
import { MeetingParticipants } from './domain/meetings/participants.js'
import { PollService } from './domain/meetings/polls.js'
import { RegistrantService } from './domain/meetings/registrants.js'
import { SurveyService } from './domain/meetings/surveys.js'
import { MeetingTemplateService } from './domain/meetings/templates.js'
import { RoleService } from './domain/roles/role.service.js'
import { TrackingFieldService } from './domain/tracking-fields/tracking-field.service.js'
import { TspService } from './domain/tsp/tsp.service.js'
import { H323DeviceService } from './domain/h323-devices/device.service.js'
import { SipInternalNumbers } from './domain/sip-trunk/internal-numbers.js'
import { SipCalloutCountries } from './domain/sip-trunk/callout-countries.js'
import { SipTrunks } from './domain/sip-trunk/trunks.js'
import { SipPhoneService } from './domain/sip-phones/phone.service.js'
import { InviteDailyLimit } from './domain/users/invite-limit.js'
import { WebinarBranding } from './domain/webinars/branding.js'
import { WebinarPanelists } from './domain/webinars/panelists.js'
import { PastWebinars } from './domain/webinars/past.js'
import { WebinarService } from './domain/webinars/webinar.service.js'
import { WebinarLive } from './domain/webinars/live.js'
import { TrackingSourceService } from './domain/webinars/tracking-sources.js'
import { WebhookDeliverer } from './events/deliverer.js'
import { WebhookSender } from './events/sender.js'
import { WebhookService } from './events/subscriptions.js'
import type { Services } from './services.js'
import { BackgroundPlays } from './sim/background.js'
import { Simulator } from './sim/simulator.js'
import { MeetingChat } from './sim/chat.js'
import { CloudRecordings } from './domain/cloud-recording/recordings.service.js'
import { RecordingPlays } from './domain/cloud-recording/plays.js'
import { RecordingRegistrants } from './domain/cloud-recording/registrants.js'
import { MeetingArchives } from './domain/archiving/archives.js'
import { LiveQos } from './domain/meetings/live-qos.js'
import { InstanceReports } from './domain/reports/instances.js'
import { DashboardParticipants } from './domain/dashboards/participants.js'
import { ActivityReports } from './domain/reports/activity.js'
import { AccountReports } from './domain/reports/account.js'
import { DashboardQos } from './domain/dashboards/qos.js'
import { DashboardQuality } from './domain/dashboards/quality.js'
import { DashboardInstances } from './domain/dashboards/instances.js'
import { ZoomRooms } from './domain/zoom-rooms/zoom-rooms.js'
import { DashboardUsage } from './domain/dashboards/usage.js'
import { OAuthService } from './domain/auth/oauth.service.js'
import { FaultInjector } from './domain/sim-tools/faults.js'
import { EventTrigger } from './domain/sim-tools/events.js'
import { RequestJournal } from './domain/sim-tools/journal.js'
import { ParticipantFeedback } from './domain/dashboards/feedback.js'

/** A class built from the server's services: one instance per server, created by `svc.use` on first use. */
export type ServiceClass = new (svc: Services) => object

/**
 * Every service class of the server that is reached as `svc.use(X)`; `use` accepts no other class. The members
 * of `Services` itself (tokens, accounts, apps, users, events…) are built by `buildServices`.
 */
export const SERVICES = [
  // OAuth apps: codes, installs, refresh tokens
  OAuthService,
  // Accounts, users, groups and roles
  BillingService,
  InviteDailyLimit,
  UserMemberships,
  GroupService,
  ImGroupService,
  RoleService,
  InformationBarrierService,
  TrackingFieldService,
  // Telephony and room devices
  H323DeviceService,
  SipPhoneService,
  TspService,
  // SIP Connected Audio (master account)
  SipInternalNumbers,
  SipCalloutCountries,
  SipTrunks,
  // Meetings
  MeetingService,
  MeetingInstances,
  MeetingParticipants,
  LiveQos,
  MeetingTemplateService,
  RegistrantService,
  PollService,
  SurveyService,
  LiveStreamService,
  // Webinars: the webinar face of the meeting core, and what only webinars have
  WebinarService,
  WebinarLive,
  WebinarPanelists,
  PastWebinars,
  WebinarBranding,
  TrackingSourceService,
  // Cloud recording (its sweep runs beside webhook delivery)
  CloudRecordings,
  RecordingPlays,
  RecordingRegistrants,
  MeetingArchives,
  // Reports of one held meeting or webinar instance
  InstanceReports,
  DashboardParticipants,
  ActivityReports,
  AccountReports,
  // Dashboards
  DashboardQos,
  DashboardQuality,
  DashboardInstances,
  ZoomRooms,
  DashboardUsage,
  ParticipantFeedback,
  // Webhooks: subscriptions, posting, delivery (which the server starts unless told not to deliver)
  WebhookService,
  WebhookSender,
  WebhookDeliverer,
  // Simulator
  Simulator,
  MeetingChat,
  BackgroundPlays,
  // The simulator's test tools: request journal and fault injection
  RequestJournal,
  FaultInjector,
  EventTrigger,
] as const satisfies readonly ServiceClass[]

export type RegisteredService = (typeof SERVICES)[number]

/**
 * Services built when the server starts, before it answers a request: each subscribes to other services'
 * changes in its constructor, so one first built by a request would have missed every change made before it.
 */
export const LISTENERS = [
  // Opens an instance (with its participants) when a meeting starts and closes it when the meeting ends, in the
  // transaction of the status change (MeetingService.onStatusChange).
  MeetingInstances,
  // Ends a meeting's live stream with the instance it streamed (MeetingService.onStatusChange).
  LiveStreamService,
  // Starts processing a cloud recording when its instance closes (MeetingInstances.onClosed).
  CloudRecordings,
  // Makes the compliance archive of an instance that closes in an archiving account (MeetingInstances.onClosed).
  MeetingArchives,
] as const satisfies readonly RegisteredService[]
