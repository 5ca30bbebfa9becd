/**
 * The console's timeline: the chart written as `timeline.png` into a
 * directory (the working directory, for a person at a terminal), and the
 * same timeline in words: month by month, then its sources with their URLs.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { renderTimeline, uiWords, type Engine, type Lang, type TimelineImage } from "../../src/index.ts";
import { examplePartner, exampleYear } from "../shared/examples.ts";
import { timelineOptions, type TimelineRequest } from "../shared/timeline-request.ts";
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

/** Draws the timeline in `lang` (default English) and writes the PNG into `dir`, replacing an older one. */
export async function writeTimeline(engine: Engine, request: TimelineRequest, dir: string, lang: Lang = "en"): Promise<WrittenTimeline> {
  const result = await renderTimeline(engine.dataset, timelineOptions(engine, request, lang));
  if (!result.ok) {
    const words = uiWords(lang);
    const values = { reason: result.error.message, year: exampleYear(engine), partner: examplePartner(engine, lang) };
    return { ok: false, message: words.fill(words.text.console.timelineProblem, values) };
  }
  const path = resolve(dir, TIMELINE_FILE_NAME);
  await writeFile(path, result.image.png);
  return { ok: true, path, image: result.image };
}

/** A month line of the text timeline: `2024-02  Germany, France  [6]`. */
const MONTH_LINE = /^(\d{4}-\d{2}) {2}/;

/** Where the picture went and what it shows, the month-by-month text (a line too long for the terminal wraps under its month) and the sources. */
export function renderTimelineReport(path: string, image: TimelineImage, { width = 80, style, lang = "en" }: { width?: number; style: Style; lang?: Lang }): string {
  const words = uiWords(lang);
  const savedLine = style.heading(words.fill(words.text.console.timelineSaved, { path, width: image.width, height: image.height }));
  const saved = [savedLine, ...wrap(image.caption, { width })].join("\n");
  const [header = "", ...lines] = image.text.split("\n");
  const body = lines.flatMap((line) => {
    const month = MONTH_LINE.exec(line)?.[1];
    const rest = month === undefined ? line : line.slice(month.length + 2);
    const indent = month === undefined ? "" : " ".repeat(month.length + 2);
    const fitted = [...line].length <= width ? [indent + rest] : wrap(rest, { width, indent });
    return month === undefined ? fitted : fitted.map((text, index) => (index === 0 ? `${style.accent(month)}  ${text.slice(indent.length)}` : text));
  });
  const heading = wrap(header, { width }).map((line) => style.heading(line));
  return [saved, [...heading, ...body].join("\n"), renderSources(image.citations, width, style, lang)].join("\n\n");
}
