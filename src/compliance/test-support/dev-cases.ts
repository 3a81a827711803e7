import { fileURLToPath } from 'node:url';
import {
  loadLabelledFiles,
  toInput as labelledInput,
  type LabelledCase,
} from '../eval/labelled-set.js';
import type { EvaluationInput } from '../types.js';

/** The labelled development set, read from test/fixtures (shapes as in shared/compliance-cases). */
export type DevCase = LabelledCase;

const devSet = (() => {
  const path = (name: string) =>
    fileURLToPath(new URL(`../../../test/fixtures/${name}`, import.meta.url));
  return loadLabelledFiles(path('dev-products.json'), path('dev-cases.json'));
})();

export const devCases: DevCase[] = devSet.cases;

export function toInput(c: DevCase): EvaluationInput {
  return labelledInput(devSet, c);
}
