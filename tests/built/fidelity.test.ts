/**
 * Every sentence and item of the framework's Level 4 source appears on the built Level 4 fixture,
 * worded the same: on the level page, and each section's lines on that section's own page
 * (tests/support/checks/fidelity.ts). The content tests run the same on `content/` while it holds the
 * Level 4 handbook.
 */
import { describeFidelity } from '../support/checks/fidelity';
import { level4RootSite } from '../support/sites';

describeFidelity(level4RootSite);
