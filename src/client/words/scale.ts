/** The rubric's descriptive scale (src/client/scale.ts): how often a behavior is seen, never pass or fail. */
export const scaleWords = {
  notYet: 'Not yet seen',
  sometimes: 'Sometimes',
  consistently: 'Consistently',
} as const;
