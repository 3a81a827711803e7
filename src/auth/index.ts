// The auth module's front door for modules above it that need no more than this.
export { AuthModule } from './auth.module.js';
// Users as reviewers, for QA (issue 15: no foreign entities, no raw queries of users).
export { ReviewerDirectory, type Reviewer } from './reviewer-directory.js';
