/**
 * What the agreement texts say, from the provisions read from them: "Does the
 * Latvian agreement mention demining?" (yes, in which section, with the
 * words; or no, when the whole text was read), "What does the Japanese text
 * say about reconstruction?", "Which agreements mention frozen assets?",
 * "What does section 3 of the UK agreement say?".
 */
import type { Answer } from "../answer.ts";
import { newDraft } from "../compose/answer-context.ts";
import { sentence, type Draft } from "../compose/draft.ts";
import { fill, joinList, plural } from "../compose/format.ts";
import type { Agreement, Provision, ProvisionFile, Quote } from "../dataset/schema.ts";
import type { WeaponSystem } from "../lang/context.ts";
import { writePartnerAspects } from "../registry/partner-answers.ts";
import { hasCue, topCue } from "./aspects.ts";
import { COLLECTION_CONFIDENCE, finish, noAnswer, questionModule, REGISTRY_CONFIDENCE, type Asked, type Reading } from "./module.ts";
import { PairCache } from "../pair-cache.ts";
import { partnersOf, sumClaim } from "./partner.ts";
import { clearFact } from "./search.ts";
import { inPeriod } from "../reading/dates.ts";
import { measuresIn, unitOfTime, type StatedMeasure, type TimeUnit } from "../reading/read.ts";
import { tokenise } from "../text/normalise.ts";

/** Most provisions quoted in one answer. */
const SHOWN = 3;
/** Most provisions given when they are found by the question's words alone. */
const SHOWN_BY_WORDS = 2;
/** A question's only word finds provisions by itself when at most this many of the text's provisions use it. */
const RARE = 2;
/** Confidence of an answer from provisions found by words: below the registry's, above the threshold. */
const WORDS_CONFIDENCE = 0.6;
/** The topic of a text's term, notice and termination clauses. */
const TERMINATION = "duration-termination";

/** Topics so broad that only a question naming the text ("what does the text say about money") asks the provisions for them. */
const BROAD_TOPICS = new Set(["military-aid", "financing"]);

type ProvisionsPlan =
  | { kind: "partner"; agreements: Agreement[]; topics: string[]; withTerm: boolean }
  | { kind: "which"; topics: string[] }
  | { kind: "which-place"; label: string; terms: string[] }
  | { kind: "section"; agreement: Agreement; section: string };

