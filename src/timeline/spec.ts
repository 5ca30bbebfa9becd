/**
 * The timeline as a Vega-Lite specification: a layered chart (milestone
 * rules, step line, points, labels) on fixed scales, with the positions that
 * `layout.ts` worked out. Pure: the same model and layout give the same spec.
 */
import type { TopLevelSpec } from "vega-lite";
import { FONT_FAMILY } from "./fonts.ts";
import { TITLE_OFFSET, type ChartLayout } from "./layout.ts";
import { axisFraction, type TimelineModel } from "./model.ts";
import type { PointStatus, TimelineStrings } from "./strings.ts";

const COLOURS = {
  ink: "#1f2933",
  muted: "#52606d",
  faint: "#9aa5b1",
  grid: "#e4e7eb",
  line: "#1d5fa8",
  highlight: "#c62828",
  status: {
    counted: { fill: "#1d5fa8", stroke: "#1d5fa8", label: "#1f2933" },
    disputed: { fill: "#e08a00", stroke: "#b36b00", label: "#1f2933" },
    uncounted: { fill: "#ffffff", stroke: "#7b8794", label: "#616e7c" },
    // Hollow (outside the count) in the colour of a disputed record.
    "uncounted-disputed": { fill: "#ffffff", stroke: "#b36b00", label: "#616e7c" },
  } satisfies Record<PointStatus, { fill: string; stroke: string; label: string }>,
} as const;

const STATUSES: readonly PointStatus[] = ["counted", "disputed", "uncounted", "uncounted-disputed"];

