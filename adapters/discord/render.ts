/**
 * `Answer` → Discord message payloads (embeds and buttons). Pure: no client,
 * no network. Every payload stays within Discord's limits, including the
 * 6000-character total across a message's embeds that the builders do not
 * check; when an answer is too long, quotes go first, then the text and the
 * citation list are cut with a pointer to the "Sources" button, which shows
 * everything over as many messages as it takes (`renderPages`).
 */
import {
  ButtonStyle,
  ComponentType,
  embedLength,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
} from "discord.js";
import { uiWords, type Answer, type AnswerBlock, type AnswerQuote, type AnswerStatus, type Citation, type Lang, type UiText, type UiWords } from "../../src/index.ts";
import { moreButtonId, sourcesButtonId, suggestionButtonId, TIMELINE_BUTTON_ID } from "./custom-ids.ts";
import { formatDate } from "../shared/format-date.ts";
import { paragraphs } from "../shared/paragraphs.ts";
import { escapeLinkText, escapeText, maskedLink, truncate } from "./text.ts";

/** Discord's embed limits, in UTF-16 units as `embedLength` counts them. */
export const EmbedLimits = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of title, description, field names and values, footer and author over all embeds of one message. */
  total: 6000,
  embedsPerMessage: 10,
} as const;

/** Discord's limits on buttons. */
export const ButtonLimits = { label: 80, customId: 100, perRow: 5 } as const;

/** Long source titles are cut so a citation stays one readable line. */
const CITATION_TITLE_MAX = 150;
/** Page size for long listings: two pages with their short titles and the footer fit one message's 6000 budget. */
const PAGE_DESCRIPTION_MAX = 2800;

/** Answers about how many agreements there are, or which: the timeline shows the same over time. */
const TIMELINE_INTENTS: ReadonlySet<Answer["intent"]> = new Set(["count", "list"]);

export const STATUS_COLOURS: Record<AnswerStatus, number> = {
  answered: 0x0057b7,
  no_answer: 0xffd500,
  rejected: 0x8a8f98,
};

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

export interface RenderedMessage {
  embeds: APIEmbed[];
  components: ButtonRow[];
}

export interface RenderAnswerOptions {
  /** The key the answer is stored under (`AnswerStore`); the message gets buttons only when it is given. */
  key?: string;
  /** The title instead of the question (e.g. the partner's name on an agreement card). Default: the question. */
  title?: string;
  /** Example questions shown in their own field (the /about card). Default: none. */
  examples?: readonly string[];
}

/** One embed for an answer, with "Sources" and (unless answered) suggestion buttons. */
export function renderAnswer(answer: Answer, options: RenderAnswerOptions = {}): RenderedMessage {
  const w = uiWords(answer.lang);
  const s = w.text.discord;
  const shownTitle = (options.title ?? answer.question).trim();
  const title = shownTitle ? truncate(escapeText(shownTitle), EmbedLimits.title) : undefined;
  const footer = { text: footerText(answer, w) };
  const text = paragraphTexts(answer, "styled").join("\n\n");
  const citationLines = answer.citations.map((citation) => citationLine(citation, answer.lang));
  const quoteFields = answer.quotes.map((quote) => quoteField(quote, answer.lang));
  const exampleFields: APIEmbedField[] = options.examples?.length
    ? [{ name: s.examplesHeading, value: truncate(options.examples.map((example) => `• ${escapeText(example)}`).join("\n"), EmbedLimits.fieldValue) }]
    : [];

  const fieldsShowing = (count: number): APIEmbedField[] => [
    ...quoteFields.slice(0, count),
    ...(count < quoteFields.length ? [{ name: s.quotesHeading, value: w.plural(s.moreQuotes, quoteFields.length - count) }] : []),
    ...exampleFields,
  ];
  const descriptionBudget = (fields: APIEmbedField[]): number =>
    Math.min(EmbedLimits.description, EmbedLimits.total - (title?.length ?? 0) - footer.text.length - fieldsLength(fields));

  // Quotes give way first: drop them from the end while the full description would not fit.
  const fullDescription = joinBlocks(text, citationLines.join("\n"));
  let quotesShown = Math.min(quoteFields.length, EmbedLimits.fields - 1 - exampleFields.length);
  while (quotesShown > 0 && fullDescription.length > descriptionBudget(fieldsShowing(quotesShown))) quotesShown--;
  const fields = fieldsShowing(quotesShown);
  const budget = descriptionBudget(fields);
  // Links and italics cannot be cut through: an answer too long for its message is cut as plain text.
  const description = fullDescription.length <= budget ? fullDescription : fitDescription(paragraphTexts(answer, "plain").join("\n\n"), citationLines, budget, w);

  const quoteCut = answer.quotes.some((quote) => blockQuote(escapeText(quote.text)).length > EmbedLimits.fieldValue);
  const trimmed = quotesShown < answer.quotes.length || description !== fullDescription || quoteCut;
  const embed: APIEmbed = {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    color: STATUS_COLOURS[answer.status],
    ...(fields.length ? { fields } : {}),
    footer,
  };
  return { embeds: [embed], components: answerButtons(answer, options.key, trimmed, w.text.common) };
}

