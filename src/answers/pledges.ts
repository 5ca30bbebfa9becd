/**
 * "Who pledged the most for 2024?", "which pledged more, Spain or Belgium?",
 * «яка країна дала найбільше грошей на 2024 рік»: the sums the agreements name
 * for a year, ranked. Sums are ranked in euros only, as the commitments give
 * them or convert them; a sum in another currency is listed beside the ranking,
 * never converted by the engine. Over the partners or the group asked about,
 * otherwise over the whole registry.
 */
import { newDraft } from "../compose/answer-context.ts";
import { fill, formatPledge, joinList } from "../compose/format.ts";
import type { Agreement, Group, Pledge } from "../dataset/schema.ts";
import { eurosOf } from "../dataset/sums.ts";
import { finish, questionModule, REGISTRY_CONFIDENCE } from "./module.ts";
import { partnersOf, yearAsked } from "./partner.ts";

/** Sums shown after the top one in the ranking ("Then France, up to €3 billion; the Netherlands, €2 billion."). */
const RUNNERS_UP = 2;

interface PledgePlan {
  order: "largest" | "smallest";
  /** The partners asked about, when the question names two or more or a group; otherwise every agreement. */
  among: readonly Agreement[] | undefined;
  group: Group | undefined;
  /** "Did Germany pledge the most?": the one partner a yes/no question asks about, answered "Yes" or "No" first. */
  claimed: Agreement | undefined;
}

interface Ranked {
  agreement: Agreement;
  pledge: Pledge;
}

export const pledgesModule = questionModule<PledgePlan>({
  id: "pledges",
  match(reading, asked) {
    if (reading.amountOrder === undefined) return undefined;
    const named = partnersOf(reading).map((mention) => mention.agreement);
    const [group] = reading.groups;
    const [one] = named;
    if (named.length === 1) return reading.yesNo ? { order: reading.amountOrder, among: undefined, group: undefined, claimed: one } : undefined;
    const members = group?.members.map((id) => asked.context.registry.agreements.get(id)).filter((agreement) => agreement !== undefined);
    return { order: reading.amountOrder, among: named.length >= 2 ? named : members, group: named.length >= 2 ? undefined : group, claimed: undefined };
  },
  answer({ order, among, group, claimed }, reading, asked) {
    const { context } = asked;
    const { pack } = context.language;
    const t = pack.answers.pledges;
    const draft = newDraft(context);
    const candidates = among ?? context.registry.byDate;
    const recordedYears = [...new Set(context.registry.byDate.flatMap((agreement) => agreement.pledges.map((pledge) => pledge.year)))].sort();
    // A year asked for, else the latest any agreement names a sum for.
    const askedYear = yearAsked(reading);
    const year = askedYear ?? recordedYears.at(-1);
    if (year === undefined || !recordedYears.includes(year)) {
      draft.line(fill(t.noYear, { years: joinList(pack, recordedYears.map(String)), year: String(askedYear ?? "") }));
      return finish(asked, draft.unknown("year"), { status: "no_answer", intent: "none", confidence: 0 });
    }
    const withSum: Ranked[] = candidates.flatMap((agreement) => agreement.pledges.filter((pledge) => pledge.year === year).map((pledge) => ({ agreement, pledge })));
    const inEuros = withSum
      .map((entry) => ({ ...entry, euros: eurosOf(entry.pledge)?.millions }))
      .filter((entry): entry is Ranked & { euros: number } => entry.euros !== undefined)
      .sort((a, b) => (order === "largest" ? b.euros - a.euros : a.euros - b.euros));
    const others = withSum.filter((entry) => eurosOf(entry.pledge) === undefined);
    const item = (entry: Ranked) => fill(t.item, { partner: context.language.partnerName(entry.agreement), sum: formatPledge(pack, entry.pledge), cite: draft.cite(entry.agreement.sources, 1) });
    const [top, ...rest] = inEuros;
    if (top !== undefined && (inEuros.length > 1 || among === undefined)) {
      const range =
        group !== undefined
          ? fill(t.amongGroup, { group: context.language.groupName(group), groupOf: context.language.groupOf(group), year })
          : among !== undefined
            ? fill(t.amongNamed, { names: joinList(pack, among.map((agreement) => context.language.partnerInSentence(agreement))), year })
            : fill(t.among, { year });
      const line = fill(order === "largest" ? t.largest : t.smallest, { among: range, partner: context.language.partnerInSentence(top.agreement), sum: formatPledge(pack, top.pledge), cite: draft.cite(top.agreement.sources, 1) });
      // A yes or no only where the ranking settles it: a sum in another currency is not ranked.
      const ranked = claimed === undefined ? undefined : inEuros.find((entry) => entry.agreement === claimed);
      draft.line(ranked === undefined ? line : `${ranked === top ? pack.texts.yes : pack.texts.no} ${line}`);
      // The partners a question names are all compared; of a group or the whole registry, the top few.
      const shown = among === undefined || group !== undefined ? rest.slice(0, RUNNERS_UP) : rest;
      if (shown.length > 0) draft.say(fill(t.rest, { list: joinList(pack, shown.map(item)) }));
      // "Did Spain pledge the most?" No: and Spain's own sum, when the ranking shown leaves it out.
      if (ranked !== undefined && ranked !== top && !shown.includes(ranked)) draft.say(fill(t.claimedSum, { partner: context.language.partnerInSentence(ranked.agreement), sum: formatPledge(pack, ranked.pledge), cite: draft.cite(ranked.agreement.sources, 1) }));
    } else if (top !== undefined) {
      draft.line(fill(t.claimedSum, { partner: context.language.partnerInSentence(top.agreement), sum: formatPledge(pack, top.pledge), cite: draft.cite(top.agreement.sources, 1) }));
    }
    if (others.length > 0) draft.line(fill(t.otherCurrencies, { list: joinList(pack, others.map(item)) }));
    const without = among?.filter((agreement) => !withSum.some((entry) => entry.agreement === agreement)) ?? [];
    if (without.length > 0 && (group === undefined || without.length <= RUNNERS_UP + 1)) draft.line(fill(t.noSum, { names: joinList(pack, without.map((agreement) => context.language.partnerInSentence(agreement))), year }));
    if (withSum.length === 0) return finish(asked, draft.unknown("money"), { status: "no_answer", intent: "none", confidence: 0 });
    return finish(asked, draft, { intent: "commitments", confidence: REGISTRY_CONFIDENCE, about: top === undefined ? [] : [top.agreement] });
  },
});
