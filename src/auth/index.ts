// The auth module's front door: what other modules may use.
export { PasswordSignIn } from './password-sign-in.js';
export { AuthModule } from './auth.module.js';
// Users as reviewers, for QA (issue 15: no foreign entities, no raw queries of users).
export { ReviewerDirectory, type Reviewer } from './reviewer-directory.js';
