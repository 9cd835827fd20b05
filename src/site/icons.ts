/** The handbook's icons: their names, and the ids their drawings have on every page. */
export const iconNames = ['link', 'copy', 'search', 'pick', 'edit'] as const;
export type IconName = (typeof iconNames)[number];

/** `icon--link`: made with `--`, which no author id contains, so it never clashes with an item. */
export const iconId = (name: IconName) => `icon--${name}`;
