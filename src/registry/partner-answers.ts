/**
 * Sentences about one partner's agreement, straight from its registry record:
 * when, where, who signed, for how long, what it commits to, whether it was
 * signed, or the whole card.
 */
import type { AnswerContext } from "../compose/answer-context.ts";
import { sentence, type Draft } from "../compose/draft.ts";
import { fill, joinList, ordinal, plural } from "../compose/format.ts";
import type { Agreement, Quote } from "../dataset/schema.ts";
import type { LanguagePack } from "../lang/schema.ts";
import type { PartnerAspect } from "../answers/aspects.ts";
import { overlap, weightedTerms, type QueryWord } from "../search/query.ts";
import { withProperties } from "../with-properties.ts";
import { writeCaveats } from "./caveats.ts";

export function writePartnerAspects(draft: Draft, context: AnswerContext, record: Agreement, aspects: readonly PartnerAspect[]): void {
  const agreement = context.language.local(record);
  const { pack } = draft;
  const t = pack.templates;
  const partner = context.language.partnerInSentence(agreement);
  const cite = () => draft.cite(agreement.sources);
  const base = { partner, date: draft.date(agreement.signed), place: trimStop(agreement.place) };
  // The occasion is corpus prose: only a template that shows it marks the answer as quoting the corpus.
  const fillIn = (template: string, values: Readonly<Record<string, string>>) =>
    fill(template, withProperties(base, template.includes("{occasion}") ? { occasion: draft.corpus(trimStop(agreement.occasion)), ...values } : values));
  // The "where" sentence gives the date too, and the "status" one the term, so asking both needs only one sentence.
  const wanted = aspects.filter((aspect) => !(aspect === "when" && aspects.includes("where")) && !(aspect === "duration" && aspects.includes("status")));
  let first = true;
  for (const aspect of wanted) {
    const write = (text: string) => {
      if (first) draft.line(text);
      else draft.say(text);
      first = false;
    };
    switch (aspect) {
      case "when":
        write(fillIn(t.when, { cite: cite() }));
        break;
      case "where":
        write(fillIn(t.where, { cite: cite() }));
        break;
      case "who":
        write(fillIn(t.who, { signatories: signatories(draft, agreement), cite: cite() }));
        break;
      case "duration":
        // No term and no text to read one from (Greece): the term is unknown, not open-ended as the EU's text makes it.
        if (agreement.durationYears === null && !context.registry.texts.has(agreement.id)) draft.unknown("duration");
        write(
          agreement.durationYears === null
            ? fillIn(t.durationOpen, { cite: cite() })
            : fillIn(t.durationYears, { years: plural(pack, pack.plurals.years, agreement.durationYears), cite: cite() }),
        );
        if (agreement.durationNote !== null) draft.say(draft.corpus(sentence(agreement.durationNote)));
        break;
      case "commitments":
        write(fillIn(t.commitments, { commitments: commitments(draft, agreement.commitments), cite: cite() }));
        break;
      case "money": {
        const amounts = agreement.commitments.filter((commitment) => namesAmount(context, commitment));
        write(
          amounts.length === 0
            ? fillIn(t.moneyNone, { commitments: commitments(draft, agreement.commitments), cite: cite() })
            : fillIn(t.money, { commitments: commitments(draft, amounts), cite: cite() }),
        );
        break;
      }
      case "ordinal":
        write(
          agreement.ordinal === null
            ? fillIn(agreement.inOfficialCount ? t.ordinalNone : t.ordinalNotCounted, { cite: cite() })
            : fillIn(t.ordinal, { ordinal: ordinal(pack, agreement.ordinal), cite: cite() }),
        );
        if (agreement.ordinalNote !== null) draft.say(draft.corpus(sentence(agreement.ordinalNote)));
        break;
      case "status":
        // What the record can say of a standing: nothing ended it, and the term it was signed for; the notes on its status follow.
        write(
          agreement.durationYears === null
            ? fillIn(t.statusOpen, { cite: cite() })
            : fillIn(t.status, { years: plural(pack, pack.plurals.years, agreement.durationYears), cite: cite() }),
        );
        break;
      case "title":
        write(agreement.title === null ? fillIn(t.titleNone, {}) : fillIn(t.title, { title: draft.corpus(agreement.title), cite: cite() }));
        break;
      case "has-signed":
        write(fillIn(t.hasSignedYes, { cite: cite() }));
        break;
      case "agreement":
        writeCard(draft, context, agreement);
        first = false;
        break;
    }
  }
  writeCaveats(draft, context, agreement, wanted.includes("agreement") ? "all" : wanted);
}