/**
 * The whole answer with nothing cut: its text, every quote and every citation,
 * paged over as many embeds titled "Sources (i/n)" and as many messages as
 * needed (used by /sources and the "Sources" button). Each message stays within the per-embed limits, the
 * 6000-character total and 10 embeds.
 */
export function renderPages(answer: Answer): RenderedMessage[] {
  const w = uiWords(answer.lang);
  const s = w.text.discord;
  const styled = paragraphTexts(answer, "styled");
  const plain = paragraphTexts(answer, "plain");
  // A paragraph longer than a page is split across pages, which links and italics cannot be.
  const blocks: string[] = styled.flatMap((paragraph, index) => [paragraph.length <= PAGE_DESCRIPTION_MAX ? paragraph : (plain[index] ?? ""), ""]);
  if (answer.quotes.length) {
    blocks.push(`**${s.quotesHeading}**`);
    for (const quote of answer.quotes) blocks.push(`${blockQuote(escapeText(quote.text))}\n— ${quoteByline(quote, answer.lang)}`, "");
  }
  if (answer.citations.length) {
    blocks.push(`**${w.text.common.sourcesHeading}**`, ...answer.citations.map((citation) => citationLine(citation, answer.lang)));
  }
  const pages = paginate(blocks, PAGE_DESCRIPTION_MAX);
  const baseTitle = w.text.common.sourcesHeading;
  const footer = { text: footerText(answer, w) };
  const embeds: APIEmbed[] = pages.map((page, i) => ({
    title: pages.length > 1 ? w.fill(s.sourcesPage, { index: i + 1, total: pages.length }) : baseTitle,
    description: page,
    color: STATUS_COLOURS[answer.status],
    ...(i === pages.length - 1 ? { footer } : {}),
  }));
  if (embeds.length === 0) embeds.push({ title: baseTitle, color: STATUS_COLOURS[answer.status], footer });
  return packMessages(embeds).map((group) => ({ embeds: group, components: [] }));
}

/**
 * The answer's text as markdown paragraphs (see `paragraphs.ts`): "styled",
 * each marker a link to its source and a note in italics; "plain", the same
 * words escaped with the markers as `[n]`, safe to cut anywhere.
 */
function paragraphTexts(answer: Answer, look: "styled" | "plain"): string[] {
  const byNumber = new Map(answer.citations.map((citation) => [citation.n, citation]));
  const line = (block: AnswerBlock): string => {
    if (look === "plain") return escapeText(block.text);
    const text = block.segments
      .map((segment) => {
        if (!("cite" in segment)) return escapeLinkText(segment.text);
        const citation = byNumber.get(segment.cite);
        return citation ? maskedLink(`[${segment.cite}]`, citation.url) : escapeLinkText(`[${segment.cite}]`);
      })
      .join("");
    return block.kind === "note" ? `*${text}*` : text;
  };
  return paragraphs(answer.blocks).map((paragraph) => paragraph.map(line).join("\n"));
}

/** Total characters of a message's embeds as Discord counts them. */
export function messageEmbedLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
}

function footerText(answer: Answer, w: UiWords): string {
  const asOf = formatDate(answer.asOf, answer.lang);
  // Confidence belongs to answers to questions; /about, /sources and rejected input have none worth showing.
  const plain = answer.status === "rejected" || answer.intent === "none";
  const { footer, footerConfidence } = w.text.discord;
  return truncate(plain ? w.fill(footer, { asOf }) : w.fill(footerConfidence, { asOf, confidence: Math.round(answer.confidence * 100) }), EmbedLimits.footer);
}

/** One citation as a line: bold number, the title linked to its source, publisher and date. */
export function citationLine(citation: Citation, lang: Lang): string {
  const title = truncate(citation.title, CITATION_TITLE_MAX);
  return `**[${citation.n}]** ${maskedLink(title, citation.url)} — ${escapeText(citation.publisher)}, ${formatDate(citation.published, lang)}`;
}

