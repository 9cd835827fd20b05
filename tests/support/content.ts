/**
 * A handbook's model, read with the same loader the build uses, for tests that check pages against it.
 * The root is always named: a product test reads a fixture (`level4Fixture`, `ladderFixture`, a built
 * site's `root`), and only the content tests read `content/` (`repoRoot`).
 */
import { compileContent } from '../../src/pipeline/compile';
import { allItems, type Handbook, type Item } from '../../src/pipeline/model/model';
import { formatProblem } from '../../src/pipeline/problems';

export function readModel(root: string): Handbook {
  const { handbook, problems } = compileContent(root);
  if (!handbook) throw new Error(`content has problems:\n${problems.map(formatProblem).join('\n')}`);
  return handbook;
}

/** Every item of the handbook under `root`. */
export function readContentItems(root: string): Item[] {
  return allItems(readModel(root));
}
