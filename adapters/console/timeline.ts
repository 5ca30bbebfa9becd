/**
 * The console's timeline: the chart written as `timeline.png` into a
 * directory (the working directory, for a person at a terminal), and the
 * same timeline in words: month by month, then its sources with their URLs.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { renderTimeline, type Engine, type TimelineImage } from "../../src/index.ts";
import { timelineOptions, timelineYears, type TimelineRequest } from "../shared/timeline-request.ts";
import { renderSources } from "./render-answer.ts";
import type { Style } from "./style.ts";
import { wrap } from "./wrap.ts";

export const TIMELINE_FILE_NAME = "timeline.png";

/**
 * The directory the user is in: `npm run` starts scripts in the package root
 * and passes the directory it was started from as `INIT_CWD`.
 */
export function userDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.INIT_CWD?.trim() || process.cwd();
}

export type WrittenTimeline = { ok: true; path: string; image: TimelineImage } | { ok: false; message: string };

/** Draws the timeline (in English, the console's language) and writes the PNG into `dir`, replacing an older one. */
export async function writeTimeline(engine: Engine, request: TimelineRequest, dir: string): Promise<WrittenTimeline> {
  const result = await renderTimeline(engine.dataset, timelineOptions(engine, request, "en"));
  if (!result.ok) {
    const year = timelineYears(engine)[0] ?? new Date().getFullYear();
    const partner = engine.dataset.agreements[0]?.partner ?? "Japan";
    return { ok: false, message: `I can't draw that timeline. ${result.error.message} Try "timeline", "timeline ${year}" or "timeline ${partner}".` };
  }
  const path = resolve(dir, TIMELINE_FILE_NAME);
  await writeFile(path, result.image.png);
  return { ok: true, path, image: result.image };
}

/** A month line of the text timeline: `2024-02  Germany, France  [6]`. */
const MONTH_LINE = /^(\d{4}-\d{2}) {2}/;

/** Where the picture went and what it shows, the month-by-month text (a line too long for the terminal wraps under its month) and the sources. */
export function renderTimelineReport(path: string, image: TimelineImage, { width = 80, style }: { width?: number; style: Style }): string {
  const saved = [`${style.heading("Saved")} ${path} (${image.width}×${image.height} pixels)`, ...wrap(image.caption, { width })].join("\n");
  const [header = "", ...lines] = image.text.split("\n");
  const body = lines.flatMap((line) => {
    const month = MONTH_LINE.exec(line)?.[1];
    const rest = month === undefined ? line : line.slice(month.length + 2);
    const indent = month === undefined ? "" : " ".repeat(month.length + 2);
    const fitted = [...line].length <= width ? [indent + rest] : wrap(rest, { width, indent });
    return month === undefined ? fitted : fitted.map((text, index) => (index === 0 ? `${style.accent(month)}  ${text.slice(indent.length)}` : text));
  });
  const heading = wrap(header, { width }).map((line) => style.heading(line));
  return [saved, [...heading, ...body].join("\n"), renderSources(image.citations, width, style)].join("\n\n");
}
