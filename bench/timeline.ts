/**
 * Timeline rendering times, a section of `npm run bench` (or alone:
 * `npx tsx bench/timeline.ts [dataDir]`): the first render in the process
 * (it loads Vega, Vega-Lite, resvg and the font), a cached call, and fresh
 * renders with the libraries warm (a new dataset object, other options).
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadDataset } from "../src/dataset/load.ts";
import type { Dataset } from "../src/dataset/schema.ts";
import { ms, renderReport, type BenchSection, type SectionReport } from "./table.ts";

const DEFAULT_DATA_DIR = join(fileURLToPath(new URL("..", import.meta.url)), "data");

interface TimelineFigures {
  agreements: number;
  importMs: number;
  firstMs: number;
  cachedMs: number;
  freshMs: number;
  optionsMs: number;
  pngBytes: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function measure(dataDir: string, quick: boolean, progress: (line: string) => void): Promise<TimelineFigures> {
  const loaded = loadDataset(dataDir);
  if (!loaded.ok) throw new Error(`${dataDir} does not load (${loaded.issues.length} issues)`);
  const importStart = performance.now();
  const { renderTimeline } = await import("../src/timeline/index.ts");
  const importMs = performance.now() - importStart;

  let pngBytes = 0;
  const timed = async (dataset: Dataset, options: Parameters<typeof renderTimeline>[1] = {}): Promise<number> => {
    const start = performance.now();
    const result = await renderTimeline(dataset, options);
    if (!result.ok) throw new Error(result.error.message);
    pngBytes = result.image.png.length;
    return performance.now() - start;
  };

  progress("timeline: first render");
  const firstMs = await timed(loaded.dataset);
  const firstPngBytes = pngBytes;
  const cached: number[] = [];
  for (let i = 0; i < (quick ? 50 : 200); i++) cached.push(await timed(loaded.dataset));
  progress("timeline: fresh renders");
  const fresh: number[] = [];
  for (let i = 0; i < (quick ? 2 : 5); i++) fresh.push(await timed(structuredClone(loaded.dataset)));
  const variants: number[] = [];
  for (const options of [{ year: 2024 }, { partner: "japan" }, { lang: "uk" as const }]) variants.push(await timed(loaded.dataset, options));
  return {
    agreements: loaded.dataset.agreements.length,
    importMs,
    firstMs,
    cachedMs: median(cached),
    freshMs: median(fresh),
    optionsMs: median(variants),
    pngBytes: firstPngBytes,
  };
}

/** The section, on `data/` (or `dataDir`). */
export function timelineSection(dataDir = DEFAULT_DATA_DIR): BenchSection {
  return {
    name: "Timeline",
    async run(options, progress): Promise<SectionReport> {
      const figures = await measure(dataDir, options.quick, progress);
      const cachedRuns = options.quick ? 50 : 200;
      return {
        section: "Timeline",
        tables: [
          {
            title: `renderTimeline (${figures.agreements} agreements, ${process.version})`,
            columns: ["", "time"],
            rows: [
              ["import src/timeline", ms(figures.importMs)],
              ["first render (cold libraries)", ms(figures.firstMs)],
              [`cached call (median of ${cachedRuns})`, ms(figures.cachedMs)],
              ["new dataset object (median)", ms(figures.freshMs)],
              ["other options: year, partner, uk (median)", ms(figures.optionsMs)],
            ],
            notes: [
              "In process: the first render loads Vega, Vega-Lite, resvg and the font; later renders of new options reuse them.",
              `The full chart's PNG is ${(figures.pngBytes / 1024).toFixed(0)} KB: what each /timeline uploads to Telegram or Discord.`,
            ],
          },
        ],
        targets: [],
        data: figures,
      };
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await timelineSection(process.argv[2]).run({ quick: false }, (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(`${renderReport(report)}\n`);
}