export const provisionsModule = questionModule<ProvisionsPlan>({
  id: "provisions",
  match(reading, asked) {
    const partners = partnersOf(reading).map((mention) => mention.agreement);
    const section = reading.section;
    const [only] = partners;
    if (section !== undefined && only !== undefined && partners.length === 1) return { kind: "section", agreement: only, section };
    const topics = reading.topics.filter((topic) => reading.textCue || !BROAD_TOPICS.has(topic));
    // "which agreements mention chernihiv?": no topic, but a city of Ukraine where nothing was signed, which texts name.
    if (topics.length === 0 && reading.textCue && partners.length === 0 && reading.groups.length === 0 && asked.context.registry.texts.size > 0) {
      const own = ownWords(reading);
      const named = own.length > 0 && own.every((word) => asked.context.language.otherPlaces.has(word.stem));
      return named ? { kind: "which-place", label: own.map((word) => word.raw).join(" "), terms: own.map((word) => word.stem) } : undefined;
    }
    if (topics.length === 0) return undefined;
    // "Belgium commits 2 billion euros": a sum stated of an agreement with a pledge on record is checked against the registry;
    // "how much military support does Belgium commit in its agreement?" asks its sum, which the registry holds.
    if (only !== undefined && partners.length === 1 && sumClaim(reading, only) !== undefined) return undefined;
    if (only !== undefined && partners.length === 1 && reading.money && only.pledges.length > 0 && topics.every((topic) => BROAD_TOPICS.has(topic))) return undefined;
    // "did canada sign anything in 2025 to implement its security agreement?": a signing in another year than the
    // agreement's is a later instrument, which the facts record, not the text's words on implementation.
    const { period } = reading;
    if (only !== undefined && partners.length === 1 && reading.signing && !reading.textCue && period !== undefined && !period.anyYear && !inPeriod(only.signed, period)) return undefined;
    if (partners.length > 0) {
      // A registry question about the same partner ("when did Latvia sign …") is not about the text; "how many hours …" of a topic is.
      const top = topCue(reading);
      // "Which city is Denmark helping rebuild?": a "where" with no signing in it asks a place in the text.
      // (Words of the text's translation are not in the corpus's words: «яке місто … вважає містом особливого інтересу» has none it knows.)
      const placeInText = top === "where" && !reading.signing && (reading.content.length > 0 || reading.unknown > 0 || hasCue(reading, "commitments") || hasCue(reading, "list"));
      // "how long is it and how can it be ended?": the term with the notice is the text's termination clause.
      // (A topic word that is the duration cue itself, "expire", "duration", asks the term only.)
      const durationWords = new Set(reading.cues.filter((cue) => cue.intent === "duration").flatMap((cue) => cue.positions.map((index) => reading.words[index]?.stem)));
      const termAndNotice = top === "duration" && topics.includes(TERMINATION) && reading.topicWords.some((word) => !durationWords.has(word));
      // "when does termination take effect after notice?": a "when" of ending it, with no signing, asks the text's clause
      // ("when did Finland join NATO?" asks a date no text gives).
      const timeInText = top === "when" && !reading.signing && reading.period === undefined && topics.includes(TERMINATION);
      if (top !== undefined && ["when", "where", "who", "ordinal", "count", "status", "duration"].includes(top) && !reading.textCue && !(top === "count" && reading.measure) && !placeInText && !termAndNotice && !timeInText) return undefined;
      // ("how long is the danish agreement valid for and does it mention f-16s": the term, then the text.)
      const termBeside = reading.textCue && hasCue(reading, "duration");
      return { kind: "partner", agreements: partners, topics, withTerm: termAndNotice || termBeside };
    }
    // "Is it like NATO's Article 5?" names an article of another treaty, not a text of the registry.
    const asksTexts = (reading.textCue && section === undefined) || hasCue(reading, "list") || hasCue(reading, "count") || reading.groups.length > 0;
    if (asked.context.registry.texts.size > 0 && asksTexts) return { kind: "which", topics };
    return undefined;
  },
  answer(plan, reading, asked) {
    if (plan.kind === "section") return answerSection(asked, reading, plan.agreement, plan.section);
    if (plan.kind === "which") return answerWhich(asked, reading, plan.topics);
    if (plan.kind === "which-place") return answerWhichPlace(asked, plan.label, plan.terms);
    const [only] = plan.agreements;
    // (A topic carried from the last question, "and in the spanish one?" after France's consultation clause, asks the text again.)
    const carried = reading.topicWords.length === 0;
    const fact = only === undefined || plan.agreements.length > 1 || reading.textCue || carried ? undefined : clearFact(asked, reading, only.id);
    return fact ?? answerPartner(asked, reading, plan.agreements, plan.topics, plan.withTerm);
  },
});

function topicName(asked: Asked, topic: string): string {
  return asked.context.language.pack.topics[topic]?.[0] ?? topic;
}

function statement(asked: Asked, provision: Provision): string {
  return sentence(asked.context.language.pack.lang === "uk" && provision.uk !== undefined ? provision.uk.text : provision.text);
}

const PLURAL_OF_UNIT: Readonly<Record<TimeUnit, "hours" | "days" | "weeks" | "months" | "years">> = { hour: "hours", day: "days", week: "weeks", month: "months", year: "years" };

/** "3 months", «3 місяці»: a length of time in the pack's plural forms. */
function measureText(asked: Asked, measure: StatedMeasure): string {
  const { pack } = asked.context.language;
  return plural(pack, pack.plurals[PLURAL_OF_UNIT[measure.unit]], measure.amount);
}

/** The lengths of time a provision's statement gives ("6 months' notice"). */
function measuresOf(asked: Asked, provision: Provision): StatedMeasure[] {
  const { language } = asked.context;
  return measuresIn(language, tokenise(statement(asked, provision), language.pack.apostrophes).map((token) => token.norm));
}

