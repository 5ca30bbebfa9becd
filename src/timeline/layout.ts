/**
 * Where the chart's annotations go. The chart has a fixed pixel size and
 * fixed scale domains, so a label's box is known before Vega runs: labels are
 * placed here, clear of the step line, the points and each other, and handed
 * to the spec in data coordinates.
 */
import type { MeasureText } from "./fonts.ts";
import { axisFraction, axisTime, type SigningPoint, type TimelineModel } from "./model.ts";
import { isUncounted, type TimelineStrings } from "./strings.ts";

/** Pixel sizes of the picture and its text, in CSS pixels (the PNG is `scale` times larger). */
export interface Sizes {
  width: number;
  /** The least height; a narrow picture grows taller until every count level has room for a label. */
  height: number;
  scale: number;
  titleFont: number;
  subtitleFont: number;
  legendFont: number;
  axisLabelFont: number;
  axisTitleFont: number;
  labelFont: number;
  milestoneFont: number;
  footerFont: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  subtitleLineHeight: number;
  pointRadius: number;
  highlightRadius: number;
  /** Longest point label line; longer ones break between partner names. */
  maxLabelWidth: number;
}

/** The default picture: 1200×760, for a desktop client or a browser. */
const WIDE: Sizes = {
  width: 1200,
  height: 760,
  scale: 2,
  titleFont: 22,
  subtitleFont: 14,
  legendFont: 13,
  axisLabelFont: 12,
  axisTitleFont: 13,
  labelFont: 12.5,
  milestoneFont: 12,
  footerFont: 12,
  lineHeight: 1.25,
  subtitleLineHeight: 1.35,
  pointRadius: 5,
  highlightRadius: 11,
  maxLabelWidth: 260,
};

/** Below this width the picture is laid out for a phone: no text under 11 px, taller than wide. */
const PHONE_WIDTH = 700;

/**
 * The sizes for a picture `width` CSS pixels wide (null: the default). Text
 * sizes are CSS pixels, so at a phone's width every text is at least 11 px
 * when the picture is shown as wide as it was laid out.
 */
export function sizesFor(width: number | null): Sizes {
  if (width === null || width === WIDE.width) return WIDE;
  if (width >= PHONE_WIDTH) return { ...WIDE, width, height: Math.round((width * WIDE.height) / WIDE.width), scale: width >= 1000 ? 2 : 3 };
  return {
    ...WIDE,
    width,
    height: Math.round(width * 1.4),
    // Sharp on a phone's 3× screen; 1200 pixels wide at 400.
    scale: 3,
    titleFont: 18,
    subtitleFont: 12,
    legendFont: 12,
    axisLabelFont: 11.5,
    axisTitleFont: 12,
    labelFont: 12.5,
    milestoneFont: 11.5,
    footerFont: 11,
    pointRadius: 4.5,
    highlightRadius: 9,
    maxLabelWidth: Math.min(260, Math.round(width * 0.45)),
  };
}

/** The sizes of the picture being laid out: `layoutChart` sets them before anything is measured. */
let SIZE: Sizes = WIDE;

const PADDING_RIGHT = 36;
const MARGIN = 24;
/** Gaps between the title block, the legend and the plot. */
export const TITLE_OFFSET = 14;
const LEGEND_OFFSET = 16;
/** Height of one row of the legend. */
const LEGEND_ROW = 18;
/** Space the x-axis takes under the plot: ticks, labels and a gap. */
const X_AXIS_HEIGHT = 40;
/** Clearance kept around the step line and the points. */
const LINE_CLEARANCE = 3;
const LABEL_GAP = 5;
/** Where a label finds no room on one line, it may break between words down to this width. */
const NARROW_LABEL_WIDTH = 100;
/** And failing that, one word a line ("United / Kingdom"), for a point near the left edge of a narrow plot. */
const WORD_LABEL_WIDTH = 40;
const MILESTONE_LEVELS = 3;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A placed label: its top-left corner in data coordinates (time in ms, count). */
export interface PlacedLabel {
  text: string;
  time: number;
  count: number;
  box: Box;
}

/** A stretch of a point label in one style, its top-left corner in data coordinates. */
export interface LabelRun {
  text: string;
  time: number;
  count: number;
  /** The highlighted partner's name: drawn bold in the highlight colour. */
  highlighted: boolean;
}

