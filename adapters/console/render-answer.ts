/**
 * Renders an engine `Answer` as plain text for a person at a terminal: the
 * answer (its notes dimmed), its quotes, the numbered sources (publisher,
 * title, date, URL) and, when the engine offers them, questions to try.
 */
import { uiWords, type Answer, type AnswerBlock, type AnswerQuote, type Citation, type Lang } from "../../src/index.ts";
import { formatDate } from "../shared/format-date.ts";
import { paragraphs } from "../shared/paragraphs.ts";
import type { Style } from "./style.ts";
import { wrap, wrapBlock } from "./wrap.ts";

/** Options for {@link renderAnswer}. */
export interface RenderOptions {
  /** Line width in characters. Default 80. */
  width?: number;
  style: Style;
  /** Say how to see more when the engine has more (the chat's `more` command). Default false. */
  moreHint?: boolean;
}

export function renderAnswer(answer: Answer, { width = 80, style, moreHint = false }: RenderOptions): string {
  const strings = uiWords(answer.lang).text.console;
  const sections = paragraphs(answer.blocks).map((paragraph) => paragraph.flatMap((block) => wrapBlock(styled(block, style), width)).join("\n"));
  if (answer.quotes.length > 0) sections.push(answer.quotes.map((quote) => renderQuote(quote, width, style, answer.lang)).join("\n\n"));
  if (answer.citations.length > 0) sections.push(renderSources(answer.citations, width, style, answer.lang));
  if (answer.suggestions.length > 0) {
    const heading = answer.status === "answered" ? strings.relatedQuestions : strings.youCouldAsk;
    const items = answer.suggestions.flatMap((suggestion) => wrap(suggestion, { width, indent: "    ", firstIndent: "  • " }));
    sections.push([style.heading(heading), ...items].join("\n"));
  }
  if (moreHint && answer.more) sections.push(style.muted(strings.moreHint));
  return sections.join("\n\n");
}

/** A block's words, its markers in the accent colour, a note dimmed (the terminal wraps colour codes as zero width). */
function styled(block: AnswerBlock, style: Style): string {
  const text = block.segments.map((segment) => ("cite" in segment ? style.accent(`[${segment.cite}]`) : segment.text)).join("");
  return block.kind === "note" ? style.muted(text) : text;
}

function renderQuote(quote: AnswerQuote, width: number, style: Style, lang: Lang): string {
  const text = wrap(`“${quote.text}”`, { width, indent: "  " }).map((line) => style.quote(line));
  const by = wrap(`— ${quote.speaker}, ${formatDate(quote.date, lang)} [${quote.citation}]`, { width, indent: "      ", firstIndent: "    " });
  return [...text, ...by.map((line) => style.muted(line))].join("\n");
}

/** The numbered source list: publisher, title and date, then the URL on its own line. */
export function renderSources(citations: readonly Citation[], width: number, style: Style, lang: Lang = "en"): string {
  const lines = citations.flatMap((citation) => {
    const number = `[${citation.n}]`;
    const indent = " ".repeat(number.length + 3);
    const entry = wrap(`${number} ${citation.publisher}: ${citation.title} (${formatDate(citation.published, lang)})`, {
      width,
      indent,
      firstIndent: "  ",
    }).map((line, index) => (index === 0 ? line.replace(number, style.accent(number)) : line));
    return [...entry, indent + style.link(citation.url)];
  });
  return [style.heading(uiWords(lang).text.common.sourcesHeading), ...lines].join("\n");
}
