import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { errors } from '../errors/catalog.js'
import { ZoomError } from '../errors/zoom-error.js'

/**
 * Failures that happen before any route runs still answer in Zoom's `{code, message}` shape: the router's
 * (an undecodable URL, an overlong parameter) and Node's HTTP parser's (oversized headers, a timeout, garbage).
 */
export function routerError(err: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const zoom =
    err.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new ZoomError(414, 414, 'Request URI is too long.')
      : errors.badRequest('Invalid request URL.')
  void reply.status(zoom.status).send(zoom.toBody())
}

export function clientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return
  const [status, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request headers (or the URL) are too large.']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request timed out.']
        : [400, 'Malformed HTTP request.']
  const body = JSON.stringify({ code: status === 400 ? 300 : status, message })
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json;charset=UTF-8\r\nConnection: close\r\n\r\n${body}`,
    )
  }
  socket.destroy(err)
}