export interface PointLabel {
  point: SigningPoint;
  /** The whole label, lines joined by "\n". */
  text: string;
  box: Box;
  runs: LabelRun[];
}

export interface ChartLayout {
  size: Sizes;
  width: number;
  height: number;
  padding: { top: number; right: number; bottom: number; left: number };
  plot: { width: number; height: number };
  yMax: number;
  title: string[];
  subtitle: string[];
  footer: string[];
  /** Legend entries one per row (a narrow picture) rather than side by side. */
  legendVertical: boolean;
  /** Top-left of the footer and of the legend, relative to the plot's top-left corner. */
  footerAt: { x: number; y: number };
  legendAt: { x: number; y: number };
  pointLabels: PointLabel[];
  milestoneLabels: PlacedLabel[];
  /** Month starts to tick and label on the time axis, spaced so that their labels do not crowd. */
  ticks: { time: number; label: string }[];
}

export function layoutChart(model: TimelineModel, strings: TimelineStrings, measure: MeasureText, width: number | null = null): ChartLayout {
  SIZE = sizesFor(width);
  const textWidth = SIZE.width - 2 * MARGIN;
  const title = wrap(model.year === null ? strings.title : strings.titleYear(model.year), textWidth, (line) => measure(line, SIZE.titleFont, true));
  const subtitleLines = [strings.subtitle(strings.date(model.asOf))];
  if (model.highlight !== null) {
    subtitleLines.push(strings.subtitleHighlight(model.highlight));
  }
  const subtitle = subtitleLines.flatMap((line) => wrap(line, textWidth, (part) => measure(part, SIZE.subtitleFont)));
  // Legend entries: a symbol, the words, a gap; side by side when they fit.
  const legendWidth = legendEntries(model, strings).reduce((sum, entry) => sum + 20 + measure(entry, SIZE.legendFont) + 24, 0);
  const legendVertical = legendWidth > textWidth;
  const legendHeight = legendVertical ? legendEntries(model, strings).length * LEGEND_ROW : LEGEND_ROW;
  const top = Math.round(
    MARGIN - 4 + title.length * SIZE.titleFont * 1.2 + 6 + subtitle.length * SIZE.subtitleFont * SIZE.subtitleLineHeight + TITLE_OFFSET + legendHeight + LEGEND_OFFSET,
  );
  const yTickWidth = measure(String(Math.max(model.countAtEnd, 10)), SIZE.axisLabelFont);
  const left = MARGIN + SIZE.axisTitleFont + 12 + yTickWidth + 10;
  const footer = wrap(
    `${strings.footerAsOf(strings.date(model.asOf))} ${strings.footerSources(model.publishers, model.otherPublishers)}`,
    SIZE.width - left - PADDING_RIGHT,
    (line) => measure(line, SIZE.footerFont),
  );
  const bottom = X_AXIS_HEIGHT + 14 + footer.length * SIZE.footerFont * SIZE.lineHeight + MARGIN - 8;
  const plotWidth = SIZE.width - left - PADDING_RIGHT;
  const x = (time: number): number => axisFraction(model.axis, time) * plotWidth;
  const milestones = placeMilestones(model, strings, measure, x, plotWidth);
  const band = milestones.levels * milestones.levelHeight + (milestones.levels > 0 ? 8 : 0);
  // Every count level needs room for a one-line label; a narrow picture grows taller for it.
  const needed = band + SIZE.labelFont + 12 + (Math.max(model.countAtEnd, 1) + 1) * (textHeight(1, SIZE.labelFont) + 3);
  const height = Math.max(SIZE.height, Math.ceil(top + bottom + needed));
  const plot = { width: plotWidth, height: Math.round(height - top - bottom) };

  // Headroom above the highest point keeps the milestone labels clear of the data.
  const topCount = Math.max(model.countAtEnd, 1);
  const yMax = topCount / (1 - (band + SIZE.labelFont + 12) / plot.height);
  const y = (count: number): number => plot.height * (1 - count / yMax);

  const obstacles: Box[] = [...milestones.boxes, ...lineBoxes(model, x, y), ...model.points.map((p) => pointBox(p, x, y))];
  const pointLabels: PointLabel[] = [];
  const toTime = (px: number): number => axisTime(model.axis, px / plot.width);
  const toCount = (py: number): number => yMax * (1 - py / plot.height);
  for (const point of model.points) {
    const variants = [SIZE.maxLabelWidth, NARROW_LABEL_WIDTH, WORD_LABEL_WIDTH].map((width) => labelLines(point, model.highlight?.id ?? null, measure, width));
    const { lines, box } = placePointLabel(point, variants, x, y, plot, obstacles);
    obstacles.push(box);
    const runs = lines.runs.map((run) => ({
      text: run.text,
      time: toTime(box.x0 + run.dx),
      count: toCount(box.y0 + run.line * SIZE.labelFont * SIZE.lineHeight),
      highlighted: run.highlighted,
    }));
    pointLabels.push({ point, text: lines.text, box, runs });
  }

  return {
    size: SIZE,
    width: SIZE.width,
    height,
    padding: { top, right: PADDING_RIGHT, bottom: height - top - plot.height, left },
    plot,
    yMax,
    title,
    subtitle,
    footer,
    legendVertical,
    footerAt: { x: MARGIN - left, y: plot.height + X_AXIS_HEIGHT + 14 },
    legendAt: { x: MARGIN - left, y: -(legendHeight + LEGEND_OFFSET) },
    pointLabels,
    milestoneLabels: milestones.labels.map((label) => ({ text: label.text, box: label.box, time: toTime(label.box.x0), count: toCount(label.box.y0) })),
    ticks: axisTicks(model, strings, measure, x, plot.width),
  };
}

