import { evaluateCall, type Compliance, type EvaluationInput } from '../../compliance/index.js';

/** A worker thread's task: the four-standard checker over a chunk of cloned, plain inputs. */
export default function check(inputs: EvaluationInput[]): Compliance[] {
  return inputs.map(evaluateCall);
}
