import { applyDecorators, SetMetadata } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiForbiddenResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ErrorView } from '../http/error-view.js';
import type { Role } from './roles.js';

export const ROLES_KEY = 'roles';
export const PUBLIC_KEY = 'public';
export const CONSOLE_FORM_KEY = 'consoleForm';

/** Security scheme names in the OpenAPI document (bootstrap.ts declares them). */
export const BEARER_SCHEME = 'bearer';
export const SESSION_SCHEME = 'session';

/**
 * Route or controller reachable by these roles only; admin is always allowed.
 * The guard accepts an API token or the console's session cookie on every such
 * route, so the document lists both, as alternatives.
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiBearerAuth(BEARER_SCHEME),
    ApiCookieAuth(SESSION_SCHEME),
    ApiUnauthorizedResponse({
      description: 'Missing, unknown or expired credentials',
      type: ErrorView,
    }),
    ApiForbiddenResponse({ description: `Allowed roles: ${allowedRoles(roles)}`, type: ErrorView }),
  );

/** admin is always allowed, so it is named once however the route lists it. */
function allowedRoles(roles: Role[]): string {
  return [...new Set<Role>(['admin', ...roles])].join(', ');
}

/** No token needed. Used only by health and the console's sign-in page. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * A public route that changes state for a browser (signing in): it must carry
 * the console's header like every cookie-authenticated change does. Checked by
 * the guard on the matched route, so no spelling of the path escapes it.
 */
export const ConsoleForm = () => SetMetadata(CONSOLE_FORM_KEY, true);
