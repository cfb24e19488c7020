import multipart from '@fastify/multipart';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { operations } from './api/index.js';
import { registerOAuth } from './api/oauth/token.route.js';
import { registerDocs } from './docs/routes.js';
import { registerFiles } from './docs/files.route.js';
import { errors } from './errors/catalog.js';
import { installErrorHandling } from './http/errors.js';
import { registerOperation } from './http/register.js';
import { installValidation } from './http/validation.js';
import type { Services } from './services.js';

export interface AppOptions {
  logger?: boolean | object;
}

/** The whole request path, top to bottom. */
export async function buildApp(svc: Services, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 20 * 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    logController: new LogController({ disableRequestLogging: true }),
  });

  // 1. Every response carries a tracking id, as Zoom's do.
  const prefix = `v=2.0;clid=local;rid=${randomBytes(4).toString('hex')}`;
  let counter = 0;
  app.addHook('onRequest', (_req, reply, done) => {
    reply.header('x-zm-trackingid', `${prefix}${(++counter).toString(36)}`);
    done();
  });

  // 2. Bodies: JSON (an empty body is no body, since clients send the JSON content type on every call),
  //    forms (OAuth), and multipart uploads.
  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = (body as string).trim();
    if (!text) return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(errors.invalidJson(), undefined);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  await app.register(multipart, { limits: { fileSize: 16 * 1024 * 1024, files: 10 } });

  // 3. Validation and Zoom-shaped errors.
  installValidation(app);
  installErrorHandling(app);

  // 4. OAuth, docs, served files, then every declared operation under /v2.
  registerOAuth(app, svc);
  const served = operations.filter((op) => !op.enabled || op.enabled(svc.config));
  registerDocs(app, served);
  registerFiles(app, svc);
  for (const op of served) registerOperation(app, svc, op);

  return app;
}
