import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { createHash } from 'node:crypto';
import { PAGE_STYLE } from '../../reports/page/page-style.js';

/**
 * helmet's headers on every response. The policy is the console's: its pages
 * load only their own scripts, styles and media, cannot be framed (clickjacking
 * on the review form). The printable weekly report inlines one fixed
 * stylesheet, allowed by its hash; Swagger UI at /api/docs inlines its start-up
 * code, so only there the policy is left out.
 */
const REPORT_STYLE_HASH = `'sha256-${createHash('sha256').update(PAGE_STYLE).digest('base64')}'`;

const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", REPORT_STYLE_HASH],
  imgSrc: ["'self'", 'data:'],
  mediaSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

const common = {
  frameguard: { action: 'deny' as const },
  referrerPolicy: { policy: 'same-origin' as const },
  // HSTS only makes sense once served over HTTPS; the proxy in front sets it (README).
  strictTransportSecurity: false,
};

/**
 * Bull Board's page resolves its scripts against a <base href> and styles its
 * loading screen inline; scripts stay 'self' only.
 */
const boardDirectives = {
  ...directives,
  styleSrc: ["'self'", "'unsafe-inline'"],
  baseUri: ["'self'"],
};

export function securityHeaders(): RequestHandler {
  const strict = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives } });
  const docs = helmet({ ...common, contentSecurityPolicy: false });
  const board = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: boardDirectives },
  });
  return (req, res, next) => {
    const policy = req.path.startsWith('/api/docs')
      ? docs
      : req.path.startsWith('/admin/queues')
        ? board
        : strict;
    policy(req, res, next);
  };
}
