import { Type } from 'typebox'
import { ZOOM_ROOM_DEVICE_TYPES, ZOOM_ROOM_ISSUES } from '../../domain/zoom-rooms/issues.js'
import { PAGING } from '../../domain/paging.js'
import { e, i, o, pageNumber, pageSize, s, windowedPage, windowedTotal } from '../kit.js'
import { DashboardInstance } from './instances.js'

// The Zoom Rooms dashboards (2022 document, `calender_name` spelled as Zoom spells it) and the simulator's
// registration of rooms, devices and issues.

const date = () => Type.String({ format: 'date' })
const dateTime = () => Type.String({ minLength: 1 })

export const ZoomRoomParams = Type.Object({ zoomroomId: Type.String() })

export const DashboardZoomRoomsQuery = Type.Object({
  page_size: pageSize(PAGING),
  page_number: pageNumber(),
  next_page_token: s(),
})
export const DashboardZoomRoomWindowQuery = Type.Object({ from: date(), to: date() })
export const DashboardZoomRoomPagedQuery = Type.Object({
  from: date(),
  to: date(),
  page_size: pageSize(PAGING),
  next_page_token: s(),
})

const ZoomRoomFields = {
  id: s(),
  room_name: s(),
  calender_name: s(),
  email: s(),
  account_type: s(),
  status: s(),
  device_ip: s(),
  camera: s(),
  microphone: s(),
  speaker: s(),
  last_start_time: s(),
  location: s(),
  location_id: s(),
  issues: o(Type.Array(Type.String())),
  health: s(),
}

export const DashboardZoomRoomsOut = Type.Object({
  page_count: i(),
  page_number: i(),
  page_size: i(),
  total_records: i(),
  next_page_token: s(),
  zoom_rooms: o(Type.Array(Type.Object(ZoomRoomFields))),
})

export const DashboardZoomRoomOut = Type.Object({
  ...ZoomRoomFields,
  live_meeting: o(DashboardInstance),
  past_meetings: o(Type.Object({ ...windowedPage(), meetings: o(Type.Array(DashboardInstance)) })),
})

export const DashboardZoomRoomIssuesOut = Type.Object({
  ...windowedTotal(),
  issues: o(Type.Array(Type.Object({ issue_name: s(), zoom_rooms_count: i() }))),
})

export const DashboardIssueZoomRoomsOut = Type.Object({
  ...windowedTotal(),
  zoom_rooms: o(Type.Array(Type.Object({ id: s(), room_name: s(), issues_count: i() }))),
})

export const DashboardIssueDetailZoomRoomOut = Type.Object({
  ...windowedPage(),
  issue_details: o(Type.Array(Type.Object({ issue: s(), time: s() }))),
})

// Simulator

export const SimZoomRoomParams = Type.Object({ roomId: Type.String() })
export const SimZoomRoomIssueParams = Type.Object({ roomId: Type.String(), issueId: Type.String() })

const SimDevice = Type.Object({
  device_type: e(ZOOM_ROOM_DEVICE_TYPES),
  name: s({ maxLength: 128 }),
  ip: s({ maxLength: 64 }),
  app_version: s({ maxLength: 64 }),
  device_system: s({ maxLength: 64 }),
  status: o(e(['Online', 'Offline'] as const)),
})

export const SimZoomRoomBody = Type.Object({
  room_name: Type.String({ minLength: 1, maxLength: 128 }),
  location: s({ maxLength: 128 }),
  location_id: s({ maxLength: 64 }),
  calendar_name: s({ maxLength: 128 }),
  email: s({ maxLength: 128 }),
  account_type: s({ maxLength: 64 }),
  camera: s({ maxLength: 128 }),
  microphone: s({ maxLength: 128 }),
  speaker: s({ maxLength: 128 }),
  devices: o(Type.Array(SimDevice, { maxItems: 10 })),
})

export const SimZoomRoomOut = Type.Object({
  id: s(),
  room_name: s(),
  location: s(),
  location_id: s(),
  calendar_name: s(),
  email: s(),
  account_type: s(),
  camera: s(),
  microphone: s(),
  speaker: s(),
  created_at: s(),
  devices: o(
    Type.Array(
      Type.Object({
        id: s(),
        device_type: s(),
        name: s(),
        ip: s(),
        app_version: s(),
        device_system: s(),
        status: s(),
      }),
    ),
  ),
})

export const SimZoomRoomIssueBody = Type.Object({
  issue: e(ZOOM_ROOM_ISSUES),
  /** When the room raised it; now when absent. */
  at: o(dateTime()),
})
export const SimZoomRoomResolveBody = Type.Object({ at: o(dateTime()) })

export const SimZoomRoomIssueOut = Type.Object({
  id: s(),
  room_id: s(),
  issue: s(),
  started_at: s(),
  resolved_at: s(),
})