/** The text's own figure for the unit of time the question states, when it is another figure. */
function correctedMeasure(asked: Asked, reading: Reading, provision: Provision): { found: string; stated: string } | undefined {
  const stated = reading.statedMeasure;
  if (stated === undefined) return undefined;
  const inText = measuresOf(asked, provision).filter((measure) => measure.unit === stated.unit);
  const [other] = inText;
  if (other === undefined || inText.some((measure) => measure.amount === stated.amount)) return undefined;
  return { found: measureText(asked, other), stated: measureText(asked, stated) };
}

/** A provision's verbatim words as a quote of the text, attributed to its section. */
function quoteOf(file: ProvisionFile, provision: Provision, asked: Asked, partner: string): Quote | undefined {
  if (provision.quote === undefined) return undefined;
  const speaker = fill(asked.context.language.pack.answers.provisions.item, { partner, section: provision.section });
  return { id: `provision:${provision.id}`, text: provision.quote, speaker, date: file.text.published, source: file.text.id, topics: [] };
}

function writeProvisions(draft: Draft, asked: Asked, file: ProvisionFile, provisions: readonly Provision[], partner: string): void {
  for (const provision of provisions.slice(0, SHOWN)) {
    draft.line(`${provision.section}: ${statement(asked, provision)}`);
    const quote = quoteOf(file, provision, asked, partner);
    if (quote !== undefined) draft.quote(quote);
  }
}