/**
 * Month starts for the time axis on its uneven scale: every January first,
 * then the other months where their label has room, so a compressed stretch
 * gets few ticks and a crowded one many.
 */
function axisTicks(
  model: TimelineModel,
  strings: TimelineStrings,
  measure: MeasureText,
  x: (time: number) => number,
  width: number,
): { time: number; label: string }[] {
  const months: number[] = [];
  const first = new Date(model.start);
  for (let m = first.getUTCMonth() + 1, y = first.getUTCFullYear(); ; m++) {
    const time = Date.UTC(y, m, 1);
    if (time > model.end) break;
    months.push(time);
  }
  const label = (time: number, isFirst: boolean): string => {
    const date = new Date(time);
    const month = strings.shortMonths[date.getUTCMonth()]!;
    return isFirst || date.getUTCMonth() === 0 ? `${month} ${date.getUTCFullYear()}` : month;
  };
  const chosen: number[] = [];
  const fits = (time: number): boolean => {
    const all = [...chosen, time].sort((a, b) => a - b);
    return all.every((t, i) => {
      const half = measure(label(t, i === 0), SIZE.axisLabelFont) / 2;
      if (x(t) - half < -8 || x(t) + half > width + PADDING_RIGHT - 4) return false;
      const next = all[i + 1];
      return next === undefined || x(next) - measure(label(next, false), SIZE.axisLabelFont) / 2 - (x(t) + half) >= 14;
    });
  };
  for (const time of months.filter((t) => new Date(t).getUTCMonth() === 0)) if (fits(time)) chosen.push(time);
  for (const time of months) if (!chosen.includes(time) && fits(time)) chosen.push(time);
  return chosen.sort((a, b) => a - b).map((time, index) => ({ time, label: label(time, index === 0) }));
}

/** The legend's words, one entry per kind of point drawn (see `legendStatuses` in spec.ts). */
function legendEntries(model: TimelineModel, strings: TimelineStrings): string[] {
  return [...new Set(model.points.map((point) => strings.status[point.status]))];
}

interface LabelLines {
  text: string;
  width: number;
  height: number;
  /** Offsets in pixels from the label's top-left corner. */
  runs: { text: string; dx: number; line: number; highlighted: boolean }[];
}

/**
 * The partners of a point as label lines no wider than `maxWidth` (where the
 * words allow), broken between names when names fit on a line and between
 * words otherwise; the highlighted partner's name is a run of its own (it is
 * drawn bold).
 */
