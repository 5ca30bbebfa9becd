/**
 * The searchable documents: facts, quotes and agreement records, each with a
 * `partner` field holding the partner's names so "the Japanese agreement"
 * meets facts about Japan.
 */
import type { Agreement, Dataset } from "../dataset/schema.ts";

export type DocumentKind = "fact" | "quote" | "agreement";

export interface SearchDocument {
  /** `<kind>:<record id>`, unique across kinds. */
  id: string;
  kind: DocumentKind;
  /** The record's own id. */
  ref: string;
  /** The agreement the record is about, if any. */
  agreement: string | undefined;
  text: string;
  questions: string;
  /** The alternate questions one by one. */
  questionList: readonly string[];
  topics: string;
  partner: string;
  speaker: string;
}

/** @param partnerNames Every name of a partner (registry name, aliases, the language pack's names) by agreement id. */
export function searchDocuments(dataset: Readonly<Dataset>, partnerNames: ReadonlyMap<string, readonly string[]>): SearchDocument[] {
  const names = (agreement: string | undefined) => (agreement === undefined ? "" : (partnerNames.get(agreement) ?? []).join(" ; "));
  const topics = (tags: readonly string[]) => tags.map((tag) => tag.replaceAll("-", " ")).join(" ; ");
  return [
    ...dataset.facts.map((fact) => ({
      id: `fact:${fact.id}`,
      kind: "fact" as const,
      ref: fact.id,
      agreement: fact.agreement,
      text: fact.note === undefined ? fact.text : `${fact.text} ${fact.note}`,
      questions: fact.questions.join(" ; "),
      questionList: fact.questions,
      topics: topics(fact.topics),
      partner: names(fact.agreement),
      speaker: "",
    })),
    ...dataset.quotes.map((quote) => ({
      id: `quote:${quote.id}`,
      kind: "quote" as const,
      ref: quote.id,
      agreement: quote.agreement,
      text: quote.text,
      questions: "",
      questionList: [],
      topics: topics(quote.topics),
      partner: names(quote.agreement),
      speaker: quote.quotedBy === undefined ? quote.speaker : `${quote.speaker} ; ${quote.quotedBy}`,
    })),
    ...dataset.agreements.map((agreement) => ({
      id: `agreement:${agreement.id}`,
      kind: "agreement" as const,
      ref: agreement.id,
      agreement: agreement.id,
      text: agreementText(agreement),
      questions: "",
      questionList: [],
      topics: "",
      partner: names(agreement.id),
      speaker: agreement.signatories.map((signatory) => `${signatory.name} ${signatory.role}`).join(" ; "),
    })),
  ];
}

function agreementText(agreement: Agreement): string {
  return [
    agreement.title ?? "",
    agreement.place,
    agreement.occasion,
    ...agreement.commitments,
    ...agreement.conflicts.map((conflict) => conflict.note),
    agreement.durationNote ?? "",
    agreement.ordinalNote ?? "",
  ].join(" ; ");
}