/** `withTerm`: the registry's term first, for a question that asks it beside the text's clauses ("how long, and how can it be ended?"). */
function answerPartner(asked: Asked, reading: Reading, agreements: readonly Agreement[], topics: readonly string[], withTerm = false): Answer {
  const { context } = asked;
  const t = context.language.pack.answers.provisions;
  const draft = newDraft(context);
  const topic = joinList(context.language.pack, topics.map((id) => topicName(asked, id)));
  let known = 0;
  const unanswered: string[] = [];
  // "Does the Canadian agreement mention F-16s?": a system named is answered by the provisions that name it, not by its topic.
  const systems = reading.yesNo ? systemsNamed(asked, reading) : [];
  for (const agreement of agreements) {
    const partner = context.language.partnerInSentence(agreement);
    const file = context.registry.texts.get(agreement.id);
    if (file === undefined) {
      unanswered.push(`text:${agreement.id}`);
      draft.line(fill(context.language.pack.texts.noText, { partner }));
      continue;
    }
    known++;
    if (withTerm) writePartnerAspects(draft, context, agreement, ["duration"]);
    // The provisions that share most of the question's other words and the topic's name first ("notice" in "how much
    // notice to get out?", "terminate" for termination asked as "walk away"), then those tagged with fewer other topics.
    // The topic's own words as asked count too: "missiles" of air defence is the provision on intercepting missiles.
    // (The question's own words weigh first: "a squadron of F-16s" is Poland's provision on a squadron, not the one that
    // says "fighter jets".)
    const questionWords = [...new Set([...reading.content, ...reading.topicWords])];
    // ("germany's 2024 military aid number in the agreement text?": the year asked is an own word, the provision on 2024 first.)
    const year = yearAsked(reading);
    const ownWords = (provision: Provision) => questionWords.filter((word) => termsOf(asked, provision).has(word)).length + (year !== undefined && statement(asked, provision).includes(year) ? 1 : 0);
    const nameWords = [...new Set(topics.flatMap((id) => context.language.analyser.terms(topicName(asked, id))))].filter((word) => !questionWords.includes(word));
    const matching = file.provisions
      .filter((provision) => provision.topics.some((id) => topics.includes(id)))
      .map((provision, order) => ({ provision, order, own: ownWords(provision), named: nameWords.filter((word) => termsOf(asked, provision).has(word)).length }))
      .sort((a, b) => b.own - a.own || b.named - a.named || a.provision.topics.length - b.provision.topics.length || a.order - b.order)
      .map((entry) => entry.provision);
    const [first] = matching;
    if (first === undefined) {
      if (file.text.coverage === "full") draft.line(fill(t.no, { partner, topic, cite: draft.cite([file.text.id]) }));
      else {
        unanswered.push(`provisions:${agreement.id}`);
        draft.line(fill(t.notCovered, { partner, topic }));
      }
      continue;
    }
    // (Any of its provisions: the F-16 training centre in Romania's is tagged training, not fighter jets.)
    const naming = file.provisions.filter((provision) => systems.every((system) => names(asked, provision, system.pattern)));
    const [system] = systems;
    if (system !== undefined && naming.length === 0 && file.text.coverage === "full") {
      draft.line(fill(t.namedNo, { partner, name: system.name, topic, section: first.section, cite: draft.cite([file.text.id]), text: statement(asked, first) }));
      continue;
    }
    const shown = systems.length > 0 && naming.length > 0 ? naming : matching;
    const [lead = first] = shown;
    // "is Romania handing over two Patriots?": a number of the system no provision naming it gives is no yes.
    const count = system === undefined ? undefined : statedSystemCount(asked, reading);
    const countNot = count !== undefined && !shown.some((provision) => givesNumber(asked, provision, count.amount));
    // ("belgium promised 50 f-16s": the provision that gives a number of them, 30 by 2028, is the one to quote.)
    const counted = countNot ? (shown.find((provision) => /(^|[^\w-])\d/.test(statement(asked, provision))) ?? lead) : lead;
    // "It can be ended on six months' notice, right?": a text giving another figure for that unit says no.
    const corrected = reading.yesNo ? correctedMeasure(asked, reading, lead) : undefined;
    if (countNot && count !== undefined && system !== undefined) draft.line(fill(t.countNot, { partner, stated: count.typed, name: system.name, topic, section: counted.section, cite: draft.cite([file.text.id]), text: statement(asked, counted) }));
    else if (corrected !== undefined) draft.line(fill(t.measureNot, { partner, found: corrected.found, stated: corrected.stated, section: lead.section, cite: draft.cite([file.text.id]) }));
    // The yes names the section it quotes; the others shown follow with their own.
    else if (reading.yesNo && !deniesWordAsked(asked, reading, lead)) draft.line(fill(t.yes, { partner, topic, section: lead.section, cite: draft.cite([file.text.id]), text: statement(asked, lead) }));
    else draft.line(fill(t.says, { partner, topic, cite: draft.cite([file.text.id]) }));
    // A correction shows the provision it rests on first.
    const others = countNot ? shown.filter((provision) => provision !== counted).slice(0, SHOWN - 1) : shown.slice(corrected === undefined ? 1 : 0, SHOWN);
    writeProvisions(draft, asked, file, reading.yesNo && !deniesWordAsked(asked, reading, lead) ? others : shown, partner);
    if (reading.yesNo) {
      const quote = quoteOf(file, countNot ? counted : lead, asked, partner);
      if (quote !== undefined) draft.quote(quote);
    }
  }
  if (known === 0) return noAnswer(asked, reading, draft.isEmpty ? newDraft(context) : draft, 0, undefined, unanswered);
  return finish(asked, draft, { intent: "commitments", confidence: REGISTRY_CONFIDENCE, unanswered });
}

/** Texts beyond which a "which texts mention …" list names the partners without their sections. */
const MAX_LISTED_SECTIONS = 6;