function labelLines(point: SigningPoint, highlightId: string | null, measure: MeasureText, maxWidth: number): LabelLines {
  const names = point.partners.map((partner, index) => ({
    text: index < point.partners.length - 1 ? `${partner},` : partner,
    highlighted: point.ids[index] === highlightId,
  }));
  const widthOf = (piece: { text: string; highlighted: boolean }): number => measure(piece.text, SIZE.labelFont, piece.highlighted);
  const pieces = names.every((name) => widthOf(name) <= maxWidth)
    ? names
    : names.flatMap((name) => name.text.split(" ").map((word) => ({ text: word, highlighted: name.highlighted })));
  const space = measure(" ", SIZE.labelFont);
  const lines: (typeof pieces)[] = [];
  let lineWidth = 0;
  for (const piece of pieces) {
    const current = lines.at(-1);
    if (current !== undefined && lineWidth + space + widthOf(piece) <= maxWidth) {
      current.push(piece);
      lineWidth += space + widthOf(piece);
    } else {
      lines.push([piece]);
      lineWidth = widthOf(piece);
    }
  }
  const runs: LabelLines["runs"] = [];
  let width = 0;
  lines.forEach((line, index) => {
    let dx = 0;
    for (const piece of line) {
      const previous = runs.at(-1);
      if (previous !== undefined && previous.line === index && previous.highlighted === piece.highlighted) previous.text += ` ${piece.text}`;
      else runs.push({ text: piece.text, dx, line: index, highlighted: piece.highlighted });
      dx += widthOf(piece) + space;
    }
    width = Math.max(width, dx - space);
  });
  return {
    text: lines.map((line) => line.map((piece) => piece.text).join(" ")).join("\n"),
    width,
    height: textHeight(lines.length, SIZE.labelFont),
    runs,
  };
}

function textHeight(lines: number, fontSize: number): number {
  // Vega puts a "top" baseline 0.79 em below y; DejaVu's descent ends 0.24 em under it.
  return (lines - 1) * fontSize * SIZE.lineHeight + 1.05 * fontSize;
}

function textBox(x0: number, y0: number, text: string, fontSize: number, measure: MeasureText, bold = false): Box {
  const lines = text.split("\n");
  const width = Math.max(...lines.map((line) => measure(line, fontSize, bold)));
  return { x0, y0, x1: x0 + width, y1: y0 + textHeight(lines.length, fontSize) };
}

interface MilestonePick {
  level: number;
  left: boolean;
  box: Box;
}

function milestoneLevelHeight(lines = 2): number {
  return textHeight(lines, SIZE.milestoneFont) + 8;
}

/** Milestone labels sit in a band at the top, beside their rule, stacked in as few levels as possible. */
function placeMilestones(
  model: TimelineModel,
  strings: TimelineStrings,
  measure: MeasureText,
  x: (time: number) => number,
  width: number,
): { levels: number; levelHeight: number; labels: { text: string; box: Box }[]; boxes: Box[] } {
  // On a narrow plot a long name breaks into lines, and the labels may stack one level deeper.
  const maxWidth = width < 500 ? width * 0.55 : Infinity;
  const texts = model.milestones.map((milestone) => {
    const when = strings.date(milestone.date);
    const name = wrap(milestone.name, maxWidth, (line) => measure(line, SIZE.milestoneFont));
    const together = milestone.town === null ? when : `${milestone.town} · ${when}`;
    // A town and a date too wide for a narrow plot take a line each.
    const where = milestone.town !== null && measure(together, SIZE.milestoneFont) > maxWidth ? [milestone.town, when] : [together];
    return [...name, ...where].join("\n");
  });
  const levelHeight = milestoneLevelHeight(Math.max(2, ...texts.map((text) => text.split("\n").length)));
  const levelCount = width < 500 ? MILESTONE_LEVELS + 1 : MILESTONE_LEVELS;
  const options = model.milestones.map((milestone, index) => {
    const text = texts[index]!;
    const rule = x(milestone.time);
    const candidates: MilestonePick[] = [];
    for (let level = 0; level < levelCount; level++) {
      const right = textBox(rule + 5, 4 + level * levelHeight, text, SIZE.milestoneFont, measure);
      const width = right.x1 - right.x0;
      candidates.push({ level, left: false, box: right }, { level, left: true, box: { ...right, x0: rule - 5 - width, x1: rule - 5 } });
    }
    return { text, candidates: candidates.filter(({ box }) => box.x0 >= 0 && box.x1 <= width) };
  });

  // There are few milestones: try every choice, for the fewest levels and then the fewest labels left of their rule.
  const found: { cost: number; picks: MilestonePick[] | null } = { cost: Infinity, picks: null };
  const search = (index: number, picks: MilestonePick[], maxLevel: number, lefts: number): void => {
    const cost = maxLevel * 100 + lefts;
    if (cost >= found.cost) return;
    if (index === options.length) {
      found.cost = cost;
      found.picks = [...picks];
      return;
    }
    for (const candidate of options[index]!.candidates) {
      if (picks.some((pick) => overlaps(pick.box, candidate.box, LABEL_GAP))) continue;
      picks.push(candidate);
      search(index + 1, picks, Math.max(maxLevel, candidate.level), lefts + (candidate.left ? 1 : 0));
      picks.pop();
    }
  };
  search(0, [], 0, 0);
  const fallback: MilestonePick = { level: 0, left: false, box: { x0: 0, y0: 4, x1: 0, y1: 4 } };
  const picks = found.picks ?? options.map((option) => option.candidates[0] ?? fallback);
  const labels = picks.map((pick, index) => ({ text: options[index]!.text, box: pick.box }));
  const levels = picks.length === 0 ? 0 : Math.max(...picks.map((pick) => pick.level)) + 1;
  return { levels, levelHeight, labels, boxes: labels.map((label) => label.box) };
}


