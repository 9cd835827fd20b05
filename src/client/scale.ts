/**
 * The rubric's descriptive scale, not pass or fail: how often a behavior is seen. The rubric page
 * shows it; the worksheet stores a reader's point on it.
 */
import { scaleWords } from './words/scale';

export const scale = [
  { value: 'not-yet', label: scaleWords.notYet },
  { value: 'sometimes', label: scaleWords.sometimes },
  { value: 'consistently', label: scaleWords.consistently },
] as const;
export type ScaleValue = (typeof scale)[number]['value'];
