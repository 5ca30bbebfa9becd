/**
 * "Which agreements were signed by presidents, not prime ministers?",
 * «скільки угод підписали премʼєри»: the signings whose partner signatories
 * held the offices asked for (and none of those left out), in the period or
 * group asked, each with who signed it.
 */
import { newDraft, type AnswerContext } from "../compose/answer-context.ts";
import type { Draft } from "../compose/draft.ts";
import { fill, formatDate, joinList, plural } from "../compose/format.ts";
import type { Agreement, Office } from "../dataset/schema.ts";
import { periodText, writeOutsideCount } from "../registry/collection-answers.ts";
import { partnerSignatoryNames } from "../registry/partner-answers.ts";
import { inPeriod } from "../reading/dates.ts";
import type { Understanding } from "../reading/read.ts";
import { topCue } from "./aspects.ts";
import { followedUp } from "./collections.ts";
import { COLLECTION_CONFIDENCE, finish, questionModule } from "./module.ts";

/** Cues an office filter answers: which, how many, who. */
const OFFICE_CUES = new Set(["list", "count", "who", "agreement", "has-signed"]);

type Offices = NonNullable<Understanding["offices"]>;

const partnerOffices = (agreement: Agreement): Office[] =>
  agreement.signatories.flatMap((signatory) => (signatory.side === "partner" && signatory.office !== undefined ? [signatory.office] : []));

function officesMatch(agreement: Agreement, offices: Offices): boolean {
  const held = partnerOffices(agreement);
  const wanted = offices.include.flatMap((kind) => kind.offices);
  const left = offices.exclude.flatMap((kind) => kind.offices);
  return held.length > 0 && (wanted.length === 0 || held.some((office) => wanted.includes(office))) && !held.some((office) => left.includes(office));
}

function items(draft: Draft, context: AnswerContext, agreements: readonly Agreement[]): string {
  const { pack } = draft;
  return joinList(
    pack,
    agreements.map((agreement) =>
      fill(pack.answers.offices.item, { partner: context.language.partnerName(agreement), name: partnerSignatoryNames(pack, context.language.local(agreement)), date: formatDate(pack, agreement.signed), cite: draft.cite(agreement.sources, 1) }),
    ),
  );
}

export const officesModule = questionModule<Offices>({
  id: "offices",
  match(reading) {
    const { offices } = reading;
    // Only of the signings: "what does the president earn?" and "is he president or PM?" ask something else.
    if (offices === undefined || !reading.signing || reading.pronoun || reading.ukraineSide || reading.place !== undefined || reading.content.length > 0 || reading.groups.length > 1) return undefined;
    const top = topCue(reading);
    return top === undefined || OFFICE_CUES.has(top) ? offices : undefined;
  },
  answer(offices, reading, asked) {
    const { context } = asked;
    const { pack } = context.language;
    const draft = newDraft(context);
    const [group] = reading.groups;
    const { period } = reading;
    const considered = context.registry.byDate.filter((agreement) => (period === undefined || inPeriod(agreement.signed, period)) && (group === undefined || group.members.includes(agreement.id)));
    const matching = considered.filter((agreement) => officesMatch(agreement, offices));
    const named = joinList(pack, (offices.include.length > 0 ? offices.include : offices.exclude).map((kind) => kind.name));
    const who = offices.include.length > 0 ? named : fill(pack.answers.offices.other, { offices: named });
    const during = period === undefined ? "" : ` ${periodText(draft, period)}`;
    if (matching.length === 0) draft.line(fill(pack.answers.offices.none, { offices: who, period: during }));
    else {
      draft.line(fill(pack.answers.offices.list, { offices: who, period: during, agreements: plural(pack, pack.plurals.agreements, matching.length), list: items(draft, context, matching) }));
      writeOutsideCount(draft, context, matching);
    }
    // The EU's presidents are not heads of state: said, so a list of presidents is not read as leaving it out by mistake.
    const institutions = offices.include.some((kind) => kind.offices.includes("president")) ? considered.filter((agreement) => partnerOffices(agreement).includes("eu-institution")) : [];
    if (institutions.length > 0) draft.line(fill(pack.answers.offices.institutions, { list: items(draft, context, institutions) }));
    return finish(asked, draft, { intent: topCue(reading) === "count" ? "count" : "list", confidence: COLLECTION_CONFIDENCE, about: followedUp(matching) });
  },
});
