/**
 * Questions about a group of partners ("Which Baltic states have an
 * agreement?", "When did the G7 countries sign?"): the group's members with
 * agreements, what was asked of each, and the members with none.
 */
import { newDraft } from "../compose/answer-context.ts";
import { datedList } from "../registry/collection-answers.ts";
import { fill, joinList } from "../compose/format.ts";
import type { Agreement, Group } from "../dataset/schema.ts";
import { writePartnerAspects } from "../registry/partner-answers.ts";
import { inPeriod } from "../reading/dates.ts";
import { aspectsOf, intentOf } from "./aspects.ts";
import { COLLECTION_CONFIDENCE, finish, questionModule } from "./module.ts";

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
    const members = context.registry.byDate.filter((agreement) => group.members.includes(agreement.id) && (period === undefined || inPeriod(agreement.signed, period)));
    const list = datedList(draft, context, members);
    const name = context.language.groupName(group);
    const local = pack.groups[group.id];
    const groupOf = local?.forms?.of ?? name;
    const total = group.members.length + group.others.length;
    const line = fill(members.length === total ? t.all : members.length === 1 ? t.one : t.some, { count: members.length, group: name, groupOf, list });
    // "Did all G7 countries sign?" is a yes only if every member did; "Did the Nordic countries sign?" if any did.
    const yes = reading.everyMember ? members.length === total : members.length > 0;
    draft.line(reading.yesNo ? `${yes ? pack.texts.yes : pack.texts.no} ${line}` : line);
    const others = group.others.map((other, index) => local?.others?.[index] ?? other);
    const without: string[] = [...others, ...withoutInPeriod(context.registry.byDate, group, members).map((agreement) => context.language.partnerName(agreement))];
    if (without.length > 0) draft.say(fill(t.without, { list: joinList(pack, without) }));
    // "Who signed for the Baltic states?": what was asked of each member, one line each.
    const aspects = aspectsOf(reading).filter((aspect) => aspect !== "when");
    if (aspects.length > 0) for (const agreement of members) writePartnerAspects(draft, context, agreement, aspects);
    return finish(asked, draft, { intent: aspects.length > 0 ? intentOf(aspects) : "list", confidence: COLLECTION_CONFIDENCE });
  },
});

/** Members with an agreement signed outside the period asked about are, for that period, members without one. */
function withoutInPeriod(byDate: readonly Agreement[], group: Group, shown: readonly Agreement[]): Agreement[] {
  return byDate.filter((agreement) => group.members.includes(agreement.id) && !shown.includes(agreement));
}