export function timelineSpec(model: TimelineModel, layout: ChartLayout, strings: TimelineStrings): TopLevelSpec {
  const SIZE = layout.size;
  const present = STATUSES.filter((status) => model.points.some((point) => point.status === status));
  const statusScale = (channel: "fill" | "stroke") => ({
    domain: present.map((status) => strings.status[status]),
    range: present.map((status) => COLOURS.status[status][channel]),
  });
  // The time axis is uneven (quiet stretches compressed, see `timeAxis` in model.ts). Vega-Lite cannot merge a
  // piecewise time scale across layers, so times are mapped onto a linear scale here and the ticks are labelled by lookup.
  const at = (time: number): number => Math.round(model.start + axisFraction(model.axis, time) * (model.end - model.start));
  // Every layer carries the same scales and axes: Vega-Lite merges them, and an `axis: null` in one layer would drop the axis.
  const x = {
    field: "time",
    type: "temporal" as const,
    scale: { type: "utc" as const, domain: [model.start, model.end], nice: false },
    title: null,
    axis: {
      values: layout.ticks.map((tick) => at(tick.time)),
      // Ticks sit at mapped times, so their labels are looked up rather than formatted.
      labelExpr: layout.ticks.reduceRight((rest, tick) => `+datum.value === ${at(tick.time)} ? ${JSON.stringify(tick.label)} : ${rest}`, "''"),
      labelPadding: 6,
      grid: false,
      labelOverlap: true,
    },
  };
  const y = {
    field: "count",
    type: "quantitative" as const,
    scale: { domain: [0, layout.yMax], nice: false, zero: true },
    axis: { title: strings.yAxis, tickMinStep: 1, format: "d", grid: true, titlePadding: 12, labelPadding: 6 },
  };
  // Labels sit at layout positions, not data values: screen readers get nothing from them.
  const text = {
    type: "text",
    aria: false,
    align: "left",
    baseline: "top",
    lineBreak: "\n",
    lineHeight: SIZE.labelFont * SIZE.lineHeight,
    fontSize: SIZE.labelFont,
  } as const;

  const points = model.points.map((point) => ({ time: at(point.time), count: point.count, status: strings.status[point.status], highlighted: point.highlighted }));
  const labelRuns = layout.pointLabels.flatMap((label) =>
    label.runs.map((run) => ({ ...run, time: at(run.time), colour: COLOURS.status[label.point.status].label })),
  );

  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: layout.plot.width,
    height: layout.plot.height,
    autosize: { type: "none" },
    padding: layout.padding,
    background: "#ffffff",
    title: {
      text: layout.title,
      subtitle: layout.subtitle,
      anchor: "start",
      frame: "bounds",
      offset: TITLE_OFFSET,
    },
    config: {
      font: FONT_FAMILY,
      view: { stroke: null },
      title: {
        fontSize: SIZE.titleFont,
        fontWeight: "bold",
        color: COLOURS.ink,
        lineHeight: SIZE.titleFont * 1.2,
        subtitleFontSize: SIZE.subtitleFont,
        subtitleColor: COLOURS.muted,
        subtitlePadding: 6,
        subtitleLineHeight: SIZE.subtitleFont * SIZE.subtitleLineHeight,
      },
      axis: {
        labelFontSize: SIZE.axisLabelFont,
        labelColor: COLOURS.muted,
        titleFontSize: SIZE.axisTitleFont,
        titleFontWeight: "normal",
        titleColor: COLOURS.muted,
        domainColor: COLOURS.faint,
        tickColor: COLOURS.faint,
        gridColor: COLOURS.grid,
      },
      legend: { labelFontSize: SIZE.legendFont, labelColor: COLOURS.ink, labelLimit: 1000, symbolSize: 90, symbolStrokeWidth: 2, columnPadding: 24 },
      locale: {
        time: {
          dateTime: "%x, %X",
          date: "%d.%m.%Y",
          time: "%H:%M:%S",
          periods: ["AM", "PM"],
          days: ["", "", "", "", "", "", ""],
          shortDays: ["", "", "", "", "", "", ""],
          months: strings.months,
          shortMonths: strings.shortMonths,
        },
      },
    },
    layer: [
      {
        // Compressed stretches of the time axis: a faint band, so the uneven spacing of the months is seen.
        data: { values: model.axis.compressed.map((stretch) => ({ time: at(stretch.from), time2: at(stretch.to) })) },
        mark: { type: "rect", aria: false, color: COLOURS.grid, opacity: 0.55 },
        encoding: { x: { field: "time", type: "temporal" }, x2: { field: "time2" } },
      },
      {
        data: { values: model.milestones.map((milestone) => ({ time: at(milestone.time) })) },
        mark: { type: "rule", aria: false, color: COLOURS.faint, strokeDash: [5, 4], strokeWidth: 1.2 },
        encoding: { x: x },
      },
      {
        data: { values: layout.milestoneLabels.map((label) => ({ time: at(label.time), count: label.count, text: label.text })) },
        mark: { ...text, fontSize: SIZE.milestoneFont, lineHeight: SIZE.milestoneFont * SIZE.lineHeight, color: COLOURS.muted },
        encoding: { x: x, y: y, text: { field: "text" } },
      },
      {
        data: { values: model.steps.map((step) => ({ time: at(step.time), count: step.count })) },
        mark: { type: "line", interpolate: "step-after", color: COLOURS.line, strokeWidth: 2.5 },
        encoding: { x, y },
      },
      {
        data: { values: points.filter((point) => point.highlighted) },
        mark: { type: "point", shape: "circle", filled: false, size: Math.PI * SIZE.highlightRadius ** 2, color: COLOURS.highlight, strokeWidth: 2.5 },
        encoding: { x: x, y: y },
      },
      {
        data: { values: points },
        mark: { type: "point", shape: "circle", size: Math.PI * SIZE.pointRadius ** 2 * 1.3, strokeWidth: 2, opacity: 1 },
        encoding: {
          x: x,
          y: y,
          fill: { field: "status", type: "nominal", scale: statusScale("fill"), legend: {
              title: null,
              orient: "none",
              legendX: layout.legendAt.x,
              legendY: layout.legendAt.y,
              direction: layout.legendVertical ? "vertical" : "horizontal",
              symbolType: "circle",
            },
          },
          stroke: { field: "status", type: "nominal", scale: statusScale("stroke") },
        },
      },
      {
        data: { values: labelRuns.filter((run) => !run.highlighted) },
        mark: text,
        encoding: { x: x, y: y, text: { field: "text" }, color: { field: "colour", type: "nominal", scale: null } },
      },
      {
        data: { values: labelRuns.filter((run) => run.highlighted) },
        mark: { ...text, fontWeight: "bold", color: COLOURS.highlight },
        encoding: { x: x, y: y, text: { field: "text" } },
      },
      {
        data: { values: [{ text: layout.footer.join("\n") }] },
        mark: {
          ...text,
          fontSize: SIZE.footerFont,
          lineHeight: SIZE.footerFont * SIZE.lineHeight,
          color: COLOURS.muted,
          x: layout.footerAt.x,
          y: layout.footerAt.y,
        },
        encoding: { text: { field: "text" } },
      },
    ],
  };
}
