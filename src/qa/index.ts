// The qa module's front door for modules above it.
export { QaModule } from './qa.module.js';
export { SubjectQa } from './subject-qa.js';
export { ReviewView } from './reviews/review-view.js';
export { RemedialTaskView } from './remedial/remedial-task-view.js';
