import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Params } from 'nestjs-pino';
import { destination, stdSerializers } from 'pino';
import type { Options } from 'pino-http';
import { AppConfig } from '../../config/app-config.js';
import { maskPhonesDeep, maskPhonesInText } from './mask-phones.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export function loggerOptions(config: AppConfig): Params {
  const options: Options = {
    level: config.logLevel,
    // Reuse a caller's request id when it is safe, so a dialer can correlate.
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const incoming = req.headers['x-request-id'];
      const id =
        typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: maskPhonesInText(req.url),
      }),
      // Errors logged as bindings skip the logMethod hook; mask them here too.
      err: (err: Error) => maskPhonesDeep(stdSerializers.err(err)),
    },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => maskPhonesDeep(a)) as Parameters<typeof method>);
      },
    },
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
  };
  // A command's stdout may be data (a filtered CSV): its logs go to stderr.
  return { pinoHttp: config.role === 'cli' ? [options, destination(2)] : options };
}
