/**
 * `renderTimeline`: the registry as a picture, rendered once per dataset
 * object and options, then served from memory.
 */
import { LRUCache } from "lru-cache";
import type { Citation } from "../answer.ts";
import type { Dataset } from "../dataset/schema.ts";
import { loadMeasureText } from "./fonts.ts";
import { layoutChart } from "./layout.ts";
import { buildTimelineModel } from "./model.ts";
import { resolveTimelineOptions, type ResolvedTimelineOptions, type TimelineError, type TimelineOptions } from "./options.ts";
import { renderChart } from "./render.ts";
import { timelineSpec } from "./spec.ts";
import { timelineStrings } from "./strings.ts";
import { textTimeline, timelineCaption } from "./text-timeline.ts";

/** A rendered timeline. Treat it as read-only: it is shared by every caller asking for the same picture. */
export interface TimelineImage {
  /**
   * The picture: by default 2400×1520 pixels (1200×760 CSS pixels at 2×); with the `width`
   * option of a phone (e.g. 400), a taller picture at 3× whose text is at least 11 CSS pixels.
   */
  png: Buffer;
  /** The SVG the PNG was rasterised from (by default 1200×760). */
  svg: string;
  /** Size of `png` in pixels. */
  width: number;
  height: number;
  /** Plain text to send with the picture: the official count and the as-of date. */
  caption: string;
  /** The registry's main sources for what is shown, numbered from 1, as in `Answer.citations`. */
  citations: Citation[];
  /** The same timeline month by month, for terminals and screen readers. */
  text: string;
}

export type TimelineResult = { ok: true; image: TimelineImage } | { ok: false; error: TimelineError };

/** Pictures kept per dataset object; a bound, since callers choose the options. */
const MAX_CACHED_PER_DATASET = 64;
const cache = new WeakMap<object, LRUCache<string, Promise<TimelineResult>>>();

/**
 * Draws the registry's agreements over time: a step line of the official
 * count, a labelled point per signing day, milestones, and a footer with the
 * as-of date and the sources. Options that do not fit the data give
 * `{ ok: false, error }` with a message to show; the same dataset object and
 * options give the same `TimelineImage` object without drawing again.
 *
 * @example
 * const result = await renderTimeline(engine.dataset, { year: 2024, partner: "japan", lang: "en" });
 * if (result.ok) await writeFile("timeline.png", result.image.png);
 * else console.error(result.error.message);
 */
export function renderTimeline(dataset: Readonly<Dataset>, options: TimelineOptions = {}): Promise<TimelineResult> {
  const resolved = resolveTimelineOptions(dataset, options);
  if (!resolved.ok) return Promise.resolve(resolved);
  const { year, partner, lang, asOf, width } = resolved.options;
  const key = JSON.stringify([year, partner?.id ?? null, lang, asOf, width]);

  const pictures = cache.get(dataset) ?? new LRUCache<string, Promise<TimelineResult>>({ max: MAX_CACHED_PER_DATASET });
  cache.set(dataset, pictures);
  const cached = pictures.get(key);
  if (cached !== undefined) return cached;

  const result = draw(dataset, resolved.options);
  pictures.set(key, result);
  // A failed render is not kept: the next call tries again.
  result.catch(() => pictures.delete(key));
  return result;
}

async function draw(dataset: Readonly<Dataset>, options: ResolvedTimelineOptions): Promise<TimelineResult> {
  const strings = timelineStrings(dataset, options.lang);
  const model = buildTimelineModel(dataset, options, strings.names);
  const measure = await loadMeasureText();
  const layout = layoutChart(model, strings, measure, options.width);
  const chart = await renderChart(timelineSpec(model, layout, strings), measure, layout.size.scale);
  return {
    ok: true,
    image: {
      png: chart.png,
      svg: chart.svg,
      width: chart.width,
      height: chart.height,
      caption: timelineCaption(model, strings),
      citations: model.citations,
      text: textTimeline(model, strings),
    },
  };
}
