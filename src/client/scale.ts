/**
 * The rubric's scale: the points a reader marks an item at. By default a descriptive one, not pass or
 * fail: how often a behavior is seen. A framework may declare its own (a scale with `rubric: true`),
 * whose values are then the points, each its own label.
 */
import { scaleWords } from './words/scale';

/** One point of the scale: what a worksheet stores, and what a reader reads. */
export interface ScalePoint {
  value: string;
  label: string;
}

/** The default scale. */
export const scale: readonly ScalePoint[] = [
  { value: 'not-yet', label: scaleWords.notYet },
  { value: 'sometimes', label: scaleWords.sometimes },
  { value: 'consistently', label: scaleWords.consistently },
];

/** A point's value: one of the scale's, or one a scale had when the worksheet was saved. */
export type ScaleValue = string;

/** The points of a framework's own scale: its values, in order, each its own label. */
export function scaleOf(values: readonly string[]): ScalePoint[] {
  return values.map((value) => ({ value, label: value }));
}
