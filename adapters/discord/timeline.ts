/**
 * The timeline picture as a Discord reply: an embed whose image is the PNG
 * sent with it as an attachment (`attachment://timeline.png`), holding the
 * caption and the sources; or, when the options do not fit the data, a
 * polite sentence instead. Used by /timeline and the Timeline button.
 */
import type { APIEmbed, RepliableInteraction } from "discord.js";
import { renderTimeline, uiWords, type Lang, type TimelineResult, type UiWords } from "../../src/index.ts";
import { examplePartner, exampleYear } from "../shared/examples.ts";
import { PHONE_WIDTH, timelineOptions, type TimelineRequest } from "../shared/timeline-request.ts";
import type { InteractionContext, PictureShown } from "./commands/types.ts";
import { citationLine, EmbedLimits, STATUS_COLOURS } from "./render.ts";
import { send } from "./reply.ts";
import { escapeText, truncate } from "./text.ts";

export const TIMELINE_FILE_NAME = "timeline.png";
/** Discord's cap on an attachment's description, its alt text. */
const ATTACHMENT_DESCRIPTION_MAX = 1024;

export interface TimelineReply {
  content: string;
  embeds: APIEmbed[];
  files: Array<{ attachment: Buffer; name: string; description: string }>;
}

/** Examples offered when a timeline cannot be drawn. */
export interface TimelineExamples {
  year: number;
  partner: string;
}

/** Draws the timeline and shows it as the reply; callers defer first, as drawing can take seconds. */
export async function showTimeline(interaction: RepliableInteraction, ctx: Pick<InteractionContext, "engine" | "private">, request: TimelineRequest, lang: Lang): Promise<PictureShown> {
  const { engine } = ctx;
  const result = await renderTimeline(engine.dataset, timelineOptions(engine, request, lang, PHONE_WIDTH));
  const examples = { year: exampleYear(engine), partner: examplePartner(engine, lang) };
  await send(interaction, renderTimelineReply(result, lang, examples), ctx);
  return result.ok ? { picture: "timeline" } : { picture: "timeline", refused: result.error.code };
}

/** The reply's payload; every field is set so that an edit replaces whatever the message showed before. */
export function renderTimelineReply(result: TimelineResult, lang: Lang, examples: TimelineExamples): TimelineReply {
  const w = uiWords(lang);
  const s = w.text.discord;
  if (!result.ok) return { content: escapeText(w.fill(s.timelineProblem, { reason: result.error.message, ...examples })), embeds: [], files: [] };
  const { image } = result;
  const embed: APIEmbed = {
    title: s.timelineTitle,
    description: describe(image.caption, image.citations.map((citation) => citationLine(citation, lang)), w),
    color: STATUS_COLOURS.answered,
    image: { url: `attachment://${TIMELINE_FILE_NAME}` },
  };
  return {
    content: "",
    embeds: [embed],
    files: [{ attachment: image.png, name: TIMELINE_FILE_NAME, description: truncate(image.caption, ATTACHMENT_DESCRIPTION_MAX) }],
  };
}

/** The caption, then as many source lines as fit the embed (the rest counted, pointing to /sources). */
function describe(caption: string, sourceLines: readonly string[], w: UiWords): string {
  const s = w.text.discord;
  const budget = Math.min(EmbedLimits.description, EmbedLimits.total - s.timelineTitle.length);
  const text = escapeText(caption);
  for (let shown = sourceLines.length; shown >= 0; shown--) {
    const hidden = sourceLines.length - shown;
    const list = [...sourceLines.slice(0, shown), ...(hidden > 0 ? [w.fill(s.moreTimelineSources, { n: hidden })] : [])];
    const description = list.length > 0 ? `${text}\n\n**${w.text.common.sourcesHeading}**\n${list.join("\n")}` : text;
    if (description.length <= budget) return description;
  }
  return truncate(text, budget);
}
