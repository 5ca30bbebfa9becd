/**
 * "Compare the UK and French agreements", "Germany vs France, which signed
 * first?": the attributes asked (or the main ones) side by side, one short
 * line each, instead of two full cards.
 */
import { newDraft } from "../compose/answer-context.ts";
import { fill, formatDate, joinList, plural } from "../compose/format.ts";
import type { Agreement } from "../dataset/schema.ts";
import { trimStop } from "../registry/partner-answers.ts";
import { aspectsOf, type PartnerAspect } from "./aspects.ts";
import { finish, questionModule, REGISTRY_CONFIDENCE, type Asked } from "./module.ts";
import { partnersOf } from "./partner.ts";

type Row = "when" | "where" | "who" | "duration" | "commitments";
const DEFAULT_ROWS: readonly Row[] = ["when", "where", "who", "duration", "commitments"];

export const compareModule = questionModule<{ agreements: Agreement[]; rows: Row[]; first: boolean }>({
  id: "compare",
  match(reading) {
    const agreements = partnersOf(reading).map((mention) => mention.agreement);
    if (agreements.length < 2 || !(reading.compare || reading.superlative === "first")) return undefined;
    const asked = aspectsOf(reading).filter((aspect): aspect is Row & PartnerAspect => (DEFAULT_ROWS as readonly string[]).includes(aspect));
    return { agreements, rows: asked.length > 0 ? asked : [...DEFAULT_ROWS], first: reading.superlative === "first" };
  },
  answer(plan, _reading, asked) {
    const { context } = asked;
    const { pack } = context.language;
    const t = pack.answers.compare;
    const draft = newDraft(context);
    draft.line(fill(t.intro, { partners: joinList(pack, plan.agreements.map((agreement) => context.language.partnerName(agreement))) }));
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
    return finish(asked, draft, { intent: "agreement", confidence: REGISTRY_CONFIDENCE });
  },
});

function valueOf(asked: Asked, record: Agreement, row: Row): string {
  const { pack } = asked.context.language;
  const agreement = asked.context.language.local(record);
  switch (row) {
    case "when":
      return formatDate(pack, agreement.signed);
    case "where":
      return trimStop(agreement.place);
    case "who":
      return joinList(pack, agreement.signatories.filter((signatory) => signatory.side === "partner").map((signatory) => signatory.name));
    case "duration":
      return agreement.durationYears === null ? pack.templates.card.noDuration : plural(pack, pack.plurals.years, agreement.durationYears);
    case "commitments":
      return trimStop(agreement.commitments[0] ?? "");
  }
}