function answerWhich(asked: Asked, reading: Reading, topics: readonly string[]): Answer {
  const { context } = asked;
  const { pack } = context.language;
  const t = pack.answers.provisions;
  const draft = newDraft(context);
  const topic = joinList(pack, topics.map((id) => topicName(asked, id)));
  const group = reading.groups[0];
  // "Which agreement can be terminated on three months' notice?": only the provisions that give that length of time,
  // in the question's own words for it ("terminated", "notice"): Sweden's 6 months are for an extension.
  const stated = reading.statedMeasure;
  const ownWords = reading.content.filter((word) => !/^\d+$/.test(word) && unitOfTime(context.language, word) === undefined && !context.language.numberWords.has(word));
  const gives = (provision: Provision) =>
    stated === undefined ||
    (measuresOf(asked, provision).some((measure) => measure.unit === stated.unit && measure.amount === stated.amount) && ownWords.some((word) => termsOf(asked, provision).has(word)));
  const held = context.registry.byDate.flatMap((agreement) => {
    const file = context.registry.texts.get(agreement.id);
    if (file === undefined || (group !== undefined && !group.members.includes(agreement.id))) return [];
    const sections = [...new Set(file.provisions.filter((provision) => provision.topics.some((id) => topics.includes(id)) && gives(provision)).map((provision) => provision.section))];
    return [{ agreement, file, sections }];
  });
  const shown = held.filter((text) => (text.sections.length > 0) !== reading.without);
  // A long list names the partners only: which sections is each text's own answer.
  const withSections = !reading.without && shown.length <= MAX_LISTED_SECTIONS;
  const list = joinList(
    pack,
    shown.map(({ agreement, file, sections }) => {
      const partner = context.language.partnerName(agreement);
      return `${withSections ? fill(t.item, { partner, section: joinList(pack, sections) }) : partner}${draft.cite([file.text.id])}`;
    }),
  );
  const count = plural(pack, pack.plurals.texts, shown.length);
  const total = plural(pack, pack.plurals.texts, held.length);
  if (reading.without) draft.line(shown.length === 0 ? fill(t.whichWithoutNone, { topic, total }) : fill(t.whichWithout, { count: shown.length, total, topic, list }));
  else if (stated !== undefined) {
    const measure = measureText(asked, stated);
    draft.line(shown.length === 0 ? fill(t.whichMeasureNone, { topic, measure }) : fill(t.whichMeasure, { count, topic, list, measure }));
  } else draft.line(shown.length === 0 ? fill(t.whichNone, { topic }) : fill(shown.length === 1 ? t.whichOne : t.which, { count, topic, list }));
  return finishWhich(asked, draft, group?.members);
}

/** A "which texts …" list's end: the partners (of `members`, when given) whose texts it could not look in, said and listed as unanswered. */
function finishWhich(asked: Asked, draft: Draft, members?: readonly string[]): Answer {
  const { context } = asked;
  const { pack } = context.language;
  const missing = context.registry.byDate.filter((agreement) => !context.registry.texts.has(agreement.id) && (members === undefined || members.includes(agreement.id)));
  if (missing.length > 0) draft.say(fill(pack.texts.textsMissing, { list: joinList(pack, missing.map((agreement) => context.language.partnerInSentence(agreement))) }));
  return finish(asked, draft, { intent: "list", confidence: COLLECTION_CONFIDENCE, unanswered: missing.map((agreement) => `text:${agreement.id}`) });
}

/** The question's content words that are not the words asking the text ("mention", "say"), as typed. */
function ownWords(reading: Reading): Reading["words"] {
  return reading.words.filter((word, index) => reading.content.includes(word.stem) && !reading.textWordsAt.includes(index));
}

/** "Which agreements mention Chernihiv?": the texts whose provisions name the place (every one of its words), with their sections. */
function answerWhichPlace(asked: Asked, label: string, terms: readonly string[]): Answer {
  const { context } = asked;
  const { pack } = context.language;
  const t = pack.answers.provisions;
  const draft = newDraft(context);
  const named = context.registry.byDate.flatMap((agreement) => {
    const file = context.registry.texts.get(agreement.id);
    const sections = [...new Set((file?.provisions ?? []).filter((provision) => terms.every((term) => termsOf(asked, provision).has(term))).map((provision) => provision.section))];
    return file === undefined || sections.length === 0 ? [] : [{ agreement, file, sections }];
  });
  const list = joinList(pack, named.map(({ agreement, file, sections }) => `${fill(t.item, { partner: context.language.partnerName(agreement), section: joinList(pack, sections) })}${draft.cite([file.text.id])}`));
  draft.line(named.length === 0 ? fill(t.whichNone, { topic: label }) : fill(named.length === 1 ? t.whichOne : t.which, { count: plural(pack, pack.plurals.texts, named.length), topic: label, list }));
  return finishWhich(asked, draft);
}

