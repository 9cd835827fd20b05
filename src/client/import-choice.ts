/**
 * The question an import asks before it changes or drops a note here (the rubric's worksheet and the
 * case page both ask it): what the file would add, change and leave, then merge, replace or cancel,
 * with the focus on merge, the choice that keeps everything.
 */
import type { ImportPlan } from './worksheet-import';
import { worksheetWords } from './words/worksheet';

/** Shows `panel` with the plan's counts in its `[data-…-import-summary]` and focuses its merge button. */
export function askImport(panel: HTMLElement, plan: ImportPlan, prefix: 'case' | 'worksheet'): void {
  const summary = panel.querySelector(`[data-${prefix}-import-summary]`);
  if (summary)
    summary.textContent = worksheetWords.importChoice(
      plan.added.length,
      plan.changed.length,
      plan.left.length,
    );
  panel.hidden = false;
  panel.querySelector<HTMLButtonElement>(`[data-${prefix}-merge]`)?.focus();
}
