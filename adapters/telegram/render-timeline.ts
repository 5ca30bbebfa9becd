/**
 * The words sent with the timeline picture: a caption (the chart's count and
 * as-of date, then its sources as links) within Telegram's 1024-character
 * caption limit. Sources that do not fit the caption follow as a message.
 * Pure, like `render.ts`.
 */
import type { Lang, TimelineImage } from "../../src/index.ts";
import { packMessages, plain, type Block } from "./html.ts";
import { compactCitationBlocks } from "./render.ts";

/** Telegram's limit on a photo caption, counted on the visible text as for messages. */
export const TELEGRAM_MAX_CAPTION_LENGTH = 1024;

export interface TimelineMessages {
  /** HTML caption for `sendPhoto`. */
  caption: string;
  /** HTML messages to send after the photo (the sources, when the caption has no room for them); often none. */
  followUp: string[];
}

export function renderTimelineMessages(image: Pick<TimelineImage, "caption" | "citations">, lang: Lang): TimelineMessages {
  const summary: Block = { segments: [plain(image.caption)] };
  const sources = image.citations.length > 0 ? compactCitationBlocks(image.citations, lang) : [];
  const whole = packMessages([summary, ...sources], { maxLength: TELEGRAM_MAX_CAPTION_LENGTH });
  if (whole.length === 1 && whole[0] !== undefined) return { caption: whole[0], followUp: [] };
  return {
    caption: packMessages([summary], { maxLength: TELEGRAM_MAX_CAPTION_LENGTH })[0] ?? "",
    followUp: packMessages(sources),
  };
}
