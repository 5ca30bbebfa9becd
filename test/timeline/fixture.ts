/** The timeline's test corpus in `test/fixtures/timeline/`, read with the project's loader. */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDataset } from "../../src/dataset/load.ts";
import type { Dataset } from "../../src/dataset/schema.ts";

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/timeline");

export function loadFixture(dir = FIXTURE_DIR): Dataset {
  const result = loadDataset(dir);
  if (!result.ok) throw new Error(`fixture ${dir} does not load: ${JSON.stringify(result.issues, null, 2)}`);
  return result.dataset;
}
