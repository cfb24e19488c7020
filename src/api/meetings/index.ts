import type { AnyOperation } from '../../http/operation.js';
import listMeetingTemplates from './listMeetingTemplates.js';
import meeting from './meeting.js';
import meetingCreate from './meetingCreate.js';
import meetingDelete from './meetingDelete.js';
import meetingInvitation from './meetingInvitation.js';
import meetingInviteLinksCreate from './meetingInviteLinksCreate.js';
import meetings from './meetings.js';
import meetingStatus from './meetingStatus.js';
import meetingTemplateCreate from './meetingTemplateCreate.js';
import meetingToken from './meetingToken.js';
import meetingUpdate from './meetingUpdate.js';

/** The Meetings operations. */
export const meetingsOperations: AnyOperation[] = [
  meetingCreate,
  meetings,
  meeting,
  meetingUpdate,
  meetingDelete,
  meetingStatus,
  meetingInvitation,
  meetingInviteLinksCreate,
  meetingToken,
  listMeetingTemplates,
  meetingTemplateCreate,
];
