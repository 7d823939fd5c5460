import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions, type RawServerDefault } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { Database, DatabaseKind } from './db/connect.ts';
import { registerErrorHandling } from './http/error-handler.ts';
import { validatorCompiler } from './http/validation.ts';
import { requestLanguage } from './http/language.ts';
import { ERROR_MESSAGES } from '../contracts/errors.ts';
import { isWebRoute } from '../contracts/web-routes.ts';
import { registerSessions } from './features/auth/session.plugin.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { organisationRoutes } from './features/organisations/organisations.routes.ts';
import { centreRoutes } from './features/centres/centres.routes.ts';
import { userRoutes } from './features/users/users.routes.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { homeRoutes } from './features/home/home.routes.ts';
import { programmeRoutes } from './features/programmes/programmes.routes.ts';
import { taskRoutes } from './features/tasks/tasks.routes.ts';
import { participantRoutes } from './features/participants/participants.routes.ts';
import { participantImportRoutes } from './features/participants/import.routes.ts';
import { caseRoutes } from './features/cases/cases.routes.ts';
import { planRoutes } from './features/plans/plans.routes.ts';
import { serviceRoutes } from './features/services/services.routes.ts';
import { appointmentRoutes } from './features/appointments/appointments.routes.ts';
import { assessmentRoutes } from './features/assessments/assessments.routes.ts';
import { fidelityRoutes } from './features/fidelity/fidelity.routes.ts';
import { occupationRoutes } from './features/occupations/occupations.routes.ts';
import { employerRoutes } from './features/employers/employers.routes.ts';
import { vacancyRoutes } from './features/vacancies/vacancies.routes.ts';
import { matchingRoutes } from './features/matching/matching.routes.ts';
import { placementRoutes } from './features/placements/placements.routes.ts';
import { supportedEmploymentRoutes } from './features/supported-employment/supported-employment.routes.ts';

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, TypeBoxTypeProvider>;

export interface Deps {
  db: Database;
  config: Config;
  databaseKind: DatabaseKind;
  version: string;
}

// Logs say what happened to which path, never who or with what data: no query
// strings (they hold search terms such as names), no cookies, no bodies.
export function loggerOptions(config: Config): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    serializers: {
      req: (request: { method: string; url: string; id: string }) => ({
        id: request.id,
        method: request.method,
        path: request.url.split('?')[0],
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}

const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

export async function buildApp(deps: Deps, options: { logger?: FastifyServerOptions['logger'] } = {}): Promise<App> {
  const { config } = deps;
  const serverOptions: FastifyServerOptions = {
    logger: options.logger ?? loggerOptions(config),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  };
  const app = Fastify(serverOptions).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(compress, { threshold: 1024 });
  registerErrorHandling(app);
  registerSessions(app, deps);

  await app.register(swagger, {
    openapi: {
      info: { title: 'Kelias API', version: deps.version, description: 'JSON API of Kelias. Errors: { "error": { "code", "message", "details" } }.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'kelias_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  for (const routes of [healthRoutes, authRoutes, homeRoutes, organisationRoutes, centreRoutes, userRoutes, auditRoutes, participantRoutes, participantImportRoutes, programmeRoutes, caseRoutes, planRoutes, taskRoutes, serviceRoutes, appointmentRoutes, assessmentRoutes, occupationRoutes, employerRoutes, vacancyRoutes, matchingRoutes, placementRoutes, supportedEmploymentRoutes, fidelityRoutes]) {
    routes(app, deps);
  }

  const indexHtml = join(config.webDir, 'index.html');
  if (existsSync(indexHtml)) {
    // The files are listed once at start-up: after rebuilding the web app, restart Kelias.
    await app.register(fastifyStatic, { root: config.webDir, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    const language = requestLanguage(request);
    if (path.startsWith('/api/') || path === '/api' || request.method !== 'GET' || !existsSync(indexHtml)) {
      return reply.status(404).send({ error: { code: 'ROUTE.NOT_FOUND', message: ERROR_MESSAGES['ROUTE.NOT_FOUND'][language] } });
    }
    return reply.status(isWebRoute(path) ? 200 : 404).header('cache-control', 'no-cache').sendFile('index.html');
  });

  return app;
}
