/**
 * "Compare the UK and French agreements", "Germany vs France, which signed
 * first?", "is the US deal longer than the UK one?": the attributes asked (or
 * the main ones) side by side, one short line each, instead of two full cards;
 * then which came first or which runs longer, when that is asked.
 */
import { newDraft } from "../compose/answer-context.ts";
import { fill, formatDate, joinList, plural } from "../compose/format.ts";
import type { Agreement } from "../dataset/schema.ts";
import type { Comparative } from "../lang/context.ts";
import { partnerSignatoryNames, trimStop } from "../registry/partner-answers.ts";
import { aspectsOf, type PartnerAspect } from "./aspects.ts";
import { finish, questionModule, REGISTRY_CONFIDENCE, type Asked } from "./module.ts";
import { partnersOf } from "./partner.ts";

type Row = "when" | "where" | "who" | "duration" | "commitments";
const DEFAULT_ROWS: readonly Row[] = ["when", "where", "who", "duration", "commitments"];

export const compareModule = questionModule<{ agreements: Agreement[]; rows: Row[]; first: boolean; term: Comparative | undefined }>({
  id: "compare",
  match(reading) {
    const agreements = partnersOf(reading).map((mention) => mention.agreement);
    // "which has the longest term, Norway or Japan?" compares the two as "which is longer?" does.
    const term = reading.comparative ?? (reading.superlative === "longest" ? "longer" : reading.superlative === "shortest" ? "shorter" : undefined);
    if (agreements.length < 2 || !(reading.compare || reading.superlative === "first" || term !== undefined)) return undefined;
    const asked = aspectsOf(reading).filter((aspect): aspect is Row & PartnerAspect => (DEFAULT_ROWS as readonly string[]).includes(aspect));
    const rows: Row[] = term !== undefined ? ["duration", ...asked.filter((row) => row !== "duration")] : asked.length > 0 ? asked : [...DEFAULT_ROWS];
    return { agreements, rows, first: reading.superlative === "first", term };
  },
  answer(plan, reading, asked) {
    const { context } = asked;
    const { pack } = context.language;
    const t = pack.answers.compare;
    const draft = newDraft(context);
    draft.line(
      fill(t.intro, {
        partners: joinList(pack, plan.agreements.map((agreement) => context.language.partnerName(agreement))),
        partnersInSentence: joinList(pack, plan.agreements.map((agreement) => context.language.partnerInSentence(agreement))),
      }),
    );
    for (const row of plan.rows) {
      const values = plan.agreements.map((agreement) => fill(t.value, { partner: context.language.partnerName(agreement), value: `${valueOf(asked, agreement, row)}${draft.cite(agreement.sources, 1)}` }));
      draft.line(fill(t.row, { label: t.labels[row], values: values.join("; ") }));
    }
    if (plan.first) {
      const [earliest] = [...plan.agreements].sort((a, b) => a.signed.localeCompare(b.signed));
      if (earliest !== undefined) {
        const sameDay = plan.agreements.every((agreement) => agreement.signed === earliest.signed);
        draft.line(sameDay ? fill(t.sameDay, { date: draft.date(earliest.signed) }) : fill(t.first, { partner: context.language.partnerInSentence(earliest), date: draft.date(earliest.signed) }));
      }
    }
    if (plan.term !== undefined) {
      const verdict = termVerdict(asked, plan.agreements, plan.term);
      draft.line(reading.yesNo && verdict.yes !== undefined ? `${verdict.yes ? pack.texts.yes : pack.texts.no} ${verdict.line}` : verdict.line);
    }
    return finish(asked, draft, { intent: "agreement", confidence: REGISTRY_CONFIDENCE });
  },
});

/**
 * Which of the agreements runs longer (or shorter), and whether the first one
 * named does: "is the US deal longer than the UK one?" asks it of the US.
 * `yes` is undefined when a term is open and the question cannot be settled.
 */
function termVerdict(asked: Asked, agreements: readonly Agreement[], term: Comparative): { line: string; yes: boolean | undefined } {
  const { language } = asked.context;
  const { pack } = language;
  const t = pack.answers.compare;
  const open = agreements.filter((agreement) => agreement.durationYears === null);
  if (open.length > 0) return { line: fill(t.openTerm, { list: joinList(pack, open.map((agreement) => language.partnerInSentence(agreement))) }), yes: undefined };
  const years = (agreement: Agreement) => agreement.durationYears ?? 0;
  const edge = term === "longer" ? Math.max(...agreements.map(years)) : Math.min(...agreements.map(years));
  const holders = agreements.filter((agreement) => years(agreement) === edge);
  const span = plural(pack, pack.plurals.years, edge);
  const [asAsked] = agreements;
  if (holders.length === agreements.length) return { line: fill(t.sameTerm, { years: span }), yes: false };
  const line = fill(t[term], { partner: joinList(pack, holders.map((agreement) => language.partnerInSentence(agreement))), years: span });
  return { line, yes: asAsked !== undefined && holders.includes(asAsked) };
}

function valueOf(asked: Asked, record: Agreement, row: Row): string {
  const { pack } = asked.context.language;
  const agreement = asked.context.language.local(record);
  switch (row) {
    case "when":
      return formatDate(pack, agreement.signed);
    case "where":
      return trimStop(agreement.place);
    case "who":
      return partnerSignatoryNames(pack, agreement);
    case "duration":
      return agreement.durationYears === null ? pack.templates.card.noDuration : plural(pack, pack.plurals.years, agreement.durationYears);
    case "commitments":
      return trimStop(agreement.commitments[0] ?? "");
  }
}

