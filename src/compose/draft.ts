/**
 * An answer being written: sentences, the citations their markers point to,
 * and quotes. `finish` turns it into an `Answer`.
 */
import type { Answer, AnswerBlock, AnswerQuote, Intent, Lang, More } from "../answer.ts";
import type { Agreement, Quote, Source } from "../dataset/schema.ts";
import type { LanguagePack } from "../lang/schema.ts";
import { bestSources, CitationList } from "./citations.ts";
import { fill, formatDate } from "./format.ts";
import { segmentsOf, segmentsText, withoutMarks } from "./markers.ts";

export interface Caveats {
  /** Conflict notes to repeat in full. */
  conflicts: readonly string[];
  /** Say when Ukraine's official count leaves the agreement out. */
  official: boolean;
  /** Start on a line of their own. */
  newLine: boolean;
}

export interface DraftSettings {
  pack: LanguagePack;
  sources: ReadonlyMap<string, Source>;
  /** Most sources cited for one record. */
  maxCitations: number;
  /** A quote with who said it in the answer's language (`LanguageContext.localQuote`). */
  localQuote: (quote: Quote) => Quote;
}

export class Draft {
  readonly #settings: DraftSettings;
  readonly #citations: CitationList;
  /** The answer's lines, their citation markers as marks (see `markers.ts`). */
  readonly #lines: string[] = [];
  /** Lines that hold notes on the answer (where sources differ, confidence, the official count). */
  readonly #noteLines = new Set<number>();
  #firstSentence: string | undefined;
  readonly #quotes: Quote[] = [];
  readonly #noted = new Set<string>();
  /** Parts of the question the text says the corpus does not know (e.g. "duration"). */
  readonly #unknown = new Set<string>();
  #corpusShown = false;

  constructor(settings: DraftSettings) {
    this.#settings = settings;
    this.#citations = new CitationList(settings.sources);
  }

  get pack(): LanguagePack {
    return this.#settings.pack;
  }

  get isEmpty(): boolean {
    return this.#lines.length === 0;
  }

  /** Records that the text says the corpus does not know this part of the question, for `Answer.unanswered`. */
  unknown(part: string): this {
    this.#unknown.add(part);
    return this;
  }

  /** Markers for a record's best sources (at most `max`, by default the engine's setting): " [1][2]" in the finished answer. */
  cite(sourceIds: readonly string[], max = this.#settings.maxCitations): string {
    return this.#citations.markers(bestSources(sourceIds, this.#settings.sources, max));
  }

  /**
   * Corpus text shown as the corpus has it (a fact, a curator's note, an
   * occasion): returned unchanged, and noted so that a pack with a
   * `corpusNote` ends the answer with it.
   */
  corpus(text: string): string {
    // Translated corpus text (a Ukrainian place or note) is not the corpus's English: no note needed.
    if (this.pack.script === "Latin" || latinShare(text) >= LATIN_NOTE_SHARE) this.#corpusShown = true;
    return text;
  }

