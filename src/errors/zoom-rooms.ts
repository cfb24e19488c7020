import { ZoomError } from './zoom-error.js'

/** Zoom Rooms, as the dashboards and the simulator name them. */
export const zoomRoomErrors = {
  // Zoom's Rooms reference answers an unknown room id this way.
  zoomRoomNotFound: (roomId: string) => new ZoomError(404, 1012, `Room does not exist: ${roomId}.`),
}
