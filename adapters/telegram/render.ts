/**
 * The engine's `Answer` as Telegram HTML messages. Pure: no I/O, no engine
 * calls. Every dynamic string goes through `html.ts`, which escapes it and
 * keeps tags balanced; messages are split between the answer's blocks.
 */
import { uiWords, type Answer, type AnswerBlock, type Citation, type Lang } from "../../src/index.ts";
import { formatDate } from "../shared/format-date.ts";
import { paragraphs } from "../shared/paragraphs.ts";
import { bold, italic, link, packMessages, plain, renderBlock, TELEGRAM_MAX_MESSAGE_LENGTH, type Block, type PackOptions, type Segment } from "./html.ts";

export interface RenderOptions extends PackOptions {
  /**
   * How citations appear under the answer. "compact" (default): one line per
   * source, its title linked; "full": the URL written out as well, so it
   * survives copy-paste (the "Sources" button, inline results).
   */
  citations?: "compact" | "full";
  /** Show the question above the answer, for answers the user did not type (a button press). Default false. */
  showQuestion?: boolean;
  /** Turn each citation marker in the text into a link to its source. Default true; off for the source list, whose text can hold hundreds. */
  linkMarkers?: boolean;
  /** End a `no_answer` with a line introducing the suggestion buttons under it. Default false. */
  introduceSuggestions?: boolean;
}

/** The answer as one or more HTML messages, in order. */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): string[] {
  return packMessages(answerBlocks(answer, options), options);
}

/** The answer as blocks (see `html.ts`), for callers that add blocks of their own. */
export function answerBlocks(answer: Answer, options: RenderOptions = {}): Block[] {
  const byNumber = new Map(answer.citations.map((citation) => [citation.n, citation]));
  const blocks: Block[] = [];
  if (options.showQuestion && answer.question.trim() !== "") blocks.push({ segments: [plain("❓ "), italic(answer.question)] });
  blocks.push(...textBlocks(answer, options.linkMarkers ?? true));
  for (const quote of answer.quotes) {
    blocks.push({ quote: true, segments: [plain(quote.text)] });
    const attribution = [quote.speaker, formatDate(quote.date, answer.lang)].filter((part) => part.trim() !== "").join(", ");
    blocks.push({ tight: true, segments: [plain(`— ${attribution} `), ...citationMarker(quote.citation, byNumber)] });
  }
  if (options.introduceSuggestions && answer.status === "no_answer" && answer.suggestions.length > 0) {
    blocks.push({ segments: [italic(uiWords(answer.lang).text.telegram.suggestionsIntro)] });
  }
  if (answer.citations.length > 0) {
    blocks.push(...(options.citations === "full" ? fullCitationBlocks(answer.citations, answer.lang) : compactCitationBlocks(answer.citations, answer.lang)));
  }
  return blocks;
}

/** The "Sources" button's message: every citation written out in full, under a heading. */
export function renderCitations(citations: Citation[], lang: Lang, options: PackOptions = {}): string[] {
  return packMessages([{ segments: [bold(uiWords(lang).text.telegram.sourcesForAnswer)] }, ...citationLines(citations, lang)], options);
}

/**
 * One message for an inline result: full citations when they fit, compact
 * ones when not, and as a last resort the first part with a note.
 */
export function renderInlineAnswer(answer: Answer, options: PackOptions = {}): string {
  const full = renderAnswer(answer, { ...options, citations: "full" });
  if (full.length === 1 && full[0] !== undefined) return full[0];
  const compact = renderAnswer(answer, { ...options, citations: "compact" });
  if (compact.length === 1 && compact[0] !== undefined) return compact[0];
  const note = uiWords(answer.lang).text.telegram.inlineTruncated;
  const maxLength = (options.maxLength ?? TELEGRAM_MAX_MESSAGE_LENGTH) - note.length - 2;
  const first = packMessages(answerBlocks(answer, { citations: "compact" }), { ...options, maxLength })[0] ?? "";
  return `${first}\n\n${renderBlock({ segments: [italic(note)] })}`;
}

/**
 * The answer's text as blocks: a paragraph's lines one under another, a note
 * apart and in italics; each marker a link to its source unless `linkMarkers` is false.
 */
export function textBlocks(answer: Answer, linkMarkers = true): Block[] {
  const byNumber = new Map(linkMarkers ? answer.citations.map((citation) => [citation.n, citation]) : []);
  return paragraphs(answer.blocks).flatMap((paragraph) => paragraph.map((block, index): Block => ({ tight: index > 0, segments: blockSegments(block, byNumber) })));
}

function blockSegments(block: AnswerBlock, byNumber: ReadonlyMap<number, Citation>): Segment[] {
  const words = block.kind === "note" ? italic : plain;
  return block.segments.flatMap((segment) => ("cite" in segment ? citationMarker(segment.cite, byNumber) : [words(segment.text)]));
}

function citationMarker(n: number, byNumber: ReadonlyMap<number, Citation>): Segment[] {
  const citation = byNumber.get(n);
  return citation ? [link(`[${n}]`, citation.url)] : [plain(`[${n}]`)];
}

/** A "Sources:" heading, then one line per citation: the numbered title as a link, then publisher and date. */
export function compactCitationBlocks(citations: Citation[], lang: Lang): Block[] {
  return [
    { segments: [bold(uiWords(lang).text.telegram.sourcesList)] },
    ...citations.map((citation): Block => ({
      tight: true,
      segments: [plain(`[${citation.n}] `), link(citation.title, citation.url), plain(` — ${citation.publisher}, ${formatDate(citation.published, lang)}`)],
    })),
  ];
}

function fullCitationBlocks(citations: Citation[], lang: Lang): Block[] {
  return [{ segments: [bold(uiWords(lang).text.telegram.sourcesList)] }, ...citationLines(citations, lang)];
}

/** One block per citation: the numbered title as a link, then publisher and date, then the URL written out to survive copy-paste. */
function citationLines(citations: Citation[], lang: Lang): Block[] {
  return citations.map(
    (citation, index): Block => ({
      tight: index === 0,
      segments: [plain(`[${citation.n}] `), link(citation.title, citation.url), plain(`\n${citation.publisher} · ${formatDate(citation.published, lang)}\n${citation.url}`)],
    }),
  );
}
