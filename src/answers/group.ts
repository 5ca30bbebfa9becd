/**
 * Questions about a group of partners ("Which Baltic states have an
 * agreement?", "When did the G7 countries sign?"): the group's members with
 * agreements, what was asked of each, and the members with none.
 */
import { newDraft } from "../compose/answer-context.ts";
import { datedList, periodText } from "../registry/collection-answers.ts";
import { fill, joinList, plural } from "../compose/format.ts";
import type { Group } from "../dataset/schema.ts";
import { writePartnerAspects } from "../registry/partner-answers.ts";
import { inPeriod } from "../reading/dates.ts";
import { aspectsOf, intentOf } from "./aspects.ts";
import { COLLECTION_CONFIDENCE, finish, questionModule } from "./module.ts";

/** At most this many members signed outside the period asked are listed with their dates; more are counted. */
const OTHERS_LISTED = 6;

export const groupModule = questionModule<Group>({
  id: "group",
  // "Which EU members hadn't joined the G7 declaration?" asks about the declaration: the facts answer it.
  // "Which Baltic state signed first?" is the first-or-latest module's, among the group.
  match: (reading) =>
    reading.groups.length > 0 && reading.partners.length === 0 && reading.content.length === 0 && reading.events.length === 0 && reading.superlative !== "first" && reading.superlative !== "latest"
      ? reading.groups[0]
      : undefined,
  answer(group, reading, asked) {
    const { context } = asked;
    const { pack } = context.language;
    const t = pack.answers.group;
    const draft = newDraft(context);
    const period = reading.period;
    const signed = context.registry.byDate.filter((agreement) => group.members.includes(agreement.id) && !reading.setAside.includes(agreement));
    const members = signed.filter((agreement) => period === undefined || inPeriod(agreement.signed, period));
    const name = context.language.groupName(group);
    const local = pack.groups[group.id];
    const groupOf = context.language.groupOf(group);
    const total = group.members.length + group.others.length;
    if (period !== undefined) {
      // "Which Nordic countries signed in June 2024?": the members signed then, then (for a fixed group) when the others did.
      const when = periodText(draft, period);
      const line = members.length === 0 ? fill(t.noneInPeriod, { group: name, groupOf, period: when }) : fill(t.inPeriod, { count: members.length, group: name, groupOf, period: when, list: datedList(draft, context, members) });
      draft.line(reading.yesNo ? `${members.length > 0 ? pack.texts.yes : pack.texts.no} ${line}` : line);
      const others = signed.filter((agreement) => !members.includes(agreement));
      if (!group.open && others.length > 0) {
        draft.say(others.length <= OTHERS_LISTED ? fill(t.otherTimes, { list: datedList(draft, context, others) }) : plural(pack, t.othersCounted, others.length));
      }
    } else if (reading.everyMember && !reading.yesNo && aspectsOf(reading).includes("when") && !group.open && members.length === total && members.length > 1) {
      // "By what date had the whole G7 signed?": the day the last of them signed, then the list.
      const last = members.at(-1);
      const lastDay = members.filter((agreement) => agreement.signed === last?.signed);
      draft.line(fill(t.allBy, { count: members.length, group: name, groupOf, date: draft.date(last?.signed ?? ""), last: datedList(draft, context, lastDay) }));
      draft.say(fill(t.all, { count: members.length, group: name, groupOf, list: datedList(draft, context, members) }));
    } else {
      // "Which non-EU partners signed?" lists partners, not a share of a membership: "all of the partners outside the EU" says nothing.
      // "which Nordic countries signed, not counting Norway?": the others, said as others, never as the group's share.
      const template = reading.setAside.length > 0 ? t.besides : members.length === 1 ? t.one : group.open ? t.open : members.length === total ? t.all : t.some;
      const setAside = joinList(pack, reading.setAside.map((agreement) => context.language.partnerInSentence(agreement)));
      const line = fill(template, { count: members.length, group: name, groupOf, setAside, list: datedList(draft, context, members) });
      // "Did all G7 countries sign?" is a yes only if every member did; "Did the Nordic countries sign?" if any did.
      const yes = reading.everyMember ? members.length === total : members.length > 0;
      draft.line(reading.yesNo ? `${yes ? pack.texts.yes : pack.texts.no} ${line}` : line);
    }
    const others = group.others.map((other, index) => local?.others?.[index] ?? other);
    if (others.length > 0) draft.say(fill(t.without, { list: joinList(pack, others) }));
    // "Who signed for the Baltic states?": what was asked of each member, one line each.
    const aspects = aspectsOf(reading).filter((aspect) => aspect !== "when");
    if (aspects.length > 0) for (const agreement of members) writePartnerAspects(draft, context, agreement, aspects);
    return finish(asked, draft, { intent: aspects.length > 0 ? intentOf(aspects) : "list", confidence: COLLECTION_CONFIDENCE });
  },
});