  /** Adds a sentence to the current line. */
  say(sentence: string): this {
    const last = this.#lines.length - 1;
    const text = this.#capitalise(sentence);
    if (last < 0 || this.#lines[last] === "") this.#lines[Math.max(last, 0)] = text;
    else this.#lines[last] = `${this.#lines[last]} ${text}`;
    this.#take(text);
    return this;
  }

  /** Starts a new line (cards and multi-partner answers). */
  line(text: string): this {
    const sentence = this.#capitalise(text);
    this.#lines.push(sentence);
    this.#take(sentence);
    return this;
  }

  /** Keeps the answer's first sentence. */
  #take(sentence: string): void {
    if (this.#firstSentence === undefined && sentence.trim() !== "") this.#firstSentence = sentence;
  }

  /**
   * The caveats of an agreement record, once per answer: the given conflict
   * notes, medium or low confidence, and
   * whether the official count leaves it out.
   */
  caveats(agreement: Agreement, caveats: Caveats): this {
    if (this.#noted.has(agreement.id)) return this;
    this.#noted.add(agreement.id);
    const { texts } = this.pack;
    const needed = caveats.conflicts.length > 0 || agreement.confidence !== "high" || (caveats.official && !agreement.inOfficialCount);
    if (!needed) return this;
    if (caveats.newLine) this.#lines.push("");
    // The notes follow the answer on a line of their own, so the answer's first lines stay the answer.
    const notes = [
      ...caveats.conflicts.map((conflict) => fill(texts.conflict, { conflict: this.corpus(sentence(conflict)) })),
      ...(agreement.confidence === "medium" ? [texts.mediumConfidence] : []),
      ...(agreement.confidence === "low" ? [texts.lowConfidence] : []),
      ...(caveats.official && !agreement.inOfficialCount ? [texts.notInOfficialCount] : []),
    ];
    const [first, ...rest] = notes;
    if (first === undefined) return this;
    if (this.#lines.at(-1) === "") this.say(first);
    else this.line(first);
    this.#noteLines.add(this.#lines.length - 1);
    for (const note of rest) this.say(note);
    return this;
  }

  /** A verbatim quote: shown in its own words, never translated, so it needs no note on the answer's language. */
  quote(quote: Quote): this {
    if (!this.#quotes.some((existing) => existing.id === quote.id)) this.#quotes.push(this.#settings.localQuote(quote));
    return this;
  }

  finish(fields: {
    question: string;
    intent: Intent;
    confidence: number;
    suggestions: string[];
    lang: Lang;
    asOf: string;
    status?: Answer["status"];
    unanswered?: string[];
    more?: More;
  }): Answer {
    const note = this.pack.texts.corpusNote;
    // Quote citations are numbered after the text's, so markers stay in order of first use.
    const quotes: AnswerQuote[] = this.#quotes.map((quote) => ({
      text: quote.text,
      speaker: quote.quotedBy === undefined ? quote.speaker : fill(this.pack.texts.quotedBy, { speaker: quote.speaker, quotedBy: quote.quotedBy }),
      date: quote.date,
      citation: this.#citations.number(quote.source),
    }));
    const written: AnswerBlock[] = this.#lines.map((line, index) => block(this.#noteLines.has(index) ? "note" : index === 0 ? "lead" : "text", line));
    if (this.#corpusShown && note !== undefined) written.push(block("note", note));
    return {
      question: fields.question,
      status: fields.status ?? "answered",
      // Blank lines (before notes) stay in the text, as blocks of their own they would say nothing.
      text: written.map((line) => line.text).join("\n"),
      summary: withoutMarks(this.#firstSentence ?? ""),
      blocks: written.filter((line) => line.text !== ""),
      citations: this.#citations.toArray(),
      quotes,
      confidence: fields.confidence,
      suggestions: fields.suggestions.slice(0, 3),
      asOf: fields.asOf,
      lang: fields.lang,
      intent: fields.intent,
      unanswered: [...new Set([...(fields.unanswered ?? []), ...this.#unknown])],
      ...(fields.more === undefined ? {} : { more: fields.more }),
    };
  }

  date(value: string): string {
    return formatDate(this.pack, value);
  }

  #capitalise(text: string): string {
    const upper = (value: string) => value.charAt(0).toLocaleUpperCase(this.pack.lang) + value.slice(1);
    // "Yes. the Netherlands signed …": what follows the pack's yes or no is a sentence of its own.
    for (const word of [this.pack.texts.yes, this.pack.texts.no]) if (text.startsWith(`${word} `)) return `${word} ${upper(text.slice(word.length + 1))}`;
    return upper(text);
  }
}

/**
 * A finished answer with a line before it, which becomes its lead and its summary: what the
 * sources cannot say, before the part of the question they can ("I can't predict …", then the date).
 */
export function withLeadLine(answer: Answer, line: string): Answer {
  const blocks = answer.blocks.map((written) => (written.kind === "lead" ? { ...written, kind: "text" as const } : written));
  return { ...answer, text: `${line}\n${answer.text}`, summary: withoutMarks(line), blocks: [block("lead", line), ...blocks] };
}

/** A finished line as a block: its words and markers, and the citations it cites. */
function block(kind: AnswerBlock["kind"], line: string): AnswerBlock {
  const segments = segmentsOf(line);
  const cites = new Set(segments.flatMap((segment) => ("cite" in segment ? [segment.cite] : [])));
  return { kind, text: segmentsText(segments), cites: [...cites].sort((a, b) => a - b), segments };
}

/** Share of Latin-script words above which corpus text counts as left in the corpus's language. */
const LATIN_NOTE_SHARE = 0.5;

/** The share of a text's words written in Latin letters. */
export function latinShare(text: string): number {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((word) => /\p{Script=Latin}/u.test(word)).length / words.length;
}

/** A curator's note as a sentence: with its closing full stop. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