function answerSection(asked: Asked, reading: Reading, agreement: Agreement, section: string): Answer {
  const { context } = asked;
  const t = context.language.pack.answers.provisions;
  const partner = context.language.partnerInSentence(agreement);
  const file = context.registry.texts.get(agreement.id);
  const draft = newDraft(context);
  if (file === undefined) return noAnswer(asked, reading, draft, 0, fill(context.language.pack.texts.noText, { partner }), [`text:${agreement.id}`]);
  const wanted = section.toLowerCase();
  const matching = file.provisions.filter((provision) => {
    const own = provision.section.toLowerCase();
    return own === wanted || own.startsWith(`${wanted}.`) || own.startsWith(`${wanted} `);
  });
  const [first] = matching;
  if (first === undefined) return noAnswer(asked, reading, draft, 0, fill(t.sectionNone, { partner, section }), [`section:${section}`]);
  draft.line(fill(t.section, { section, partner, heading: first.heading === undefined ? "" : ` (${first.heading})`, cite: draft.cite([file.text.id]) }));
  writeProvisions(draft, asked, file, matching, partner);
  return finish(asked, draft, { intent: "commitments", confidence: REGISTRY_CONFIDENCE });
}

/** Each provision's words as one language context reads them (statement, heading and quote), read once. */
const provisionTerms = new PairCache<Asked["context"]["language"], Provision, ReadonlySet<string>>();

/** The weapon systems a question names ("F-16s", «Patriot»). */
function systemsNamed(asked: Asked, reading: Reading): WeaponSystem[] {
  const found = asked.context.language.systems.matchAll(reading.words.map((word) => word.norm)).map((match) => match.value);
  return [...new Set(found)];
}

/** A number the question puts right before the system it names ("two Patriots", «50 F-16»), as typed and as a number. */
function statedSystemCount(asked: Asked, reading: Reading): { typed: string; amount: number } | undefined {
  const { language } = asked.context;
  for (const match of language.systems.matchAll(reading.words.map((word) => word.norm))) {
    const before = reading.words[match.start - 1];
    if (before === undefined) continue;
    const amount = /^\d{1,3}$/.test(before.norm) ? Number(before.norm) : language.numberWords.get(before.norm);
    if (amount !== undefined && amount > 1) return { typed: before.raw, amount };
  }
  return undefined;
}

/** Whether a provision's statement or quote gives a number, in digits or in the answer language's words. */
function givesNumber(asked: Asked, provision: Provision, amount: number): boolean {
  const words = [...asked.context.language.numberWords].filter(([, n]) => n === amount).map(([word]) => word);
  const text = [statement(asked, provision), provision.quote ?? ""].join(" ").toLowerCase();
  return new RegExp(`(^|[^\\d])${amount}([^\\d]|$)`).test(text) || words.some((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, "u").test(text));
}

/** Whether a provision's own words (its statement in the answer's language, its heading and its quote) name a system. */
function names(asked: Asked, provision: Provision, pattern: RegExp): boolean {
  return pattern.test([statement(asked, provision), provision.heading ?? "", provision.quote ?? ""].join(" "));
}

/** The one calendar year the question's period lies in ("in 2024", "for 2024"), as written in texts. */
function yearAsked(reading: Reading): string | undefined {
  const { period } = reading;
  if (period === undefined || period.anyYear) return undefined;
  const year = period.start.slice(0, 4);
  return period.end.slice(0, 4) === year ? year : undefined;
}

/**
 * Whether the provision has a word the question asks only with a negating prefix: "non-lethal" (or «нелетальна»)
 * for "does it commit Ireland to lethal aid?". A word the question itself negates ("non-lethal aid") is not one.
 */
function deniesWordAsked(asked: Asked, reading: Reading, provision: Provision): boolean {
  const { analyser, pack } = asked.context.language;
  const prefixes = pack.negatingPrefixes.map((prefix) => prefix.toLowerCase());
  if (prefixes.length === 0) return false;
  const bare = (prefix: string) => prefix.replace(/-$/, "");
  const asks = reading.words.filter((word, index) => {
    const before = reading.words[index - 1]?.norm;
    return !word.stopword && !prefixes.some((prefix) => word.norm.startsWith(bare(prefix)) || before === bare(prefix));
  });
  if (asks.length === 0) return false;
  // (The statement only: a quote is in the text's own language, with that language's prefixes.)
  const tokens = statement(asked, provision).toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const negated = new Set<string>();
  const plain = new Set<string>();
  for (const token of tokens) {
    const prefix = prefixes.find((candidate) => token.startsWith(candidate) && token.length > candidate.length + 2);
    for (const term of analyser.terms(prefix === undefined ? token : token.slice(prefix.length))) (prefix === undefined ? plain : negated).add(term);
  }
  return asks.some((word) => negated.has(word.stem) && !plain.has(word.stem));
}

