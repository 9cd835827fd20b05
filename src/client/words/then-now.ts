/** The note at an item cited from an older version: the words src/client/then-now.ts says. */
export const thenNowWords = {
  /** The note's name, and its first words. */
  followed: (version: string) => `You followed a citation of version ${version}.`,
  reworded: 'Its words have changed since.',
  moved: 'It has moved since.',
  rewordedAndMoved: 'Its words have changed, and it has moved, since.',
  retired: 'It has since been retired.',
  then: (version: string) => `The words cited (version ${version})`,
  now: 'Today’s words',
  whereNow: 'Open it where it is now',
  difference: 'The difference',
  /** Before removed and added words, for screen readers: the difference reads without its colours. */
  removed: 'removed:',
  added: 'added:',
  leadsTo: 'Its link now leads to',
  whatChanged: 'What changed',
} as const;
