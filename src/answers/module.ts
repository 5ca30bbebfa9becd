/**
 * What a question module is: one kind of question, recognised in a reading
 * (`match`) and answered from the data (`answer`). `src/answers/index.ts`
 * lists the modules in the order they are tried; the first whose `match`
 * returns a plan answers.
 */
import type { Answer, Intent, More } from "../answer.ts";
import { newDraft, type AnswerContext } from "../compose/answer-context.ts";
import type { Draft } from "../compose/draft.ts";
import { fill } from "../compose/format.ts";
import type { Agreement } from "../dataset/schema.ts";
import type { PartnerAspect } from "./aspects.ts";
import type { Understanding as Reading } from "../reading/read.ts";

export type { Reading };

/** A question being answered: its text, the language and corpus, and the suggestion maker. */
export interface Asked {
  question: string;
  context: AnswerContext;
  /** Suggestions about a partner, excluding the aspects already asked. */
  partnerSuggestions(partner: string, asked: readonly PartnerAspect[]): string[];
}

export interface QuestionModule<P> {
  /** Names the module; its templates sit under `answers.<id>` in the language packs. */
  id: string;
  /** A plan when the reading is this kind of question, otherwise undefined. */
  match(reading: Reading, asked: Asked): P | undefined;
  answer(plan: P, reading: Reading, asked: Asked): Answer;
  /**
   * True for a reading on which this module's "I don't know" is only that it found nothing, so the
   * modules after it still try (the search, for a dated question with a word the registry modules do
   * not use). Default never: a module's no_answer is the answer ("deliveries are not recorded").
   */
  yields?: (reading: Reading) => boolean;
}

/** A module with its plan type hidden, so modules of every kind sit in one list. */
export interface RunnableModule {
  id: string;
  yields(reading: Reading): boolean;
  run(reading: Reading, asked: Asked): Answer | undefined;
}

export function questionModule<P>(module: QuestionModule<P>): RunnableModule {
  return {
    id: module.id,
    yields: module.yields ?? (() => false),
    run(reading, asked) {
      const plan = module.match(reading, asked);
      return plan === undefined ? undefined : module.answer(plan, reading, asked);
    },
  };
}

/** A registry answer to a question naming a known partner and what it asks: the data settles it. */
export const REGISTRY_CONFIDENCE = 0.95;
/** The same when the partner's name had to be corrected from a typo. */
export const CORRECTED_REGISTRY_CONFIDENCE = 0.85;
/** Counts, lists and events: the question type is clear, the data settles it. */
export const COLLECTION_CONFIDENCE = 0.9;

export interface FinishFields {
  intent: Intent;
  confidence: number;
  suggestions?: string[];
  /** Parts of the question the answer could not answer, said in its text. */
  unanswered?: string[];
  status?: Answer["status"];
  more?: More;
  /**
   * The agreements the answer turned out to be about when the question named
   * none ("Which country signed first?" → the United Kingdom), so a follow-up
   * ("when?", "who signed it?") continues with them.
   */
  about?: readonly Agreement[];
}

/** Each answer's `about`, read by the conversation state; kept beside the answer so the public `Answer` stays as it is. */
const subjects = new WeakMap<Answer, readonly Agreement[]>();

/** The agreements an answer was found to be about, beyond those its question named. */
export function subjectOf(answer: Answer): readonly Agreement[] {
  return subjects.get(answer) ?? [];
}

export function finish(asked: Asked, draft: Draft, fields: FinishFields): Answer {
  const answer = finishAnswer(asked, draft, fields);
  if (fields.about !== undefined && fields.about.length > 0) subjects.set(answer, fields.about);
  return answer;
}

function finishAnswer(asked: Asked, draft: Draft, fields: FinishFields): Answer {
  const { context } = asked;
  return draft.finish({
    question: asked.question,
    intent: fields.intent,
    confidence: fields.confidence,
    suggestions: fields.suggestions ?? examplesFor(asked),
    lang: context.language.pack.lang,
    asOf: context.registry.asOf,
    unanswered: fields.unanswered ?? [],
    ...(fields.status === undefined ? {} : { status: fields.status }),
    ...(fields.more === undefined ? {} : { more: fields.more }),
  });
}

export function examplesFor(asked: Asked): string[] {
  return asked.context.language.pack.examples.filter((example) => example !== asked.question);
}

/** "I don't know", with the partner the question named when there is one. */
export function noAnswer(asked: Asked, reading: Reading, draft: Draft, confidence = 0, lead?: string, unanswered: string[] = []): Answer {
  const { context } = asked;
  const { pack } = context.language;
  const [mention] = reading.partners;
  const partner = mention === undefined ? undefined : context.language.partnerInSentence(mention.agreement);
  const out = draft.isEmpty ? draft : newDraft(context);
  out.line(lead ?? (partner === undefined ? pack.texts.noAnswer : fill(pack.texts.noAnswerAbout, { partner })));
  return finish(asked, out, {
    status: "no_answer",
    intent: "none",
    confidence: Math.min(confidence, context.options.minConfidence),
    suggestions: partner === undefined ? pack.examples.slice(0, 3) : asked.partnerSuggestions(partner, []),
    unanswered,
  });
}

export function relatedSuggestions(asked: Asked, reading: Reading): string[] {
  const [mention] = reading.partners;
  if (mention !== undefined) return asked.partnerSuggestions(asked.context.language.partnerInSentence(mention.agreement), []);
  return examplesFor(asked).slice(0, 3);
}

/** An answer that declines the input (empty, too long, unreadable): the reason and example questions. */
export function rejected(context: AnswerContext, question: string, text: string): Answer {
  const { pack } = context.language;
  return {
    question,
    status: "rejected",
    text,
    summary: text,
    blocks: [{ kind: "lead", text, cites: [], segments: [{ text }] }],
    citations: [],
    quotes: [],
    confidence: 0,
    suggestions: pack.examples.slice(0, 3),
    asOf: context.registry.asOf,
    lang: pack.lang,
    intent: "none",
    unanswered: [],
  };
}
