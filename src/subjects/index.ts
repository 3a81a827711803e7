// The subjects module's front door (top layer: nothing imports it but the app module).
export { SubjectsModule } from './subjects.module.js';
export { SubjectRetention } from './subject-retention.js';
export { type KeepDays } from './domain/retention-holds.js';
