/**
 * A reviewer's verdict on one standard. Unlike the checker's, it is never
 * `unknown`: a person who listened to the call decides.
 */
export type HumanResult = 'pass' | 'fail';
