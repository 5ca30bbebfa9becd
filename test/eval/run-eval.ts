/**
 * `npm run eval`: runs every question in `test/eval/questions*.yaml` through the
 * engine and prints the accuracy table and the failures.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadEngine } from "../../src/index.ts";
import { loadEvalSets } from "./eval-set.ts";
import { evaluate } from "./evaluate.ts";
import { formatReport } from "./report.ts";

const results = evaluate(loadEngine(), loadEvalSets(dirname(fileURLToPath(import.meta.url))));
process.stdout.write(`${formatReport(results)}\n`);
