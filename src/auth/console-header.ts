/**
 * Cookie-authenticated changes must carry this header. A cross-site form or
 * image cannot set a custom header, and a cross-site fetch that sets one needs
 * a CORS preflight the service never grants: so the header proves the request
 * came from the console's own scripts.
 */
export const CONSOLE_HEADER = 'x-requested-with';
export const CONSOLE_HEADER_VALUE = 'qa-console';
