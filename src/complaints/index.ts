/** What other modules may use of complaints: its read side, never its entities. */
export { ComplaintReader, type ClosedComplaint } from './complaint-reader.js';
export type { OverdueKind } from './domain/complaint-deadlines.js';
export { ComplaintsModule } from './complaints.module.js';
export { SubjectComplaints, type SubjectComplaint } from './subject-complaints.js';
export { ComplaintDetailView } from './complaint-view.js';
export {
  complaintsByAgent,
  complaintsByOwner,
  receivedComplaints,
  type AgentComplaintTally,
  type OwnerComplaintTally,
  type ReceivedComplaint,
  type ReceivedRange,
  type ReopenTally,
} from './report-facts.js';