function quoteByline(quote: AnswerQuote, lang: Lang): string {
  return `${escapeText(quote.speaker)}, ${formatDate(quote.date, lang)} [${quote.citation}]`;
}

function quoteField(quote: AnswerQuote, lang: Lang): APIEmbedField {
  return {
    name: truncate(quoteByline(quote, lang), EmbedLimits.fieldName),
    value: truncate(blockQuote(escapeText(quote.text)), EmbedLimits.fieldValue),
  };
}

function blockQuote(text: string): string {
  return text
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
}

function joinBlocks(...blocks: string[]): string {
  return blocks.filter((block) => block.trim()).join("\n\n");
}

function fieldsLength(fields: readonly APIEmbedField[]): number {
  return fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
}

/**
 * Text and citation list within `budget`. When both do not fit, each keeps
 * what it needs up to half the budget and the other takes the rest: the text
 * is cut with a pointer to the Sources button, the list ends "…and N more".
 */
function fitDescription(text: string, citationLines: readonly string[], budget: number, w: UiWords): string {
  const s = w.text.discord;
  const moreSources = (n: number) => w.fill(s.moreSources, { n });
  const citationsShowing = (room: number): string => {
    for (let count = citationLines.length; count > 0; count--) {
      const rest = citationLines.length - count;
      const block = [...citationLines.slice(0, count), ...(rest ? [moreSources(rest)] : [])].join("\n");
      if (block.length <= room) return block;
    }
    const none = citationLines.length ? moreSources(citationLines.length) : "";
    return none.length <= room ? none : "";
  };
  const full = joinBlocks(text, citationLines.join("\n"));
  if (full.length <= budget) return full;
  const separator = 2;
  const half = Math.floor((budget - separator) / 2);
  if (text.length <= half) return joinBlocks(text, citationsShowing(budget - text.length - separator));
  const citations = citationsShowing(citationLines.join("\n").length <= half ? budget : half);
  const textRoom = budget - (citations ? citations.length + separator : 0);
  return joinBlocks(truncate(text, textRoom, s.continued), citations);
}

function answerButtons(answer: Answer, key: string | undefined, trimmed: boolean, s: UiText["common"]): ButtonRow[] {
  if (!key) return [];
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (answer.citations.length || trimmed) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: s.sourcesButton, custom_id: sourcesButtonId(key) });
  }
  if (answer.status === "answered" && TIMELINE_INTENTS.has(answer.intent)) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: s.timelineButton, custom_id: TIMELINE_BUTTON_ID });
  }
  if (answer.more) buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: s.moreButton, custom_id: moreButtonId(key) });
  if (answer.status !== "answered") {
    answer.suggestions.slice(0, ButtonLimits.perRow - 1).forEach((suggestion, index) => {
      if (!suggestion.trim()) return;
      buttons.push({
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: truncate(suggestion.trim(), ButtonLimits.label),
        custom_id: suggestionButtonId(key, index),
      });
    });
  }
  return buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

/** Blocks joined by newlines into pages of at most `max` characters; a block longer than a page is split at a line or word boundary. */
function paginate(blocks: readonly string[], max: number): string[] {
  const pages: string[] = [];
  let current = "";
  for (const block of blocks.flatMap((b) => splitLong(b, max))) {
    const next = current ? `${current}\n${block}` : block;
    if (next.length > max && current.trim()) {
      pages.push(current);
      current = block;
    } else {
      current = next;
    }
  }
  pages.push(current);
  return pages.map((page) => page.trim()).filter(Boolean);
}

function splitLong(block: string, max: number): string[] {
  const parts: string[] = [];
  let rest = block;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const breakAt = Math.max(window.lastIndexOf("\n"), window.lastIndexOf(" "));
    const piece = breakAt > max / 2 ? window.slice(0, breakAt) : truncate(rest, max, "");
    parts.push(piece);
    rest = rest.slice(piece.length).trimStart();
  }
  parts.push(rest);
  return parts;
}

/** Embeds grouped into messages of at most 10 embeds and 6000 characters. */
function packMessages(embeds: readonly APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  for (const embed of embeds) {
    const fits = current.length < EmbedLimits.embedsPerMessage && messageEmbedLength(current) + embedLength(embed) <= EmbedLimits.total;
    if (!fits && current.length) {
      messages.push(current);
      current = [];
    }
    current.push(embed);
  }
  if (current.length) messages.push(current);
  return messages;
}
