import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { json, urlencoded } from 'express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { BEARER_SCHEME, SESSION_SCHEME } from './common/access/decorators.js';
import { CONSOLE_HEADER, CONSOLE_HEADER_VALUE } from './auth/console-header.js';
import { SESSION_COOKIE } from './auth/credentials.js';
import { securityHeaders } from './common/http/security-headers.js';
import { declaredLengthLimit } from './common/http/body-limits.js';
import { refuseDeepJson } from './common/http/json-depth.js';
import { cacheValidationMetadata } from './common/validation/metadata-cache.js';
import { AppConfig } from './config/app-config.js';
import { PAGE_STYLE } from './reports/page/page-style.js';
import type { ConfigSource } from './config/config.module.js';

/** Builds the application exactly as production runs it; tests call this too. */
export async function createApp(source: ConfigSource): Promise<NestExpressApplication> {
  cacheValidationMetadata();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(source), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  configureHttp(app, app.get(AppConfig));
  return app;
}

/** For one-off commands: the same modules and database, no HTTP, workers or schedulers. */
export async function createCliContext(
  env: Record<string, string | undefined>,
): Promise<INestApplicationContext> {
  cacheValidationMetadata();
  const source = { env: { ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'warn' }, cli: true };
  const ctx = await NestFactory.createApplicationContext(AppModule.forRoot(source), {
    bufferLogs: true,
  });
  ctx.useLogger(ctx.get(Logger));
  return ctx;
}

function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  // Which proxies may say the client's address and scheme (README, "Behind a reverse proxy").
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders([PAGE_STYLE]));
  // The one body configuration: any body over UPLOAD_LIMIT_BYTES is refused
  // by its declared length; JSON and forms are parsed up to their own limit;
  // streamed uploads count their bytes (body-limits.ts, multer's limits);
  // JSON nested deeper than MAX_JSON_DEPTH is refused before it is parsed.
  app.use(declaredLengthLimit(config.uploadLimitBytes));
  app.use(json({ limit: config.jsonBodyLimitBytes, verify: refuseDeepJson }));
  app.use(urlencoded({ extended: false, limit: config.jsonBodyLimitBytes }));
  setupSwagger(app);
}

/** @Public() routes carry no security requirement; say so (`security: []`) instead of leaving it open. */
function markPublic(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const op of [item.get, item.put, item.post, item.delete, item.patch]) {
      if (op && !op.security) op.security = [];
    }
  }
  return document;
}

function setupSwagger(app: INestApplication): void {
  const doc = new DocumentBuilder()
    .setTitle('Outbound-call compliance and QA')
    .setDescription(
      'Four valid-marketing standards checked on every call, QA sampling and review, ' +
        'trial confirmations, complaints, blacklist-filtered dial lists and the weekly report.',
    )
    .setVersion('1')
    .setLicense('UNLICENSED', 'https://spdx.org/licenses/')
    .addServer('/', 'This service')
    // An opaque API token (`qat_…`, stored hashed), not a JWT: nothing can be read from it.
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'opaque',
        description:
          'Opaque API token (`qat_…`) issued per user; send `Authorization: Bearer <token>`',
      },
      BEARER_SCHEME,
    )
    // The console's server-side session (a random id; only its hash is stored).
    .addCookieAuth(
      SESSION_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        name: SESSION_COOKIE,
        description:
          `Console session cookie, set by signing in to the web console (POST /console/session). A request it ` +
          `authenticates that changes state must also send \`${CONSOLE_HEADER}: ${CONSOLE_HEADER_VALUE}\`.`,
      },
      SESSION_SCHEME,
    )
    .build();
  SwaggerModule.setup('api/docs', app, () => markPublic(SwaggerModule.createDocument(app, doc)), {
    jsonDocumentUrl: 'api/docs-json',
  });
}
