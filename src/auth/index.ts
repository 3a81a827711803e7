// The auth module's front door: what other modules may use.
export { PasswordSignIn } from './password-sign-in.js';
