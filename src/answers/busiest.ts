/**
 * "In which month were the most agreements signed?", "which day had the most
 * signings?", «в який день підписали найбільше угод»: the month or day (or
 * several, when tied) with the most signings, in the period asked or over the
 * whole registry, with the agreements signed then.
 */
import { newDraft } from "../compose/answer-context.ts";
import { fill, joinList } from "../compose/format.ts";
import type { Agreement } from "../dataset/schema.ts";
import { datedList, periodText } from "../registry/collection-answers.ts";
import { inPeriod, periodOfDate } from "../reading/dates.ts";
import { COLLECTION_CONFIDENCE, finish, questionModule } from "./module.ts";

export const busiestModule = questionModule({
  id: "busiest",
  match: (reading) => (reading.busiest !== undefined && reading.partners.length === 0 ? reading.busiest : undefined),
  answer(unit, reading, asked) {
    const { context } = asked;
    const { pack } = context.language;
    const draft = newDraft(context);
    const { period } = reading;
    const byUnit = new Map<string, Agreement[]>();
    for (const agreement of context.registry.byDate) {
      if (period !== undefined && !inPeriod(agreement.signed, period)) continue;
      // A signing known only to the month (none today) has no day to count on.
      if (unit === "day" && agreement.signed.length < 10) continue;
      const key = unit === "month" ? agreement.signed.slice(0, 7) : agreement.signed;
      byUnit.set(key, [...(byUnit.get(key) ?? []), agreement]);
    }
    const most = Math.max(0, ...[...byUnit.values()].map((agreements) => agreements.length));
    const top = [...byUnit].filter(([, agreements]) => agreements.length === most);
    const periods = joinList(pack, top.map(([key]) => periodText(draft, periodOfDate(key))));
    draft.line(fill(pack.answers.busiest[unit], { count: most, periods, list: datedList(draft, context, top.flatMap(([, agreements]) => agreements)) }));
    return finish(asked, draft, { intent: "count", confidence: COLLECTION_CONFIDENCE });
  },
});
