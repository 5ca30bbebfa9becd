/**
 * "In which month were the most agreements signed?", «в якому місяці їх було
 * найбільше»: the month (or months, when tied) with the most signings, in the
 * period asked or over the whole registry, with the agreements signed then.
 */
import { newDraft } from "../compose/answer-context.ts";
import { fill, joinList } from "../compose/format.ts";
import type { Agreement } from "../dataset/schema.ts";
import { datedList, periodText } from "../registry/collection-answers.ts";
import { inPeriod, periodOfDate } from "../reading/dates.ts";
import { COLLECTION_CONFIDENCE, finish, questionModule } from "./module.ts";

export const busiestMonthModule = questionModule({
  id: "busiest-month",
  match: (reading) => (reading.busiestMonth && reading.partners.length === 0 ? true : undefined),
  answer(_plan, reading, asked) {
    const { context } = asked;
    const { pack } = context.language;
    const draft = newDraft(context);
    const { period } = reading;
    const byMonth = new Map<string, Agreement[]>();
    for (const agreement of context.registry.byDate) {
      if (period !== undefined && !inPeriod(agreement.signed, period)) continue;
      const month = agreement.signed.slice(0, 7);
      byMonth.set(month, [...(byMonth.get(month) ?? []), agreement]);
    }
    const most = Math.max(0, ...[...byMonth.values()].map((agreements) => agreements.length));
    const top = [...byMonth].filter(([, agreements]) => agreements.length === most);
    const periods = joinList(pack, top.map(([month]) => periodText(draft, periodOfDate(month))));
    draft.line(fill(pack.answers.busiestMonth.line, { count: most, periods, list: datedList(draft, context, top.flatMap(([, agreements]) => agreements)) }));
    return finish(asked, draft, { intent: "count", confidence: COLLECTION_CONFIDENCE });
  },
});
