/**
 * The rubric's descriptive scale, not pass or fail: how often a behavior is seen. The rubric page
 * shows it; the worksheet stores a reader's point on it.
 */
export const scale = [
  { value: 'not-yet', label: 'Not yet seen' },
  { value: 'sometimes', label: 'Sometimes' },
  { value: 'consistently', label: 'Consistently' },
] as const;
export type ScaleValue = (typeof scale)[number]['value'];
