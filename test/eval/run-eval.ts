/**
 * `npm run eval`: runs every question in `test/eval/questions*.yaml` through the
 * engine and prints the accuracy table and the failures.
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadEngine } from "../../src/index.ts";
import { loadEvalSets } from "./eval-set.ts";
import { evaluate } from "./evaluate.ts";
import { latinReport, sourceNames } from "./latin-share.ts";
import { formatReport } from "./report.ts";

const engine = loadEngine();
const results = evaluate(engine, loadEvalSets(dirname(fileURLToPath(import.meta.url))));
const latin = latinReport(
  results.map((result) => result.answer),
  sourceNames(engine.dataset),
  10,
);
process.stdout.write(`${formatReport(results)}\n\n${latin.join("\n")}\n`);
