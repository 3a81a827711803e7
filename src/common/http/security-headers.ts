import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { createHash } from 'node:crypto';

/**
 * helmet's headers on every response. The policy is the console's: its pages
 * load only their own scripts, styles and media, cannot be framed (clickjacking
 * on the review form). A page that inlines a fixed stylesheet (the printable
 * weekly report) has it allowed by its hash: bootstrap passes those styles in,
 * so common needs no page's module. Swagger UI at /api/docs inlines its
 * start-up code, so only there the policy is left out.
 */
const hashOf = (style: string) => `'sha256-${createHash('sha256').update(style).digest('base64')}'`;

const baseDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
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
  ...baseDirectives,
  styleSrc: ["'self'", "'unsafe-inline'"],
  baseUri: ["'self'"],
};

export function securityHeaders(inlineStyles: readonly string[] = []): RequestHandler {
  const directives = { ...baseDirectives, styleSrc: ["'self'", ...inlineStyles.map(hashOf)] };
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
