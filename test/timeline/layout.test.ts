/**
 * The chart's annotations, from the fixture and from the real registry in
 * `data/`: every label inside the plot, clear of the other labels and of the
 * points, so every partner's name can be read.
 */
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Dataset } from "../../src/dataset/schema.ts";
import { loadDataset } from "../../src/dataset/load.ts";
import { loadMeasureText } from "../../src/timeline/fonts.ts";
import { layoutChart, type Box } from "../../src/timeline/layout.ts";
import { axisFraction, buildTimelineModel } from "../../src/timeline/model.ts";
import { resolveTimelineOptions, type TimelineOptions } from "../../src/timeline/options.ts";
import { timelineStrings } from "../../src/timeline/strings.ts";
import { FIXTURE_DIR, loadFixture } from "./fixture.ts";

const DATA_DIR = join(FIXTURE_DIR, "../../../data");

async function layout(dataset: Dataset, options: TimelineOptions) {
  const resolved = resolveTimelineOptions(dataset, options);
  if (!resolved.ok) throw new Error(resolved.error.message);
  const strings = timelineStrings(dataset, resolved.options.lang);
  const model = buildTimelineModel(dataset, resolved.options, strings.names);
  return { model, layout: layoutChart(model, strings, await loadMeasureText(), resolved.options.width) };
}

function overlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

function once<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

const cases: [string, () => Dataset, TimelineOptions[]][] = [
  ["the fixture", once(loadFixture), [{}, { year: 2024 }, { partner: "croatia" }, { lang: "uk", partner: "united-states" }, { width: 400 }]],
  [
    "the registry in data/",
    once(() => {
      const result = loadDataset(DATA_DIR);
      if (!result.ok) throw new Error(`data/ does not load: ${result.issues.length} issues`);
      return result.dataset;
    }),
    [
      {},
      { year: 2024 },
      { year: 2025 },
      { partner: "united-kingdom", year: 2024 },
      { partner: "greece" },
      { lang: "uk" },
      // A phone's width.
      { width: 400 },
      { width: 400, lang: "uk", partner: "european-union" },
      { width: 400, year: 2024 },
    ],
  ],
];

describe.each(cases)("labels of %s", (_, load, optionSets) => {
  it.each(optionSets.map((options) => [JSON.stringify(options), options] as const))("%s: inside the plot, clear of each other and of the points", async (_, options) => {
    const dataset = load();
    const { model, layout: chart } = await layout(dataset, options);
    const boxes = [...chart.pointLabels.map((label) => ({ name: label.text, box: label.box })), ...chart.milestoneLabels.map((label) => ({ name: label.text, box: label.box }))];
    expect(chart.pointLabels).toHaveLength(model.points.length);
    for (const { name, box } of boxes) {
      expect(box.x0 >= 0 && box.y0 >= 0 && box.x1 <= chart.plot.width && box.y1 <= chart.plot.height, `${name} inside the plot`).toBe(true);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(overlap(a.box, b.box), `"${a.name}" and "${b.name}" overlap`).toBe(false);
    }
    const x = (time: number) => axisFraction(model.axis, time) * chart.plot.width;
    const y = (count: number) => chart.plot.height * (1 - count / chart.yMax);
    // The step line: a horizontal run at each count, then a rise at the next signing.
    model.steps.forEach((step, index) => {
      const next = model.steps[index + 1];
      if (next === undefined) return;
      const run = { x0: x(step.time), y0: y(step.count) - 1, x1: x(next.time), y1: y(step.count) + 1 };
      const rise = { x0: x(next.time) - 1, y0: y(next.count), x1: x(next.time) + 1, y1: y(step.count) };
      for (const { name, box } of boxes) expect(overlap(run, box) || overlap(rise, box), `"${name}" crosses the line`).toBe(false);
    });
    for (const point of model.points) {
      const r = chart.size.pointRadius;
      const dot = { x0: x(point.time) - r, y0: y(point.count) - r, x1: x(point.time) + r, y1: y(point.count) + r };
      for (const { name, box } of boxes) expect(overlap(dot, box), `"${name}" covers the point of ${point.partners.join(", ")}`).toBe(false);
    }
  });
});