function termsOf(asked: Asked, provision: Provision): ReadonlySet<string> {
  const { language } = asked.context;
  return provisionTerms.get(language, provision, () => new Set(language.analyser.terms([statement(asked, provision), provision.heading ?? "", provision.quote ?? ""].join(" "))));
}

/**
 * "Which region is Denmark partnered with under its agreement?": a question
 * about one partner that no topic, fact or registry field answered may still
 * be answered by its text, when it speaks of the agreement or the text. The
 * provisions sharing the most of the question's
 * words (rarer words in that text counting more) are given, when at least two
 * of its words are found together in one provision, or its only word is rare
 * in that text.
 */
export function answerFromTextWords(asked: Asked, reading: Reading): Answer | undefined {
  const partners = partnersOf(reading);
  const [only] = partners;
  // "What time is it in Tokyo?" names Japan but not its agreement; "when …" asks a date, which provisions do not give.
  if (only === undefined || partners.length > 1 || reading.gaps.length > 0 || topCue(reading) === "when") return undefined;
  // ("which coalition does latvia lead" names no agreement word: the text answers it only where it holds every word
  // asked, or all but one of four or more: "at what level do the us and ukraine meet after a new attack".)
  const onlyWhole = !(reading.onTopic || reading.textCue);
  const file = asked.context.registry.texts.get(only.agreement.id);
  // "mention" in "does it mention Mykolaiv?" points at the text; it is not a word to find in it.
  const words = [...new Set(reading.content.filter((stem) => !asked.context.language.textStems.has(stem)))];
  if (file === undefined || words.length === 0) return undefined;
  const sets = file.provisions.map((provision) => termsOf(asked, provision));
  const weight = new Map(words.map((word) => [word, Math.log(1 + file.provisions.length / Math.max(1, sets.filter((terms) => terms.has(word)).length))]));
  const rare = Math.log(1 + file.provisions.length / RARE);
  const scored = file.provisions
    .map((provision, index) => {
      const found = words.filter((word) => sets[index]?.has(word) === true);
      return { provision, found: found.length, score: found.reduce((sum, word) => sum + (weight.get(word) ?? 0), 0) };
    })
    // One word alone must be rare in the text (in at most RARE provisions): "support" is in most of them.
    .filter((entry) => (onlyWhole ? words.length >= 2 && entry.found >= Math.max(2, words.length - (words.length >= 4 ? 1 : 0)) : entry.found >= 2 || (words.length === 1 && entry.found === 1 && (weight.get(words[0] ?? "") ?? 0) >= rare)))
    .sort((a, b) => b.score - a.score || b.found - a.found);
  if (scored.length === 0) return undefined;
  const { context } = asked;
  const draft = newDraft(context);
  const partner = context.language.partnerInSentence(only.agreement);
  const lead = fill(context.language.pack.answers.provisions.matching, { partner, cite: draft.cite([file.text.id]) });
  // "Does the Danish agreement mention Mykolaiv?": the words were found together, so the answer to the question is yes.
  // (Not for words found without a word that points at the text: "did Poland hand over the MiG-29 squadron yet?" asks a delivery.)
  // (Nor for a provision that lacks one of them: "the belgian text says the 977 million is for reconstruction, right?")
  const [best] = scored;
  const holdsEvery = best !== undefined && best.found === words.length && !deniesWordAsked(asked, reading, best.provision);
  draft.line(reading.yesNo && !onlyWhole && holdsEvery ? `${context.language.pack.texts.yes} ${lead}` : lead);
  writeProvisions(draft, asked, file, scored.slice(0, SHOWN_BY_WORDS).map((entry) => entry.provision), partner);
  return finish(asked, draft, { intent: "commitments", confidence: WORDS_CONFIDENCE });
}
