/**
 * Sentences about one partner's agreement, straight from its registry record:
 * when, where, who signed, for how long, what it commits to, whether it was
 * signed, or the whole card.
 */
import type { AnswerContext } from "../compose/answer-context.ts";
import { sentence, type Draft } from "../compose/draft.ts";
import { fill, joinList, ordinal, plural } from "../compose/format.ts";
import type { Agreement, Quote } from "../dataset/schema.ts";
import type { PartnerAspect } from "../intent/plan.ts";
import { overlap, type QueryWord } from "../search/query.ts";
import { writeCaveats } from "./caveats.ts";

export function writePartnerAspects(draft: Draft, context: AnswerContext, agreement: Agreement, aspects: readonly PartnerAspect[]): void {
  const { pack } = draft;
  const t = pack.templates;
  const partner = context.language.partnerInSentence(agreement);
  const cite = () => draft.cite(agreement.sources);
  const base = { partner, date: draft.date(agreement.signed), place: trimStop(agreement.place), occasion: trimStop(agreement.occasion) };
  // The "where" sentence gives the date too, so asking both needs only one sentence.
  const wanted = aspects.includes("where") ? aspects.filter((aspect) => aspect !== "when") : aspects;
  let first = true;
  for (const aspect of wanted) {
    const write = (text: string) => {
      if (first) draft.line(text);
      else draft.say(text);
      first = false;
    };
    switch (aspect) {
      case "when":
        write(fill(t.when, { ...base, cite: cite() }));
        break;
      case "where":
        write(fill(t.where, { ...base, cite: cite() }));
        break;
      case "who":
        write(fill(t.who, { ...base, signatories: signatories(draft, agreement), cite: cite() }));
        break;
      case "duration":
        write(
          agreement.durationYears === null
            ? fill(t.durationOpen, { ...base, cite: cite() })
            : fill(t.durationYears, { ...base, years: plural(pack, pack.plurals.years, agreement.durationYears), cite: cite() }),
        );
        if (agreement.durationNote !== null) draft.say(sentence(agreement.durationNote));
        break;
      case "commitments":
        write(fill(t.commitments, { ...base, commitments: agreement.commitments.map(trimStop).join("; "), cite: cite() }));
        break;
      case "ordinal":
        write(
          agreement.ordinal === null
            ? fill(t.ordinalNone, { ...base, cite: cite() })
            : fill(t.ordinal, { ...base, ordinal: ordinal(pack, agreement.ordinal), cite: cite() }),
        );
        if (agreement.ordinalNote !== null) draft.say(sentence(agreement.ordinalNote));
        break;
      case "has-signed":
        write(fill(t.hasSignedYes, { ...base, cite: cite() }));
        break;
      case "agreement":
        writeCard(draft, context, agreement);
        first = false;
        break;
    }
  }
  writeCaveats(draft, context, agreement, wanted.includes("agreement") ? "all" : wanted);
}

/** The agreement card: one line per field. */
export function writeCard(draft: Draft, context: AnswerContext, agreement: Agreement): void {
  const { pack } = draft;
  const card = pack.templates.card;
  const partner = context.language.partnerName(agreement);
  draft.line(agreement.title === null ? fill(card.untitled, { partner }) : fill(card.title, { partner, title: agreement.title }));
  draft.line(fill(card.signed, { date: draft.date(agreement.signed), place: trimStop(agreement.place), occasion: trimStop(agreement.occasion), cite: draft.cite(agreement.sources) }));
  draft.line(fill(card.signatories, { signatories: signatories(draft, agreement) }));
  const duration = agreement.durationYears === null ? card.noDuration : plural(pack, pack.plurals.years, agreement.durationYears);
  draft.line(fill(card.duration, { duration }));
  if (agreement.durationNote !== null) draft.say(sentence(agreement.durationNote));
  draft.line(fill(card.commitments, { commitments: agreement.commitments.map(trimStop).join("; ") }));
  if (agreement.ordinal !== null || agreement.ordinalNote !== null) {
    if (agreement.ordinal !== null) draft.line(fill(card.ordinal, { ordinal: ordinal(pack, agreement.ordinal) }));
    if (agreement.ordinalNote !== null) {
      if (agreement.ordinal === null) draft.line(sentence(agreement.ordinalNote));
      else draft.say(sentence(agreement.ordinalNote));
    }
  }
  if (!agreement.inOfficialCount) draft.line(card.notCounted);
  writeCaveats(draft, context, agreement, "all", { official: false, newLine: true });
}

function signatories(draft: Draft, agreement: Agreement): string {
  return joinList(
    draft.pack,
    agreement.signatories.map((signatory) => fill(draft.pack.templates.signatory, { name: signatory.name, role: signatory.role })),
  );
}

/**
 * The quote of an agreement that best fits the question (most of its words),
 * or the curator's first quote for that agreement when none fits better.
 */
export function bestQuote(context: AnswerContext, agreement: Agreement, words: readonly QueryWord[]): Quote | undefined {
  const candidates = context.registry.quotesByAgreement.get(agreement.id) ?? [];
  let best = candidates[0];
  let bestOverlap = 0;
  for (const quote of candidates) {
    const score = overlap(context.language.index, `quote:${quote.id}`, words);
    if (score > bestOverlap) {
      best = quote;
      bestOverlap = score;
    }
  }
  return best;
}

/** A record field without its closing full stop, for use inside a sentence. */
export function trimStop(text: string): string {
  return text.trim().replace(/[.;]+$/, "");
}
