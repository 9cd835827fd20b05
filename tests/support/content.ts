/** A handbook's model, read with the same loader the build uses, for tests that check pages against it. */
import { compileContent } from '../../src/pipeline/compile';
import { allItems, type Handbook, type Item } from '../../src/pipeline/model/model';
import { formatProblem } from '../../src/pipeline/problems';
import { repoRoot } from './sites';

export function readModel(root: string = repoRoot): Handbook {
  const { handbook, problems } = compileContent(root);
  if (!handbook) throw new Error(`content has problems:\n${problems.map(formatProblem).join('\n')}`);
  return handbook;
}

/** Every item of the handbook under `root` (the real one by default). */
export function readContentItems(root: string = repoRoot): Item[] {
  return allItems(readModel(root));
}
