/**
 * Every string an answer can repeat is written for the reader who pastes the
 * answer into a discussion: what the sources say, plainly. None of it may read
 * as a note from one curator to another ("do not say …", "the research found",
 * "is not asserted here").
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatIssues, loadDataset, type Dataset } from "../../src/index.ts";

const DATA = join(import.meta.dirname, "../../data");

/** Phrasings that address a writer or a curator, or describe the curation instead of the sources. */
const CURATOR_PHRASING: readonly RegExp[] = [
  /(^|[.;:]\s+)do not (say|present|assume|confuse|treat|use)\b/i,
  /(^|[.;:]\s+)Say ['"‘“]/,
  /\bseed article\b/i,
  /\bthe research\b/i,
  /\bthe dossier\b/i,
  /\bnot asserted here\b/i,
  /\b(is|are|was|were) preferred\b/i,
  /\bcurator/i,
  /\btreated as an? (error|typo)\b/i,
  /\bthe record keeps\b/i,
  /\bthe (title|record|figure) here\b/i,
  /\b(is|was|were) not read\b/i,
  /\bnot read in the text\b/i,
  /\bsources? read\b/i,
  /\bin the corpus\b/i,
];

let dataset: Dataset;

beforeAll(() => {
  const result = loadDataset(DATA);
  if (!result.ok) throw new Error(formatIssues(result.issues));
  dataset = result.dataset;
});

/** [where, text] for every user-facing string that is ours (quotes' words and sources' titles are copied, so not checked). */
function userFacingStrings(data: Dataset): [string, string][] {
  const strings: [string, string | null | undefined][] = [];
  for (const agreement of data.agreements) {
    const at = `agreements.yaml ${agreement.id}`;
    strings.push([`${at} title`, agreement.title], [`${at} place`, agreement.place], [`${at} occasion`, agreement.occasion]);
    strings.push([`${at} durationNote`, agreement.durationNote], [`${at} ordinalNote`, agreement.ordinalNote]);
    for (const [index, commitment] of agreement.commitments.entries()) strings.push([`${at} commitments[${index}]`, commitment]);
    for (const [index, conflict] of agreement.conflicts.entries()) strings.push([`${at} conflicts[${index}]`, conflict.note]);
  }
  for (const fact of data.facts) strings.push([`facts.yaml ${fact.id} text`, fact.text], [`facts.yaml ${fact.id} note`, fact.note]);
  for (const event of data.events) strings.push([`events.yaml ${event.id} name`, event.name], [`events.yaml ${event.id} place`, event.place]);
  for (const tally of data.tallies) strings.push([`tallies.yaml ${tally.id} whatCounts`, tally.whatCounts]);
  for (const quote of data.quotes) strings.push([`quotes.yaml ${quote.id} speaker`, quote.speaker], [`quotes.yaml ${quote.id} quotedBy`, quote.quotedBy]);
  for (const text of data.provisions) {
    strings.push([`provisions ${text.text.id} publisher`, text.text.publisher]);
    for (const provision of text.provisions) strings.push([`provisions ${provision.id} text`, provision.text]);
  }
  return strings.filter((entry): entry is [string, string] => typeof entry[1] === "string");
}

describe("reader phrasing", () => {
  it("finds the strings it checks", () => {
    expect(userFacingStrings(dataset).length).toBeGreaterThan(1000);
  });

  it("has no curator phrasing in any user-facing string", () => {
    const offending = userFacingStrings(dataset).flatMap(([where, text]) =>
      CURATOR_PHRASING.filter((pattern) => pattern.test(text)).map((pattern) => `${where}: ${pattern} in "${text}"`),
    );
    expect(offending).toEqual([]);
  });

  it("catches the phrasings it is meant to catch", () => {
    const samples = [
      "Unresolved; €1 billion is preferred.",
      "Say \"mostly politically binding\", not \"legally binding\".",
      "The seed article says the G7 agreed.",
      "The research found no report.",
      "It appears only in an aggregator and is not asserted here.",
      "Do not present any wording of it as a quote.",
      "\"Eighth\" is treated as an error.",
      "The official text was not read.",
    ];
    for (const sample of samples) expect(CURATOR_PHRASING.some((pattern) => pattern.test(sample)), sample).toBe(true);
    expect(CURATOR_PHRASING.some((pattern) => pattern.test("Sources give two amounts: €1,000 million and €1,129 million."))).toBe(false);
  });
});