/** Commitments a card lists (the curator's first, the most important); all of them are the commitments answer's. */
const CARD_COMMITMENTS = 3;

/** The agreement card: one line per field. */
export function writeCard(draft: Draft, context: AnswerContext, record: Agreement): void {
  const agreement = context.language.local(record);
  const { pack } = draft;
  const card = pack.templates.card;
  const partner = context.language.partnerName(agreement);
  draft.line(agreement.title === null ? fill(card.untitled, { partner }) : fill(card.title, { partner, title: draft.corpus(agreement.title) }));
  draft.line(fill(card.signed, { date: draft.date(agreement.signed), place: trimStop(agreement.place), occasion: draft.corpus(trimStop(agreement.occasion)), cite: draft.cite(agreement.sources) }));
  draft.line(fill(card.signatories, { signatories: signatories(draft, agreement) }));
  const duration = agreement.durationYears === null ? card.noDuration : plural(pack, pack.plurals.years, agreement.durationYears);
  draft.line(fill(card.duration, { duration }));
  if (agreement.durationNote !== null) draft.say(draft.corpus(sentence(agreement.durationNote)));
  draft.line(fill(card.commitments, { commitments: commitments(draft, agreement.commitments.slice(0, CARD_COMMITMENTS)) }));
  // How the sources arrive at a place in the count is the ordinal answer's to give; the card gives the place, or the note when there is none.
  if (agreement.ordinal !== null) draft.line(fill(card.ordinal, { ordinal: ordinal(pack, agreement.ordinal) }));
  else if (agreement.ordinalNote !== null) draft.line(draft.corpus(sentence(agreement.ordinalNote)));
  if (!agreement.inOfficialCount) draft.line(card.notCounted);
  writeCaveats(draft, context, agreement, "all", { official: false, newLine: true });
}

function signatories(draft: Draft, agreement: Agreement): string {
  return joinList(
    draft.pack,
    agreement.signatories.map((signatory) => fill(draft.pack.templates.signatory, { name: signatory.name, role: draft.corpus(signatory.role) })),
  );
}

/** A commitment that names money: a digit and one of the pack's amount marks ("€3 billion", «3 млрд євро»). */
function namesAmount(context: AnswerContext, commitment: string): boolean {
  return /\d/.test(commitment) && context.language.pack.amountMarks.some((mark) => commitment.includes(mark));
}

/** Commitments as one run of the corpus's words: "…; …; …". */
function commitments(draft: Draft, list: readonly string[]): string {
  return draft.corpus(list.map(trimStop).join("; "));
}

/**
 * The quote of an agreement that best fits the question (most of its words),
 * or the curator's first quote for that agreement when none fits better.
 */
export function bestQuote(context: AnswerContext, agreement: Agreement, words: readonly QueryWord[]): Quote | undefined {
  const candidates = context.registry.quotesByAgreement.get(agreement.id) ?? [];
  if (candidates.length <= 1) return candidates[0];
  const { index } = context.language;
  // The question's words weighed once for all the candidates (hundreds on a large corpus).
  const terms = weightedTerms(index, words);
  let best = candidates[0];
  let bestOverlap = 0;
  for (const quote of candidates) {
    const score = overlap(index, `quote:${quote.id}`, terms);
    if (score > bestOverlap) {
      best = quote;
      bestOverlap = score;
    }
  }
  return best;
}

/** Who signed for the partner, by name, as one list ("Charles Michel and Ursula von der Leyen"); pass the record as the answer's language shows it. */
export function partnerSignatoryNames(pack: LanguagePack, agreement: Agreement): string {
  return joinList(pack, agreement.signatories.filter((signatory) => signatory.side === "partner").map((signatory) => signatory.name));
}

/** A record field without its closing full stop, for use inside a sentence. */
export function trimStop(text: string): string {
  return text.trim().replace(/[.;]+$/, "");
}
