/**
 * Timeline rendering times: `npx tsx bench/timeline.ts [dataDir]`.
 * First render (loads Vega, Vega-Lite, resvg and the font), a cached call,
 * and a fresh render of a new dataset object with the libraries warm.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { loadDataset } from "../src/dataset/load.ts";
import type { Dataset } from "../src/dataset/schema.ts";

const dataDir = process.argv[2] ?? join(fileURLToPath(new URL("..", import.meta.url)), "data");
const loaded = loadDataset(dataDir);
if (!loaded.ok) {
  console.error(`${dataDir} does not load (${loaded.issues.length} issues); run npm run validate-data or pass another directory`);
  process.exit(1);
}

const importStart = performance.now();
const { renderTimeline } = await import("../src/timeline/index.ts");
const importMs = performance.now() - importStart;

async function timed(dataset: Dataset, options: Parameters<typeof renderTimeline>[1] = {}): Promise<number> {
  const start = performance.now();
  const result = await renderTimeline(dataset, options);
  if (!result.ok) throw new Error(result.error.message);
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const first = await timed(loaded.dataset);
const cachedRuns: number[] = [];
for (let i = 0; i < 200; i++) cachedRuns.push(await timed(loaded.dataset));
const cached = median(cachedRuns);
const fresh: number[] = [];
for (let i = 0; i < 5; i++) fresh.push(await timed(structuredClone(loaded.dataset)));
const variants: number[] = [];
for (const options of [{ year: 2024 }, { partner: "japan" }, { lang: "uk" as const }]) variants.push(await timed(loaded.dataset, options));

const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 0)} ms`;
console.log(`timeline bench (${loaded.dataset.agreements.length} agreements, ${process.version})`);
console.log(`  import src/timeline            ${ms(importMs)}`);
console.log(`  first render (cold libraries)  ${ms(first)}`);
console.log(`  cached call (median of 200)    ${ms(cached)}`);
console.log(`  new dataset object (median/5)  ${ms(median(fresh))}`);
console.log(`  other options (median/3)       ${ms(median(variants))}`);
