/**
 * What a user asks the timeline for, in the words they type ("2024",
 * "Japan", "2024 United Kingdom") or in a platform's fields, turned into
 * `renderTimeline` options. Every adapter reads `/timeline` the same way.
 */
import { signingYears, type Engine, type Lang, type TimelineOptions } from "../../src/index.ts";

export interface TimelineRequest {
  /** A calendar year, e.g. 2024. */
  year?: number;
  /** A partner as typed: a name, an alias, a registry id, or a typo of one. */
  partner?: string;
}

/**
 * Splits free text into a year (the first four-digit word, wherever it
 * stands) and a partner (every other word). Empty text asks for everything.
 */
export function parseTimelineRequest(text: string): TimelineRequest {
  const words = text.trim().split(/\s+/).filter((word) => word !== "");
  const yearAt = words.findIndex((word) => /^\d{4}$/.test(word));
  const partner = words.filter((_, index) => index !== yearAt).join(" ");
  return {
    ...(yearAt >= 0 ? { year: Number(words[yearAt]) } : {}),
    ...(partner !== "" ? { partner } : {}),
  };
}

/**
 * The options for `renderTimeline`. The partner becomes the registry id of
 * the engine's best match for what was typed (names, aliases and typos, as
 * `/agreement` reads them); when nothing matches it is passed on as typed, so
 * `renderTimeline` answers with its "unknown partner" message.
 */
/**
 * The width chat pictures are laid out for: Telegram and Discord are read on
 * phones, where a wide chart's labels shrink to a few pixels. The console
 * writes a file and keeps the wide default.
 */
export const PHONE_WIDTH = 400;

export function timelineOptions(engine: Engine, request: TimelineRequest, lang: Lang, width?: number): TimelineOptions {
  const typed = request.partner?.trim();
  const partner = typed ? (engine.partners(typed, 1)[0]?.id ?? typed) : undefined;
  return {
    lang,
    ...(width !== undefined ? { width } : {}),
    ...(request.year !== undefined ? { year: request.year } : {}),
    ...(partner !== undefined ? { partner } : {}),
  };
}

/** The years in which agreements were signed, ascending: the years a timeline can be narrowed to. */
export function timelineYears(engine: Engine): number[] {
  return signingYears(engine.dataset);
}