function lineBoxes(model: TimelineModel, x: (time: number) => number, y: (count: number) => number): Box[] {
  const boxes: Box[] = [];
  const c = LINE_CLEARANCE;
  model.steps.forEach((step, index) => {
    const next = model.steps[index + 1];
    if (next === undefined) return;
    boxes.push({ x0: x(step.time), y0: y(step.count) - c, x1: x(next.time), y1: y(step.count) + c });
    if (next.count !== step.count) boxes.push({ x0: x(next.time) - c, y0: y(next.count), x1: x(next.time) + c, y1: y(step.count) });
  });
  return boxes;
}

function pointBox(point: SigningPoint, x: (time: number) => number, y: (count: number) => number): Box {
  const r = (point.highlighted ? SIZE.highlightRadius : SIZE.pointRadius) + 1;
  return { x0: x(point.time) - r, y0: y(point.count) - r, x1: x(point.time) + r, y1: y(point.count) + r };
}

/**
 * A counted signing's label goes left of its point, level with it: the line
 * only rises to the right, so that row is empty to the left. Where that spot
 * is taken or off the plot, other spots around the point are tried, on one
 * line and then broken into narrower lines; failing all, the least crowded.
 */
function placePointLabel(
  point: SigningPoint,
  variants: LabelLines[],
  x: (time: number) => number,
  y: (count: number) => number,
  plot: ChartLayout["plot"],
  obstacles: Box[],
): { lines: LabelLines; box: Box } {
  const px = x(point.time);
  const py = y(point.count);
  const r = (point.highlighted ? SIZE.highlightRadius : SIZE.pointRadius) + LABEL_GAP;
  const clear = LINE_CLEARANCE + 3;
  const candidates = variants.flatMap((lines) => {
    const { width: w, height: h } = lines;
    const at = (x0: number, y0: number) => ({ lines, box: { x0, y0, x1: x0 + w, y1: y0 + h } });
    const left = at(px - r - w, py - h / 2 - 1);
    const rightBelow = at(px + r - 2, py + clear);
    const leftAbove = at(px - r - w, py - h - clear);
    const rightAbove = at(px + r, py - h - clear);
    const leftBelow = at(px - r - w, py + clear);
    const above = at(px - w / 2, py - h - r);
    const below = at(px - w / 2, py + r);
    return isUncounted(point.status)
      ? [rightBelow, leftBelow, below, rightAbove, leftAbove, above, left]
      : [left, rightBelow, leftAbove, rightAbove, above, leftBelow, below];
  });
  const outside = ({ x0, y0, x1, y1 }: Box): number =>
    (Math.max(0, -x0) + Math.max(0, x1 - plot.width)) * (y1 - y0) + (Math.max(0, -y0) + Math.max(0, y1 - plot.height)) * (x1 - x0);
  const cost = (box: Box): number => 10 * outside(box) + obstacles.reduce((sum, obstacle) => sum + overlapArea(box, obstacle), 0);
  return candidates.find(({ box }) => cost(box) === 0) ?? candidates.reduce((best, next) => (cost(next.box) < cost(best.box) ? next : best));
}

function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

function overlapArea(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}

/** Breaks text at spaces into lines no wider than `width`. */
function wrap(text: string, width: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
