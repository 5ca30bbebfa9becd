/**
 * The reading of a question on the small fixture corpus (test/fixtures/mini:
 * the UK, Japan, the US and Croatia, one G7 summit, two groups), so each
 * expectation follows from a handful of records, not from the live corpus:
 * dates in many written forms, groups (and a group that shares its name with
 * an event), people, places, premises, gaps, order and terms.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, loadDataset, loadLanguagePacks, type Engine } from "../../src/index.ts";
import { buildLanguageContext, type LanguageContext } from "../../src/lang/context.ts";
import { understand } from "../../src/reading/read.ts";

const contexts = new Map<string, LanguageContext>();
let engine: Engine;

beforeAll(() => {
  const loaded = loadDataset(join(import.meta.dirname, "../fixtures/mini"));
  const packs = loadLanguagePacks(join(import.meta.dirname, "../../data/lang"), "data/lang");
  if (!loaded.ok || !packs.ok) throw new Error("fixtures must load");
  for (const pack of packs.packs) contexts.set(pack.lang, buildLanguageContext(pack, loaded.dataset, packs.packs));
  engine = createEngine(loaded.dataset, { languagePacks: packs.packs });
});

function read(question: string, lang: "en" | "uk" = "en") {
  const context = contexts.get(lang);
  if (context === undefined) throw new Error(`no ${lang} pack`);
  return understand(context, question);
}
const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
const firstLine = (question: string) => engine.answer(question).text.split("\n")[0] ?? "";

describe("dates and periods", () => {
  it("reads Easter as the day the year gives it, western or orthodox, in either language", () => {
    expect(read("signed after easter 2024").period).toMatchObject({ start: "2024-03-31", mode: "after" });
    expect(read("signed after orthodox easter 2024").period).toMatchObject({ start: "2024-05-05", mode: "after" });
    expect(read("що підписали після великодня 2024", "uk").period).toMatchObject({ start: "2024-05-05", mode: "after" });
    expect(read("what was signed on easter 2026").period).toMatchObject({ start: "2026-04-05", end: "2026-04-05" });
  });

  it.each([
    ["what was signed on 13.06.2024", "en"],
    ["signed 13/06/2024?", "en"],
    ["anything signed on June 13th, 2024", "en"],
    ["Що підписали 13 червня 2024 року?", "uk"],
  ] as const)("reads the day in %j, day before month", (question, lang) => {
    expect(read(question, lang).period).toMatchObject({ start: "2024-06-13", end: "2024-06-13", mode: "within" });
  });

  it("reads 'the week of' a day as its Monday-to-Sunday week", () => {
    expect(read("what was signed the week of 13 june 2024").period).toMatchObject({ start: "2024-06-10", end: "2024-06-16", mode: "within" });
    expect(read("що підписали на тижні 13 червня 2024", "uk").period).toMatchObject({ start: "2024-06-10", end: "2024-06-16" });
    expect(read("what was signed on 13 june 2024").period).toMatchObject({ start: "2024-06-13", end: "2024-06-13" });
  });

  it("reads two months offered as alternatives as the period both span, and the question as a choice", () => {
    const reading = read("was the japan deal signed in june or july 2024?");
    expect(reading.period).toMatchObject({ start: "2024-06-01", end: "2024-07-31", either: true });
    expect(reading.choice).toBe(true);
    expect(read("угоду з японією підписали в червні чи в липні 2024?", "uk").period).toMatchObject({ start: "2024-06-01", end: "2024-07-31" });
    expect(read("did japan sign or not?").choice).toBe(false);
    expect(read("did japan sign in june 2024?").choice).toBe(false);
  });

  it("reads a count on either side of a partner's signing as a period bounded by its day", () => {
    expect(read("how many had signed before japan").period).toMatchObject({ start: "2024-06-13", mode: "before" });
    expect(read("how many were signed after japan").period).toMatchObject({ start: "2024-06-13", mode: "after" });
    // A total by then includes that day's signing.
    expect(read("total number by the time japan signed").period).toMatchObject({ start: "2024-06-13", mode: "until" });
    expect(read("скільки угод було на момент підписання з японією", "uk").period).toMatchObject({ start: "2024-06-13", mode: "until" });
    expect(read("which agreement came after japan").period).toBeUndefined();
  });

  it("reads a part of a year, a bound, and a period bounded by an event", () => {
    expect(read("signed in early 2024").period).toMatchObject({ start: "2024-01-01", end: "2024-04-30" });
    // A part of the year before a season takes that share of the season: early summer is June, late spring May.
    expect(read("signed in early summer 2024").period).toMatchObject({ start: "2024-06-01", end: "2024-06-30" });
    expect(read("signed in late spring 2024").period).toMatchObject({ start: "2024-05-01", end: "2024-05-31" });
    expect(read("які угоди підписали на початку літа 2024", "uk").period).toMatchObject({ start: "2024-06-01", end: "2024-06-30" });
    expect(read("signed in the summer of 2024").period).toMatchObject({ start: "2024-06-01", end: "2024-08-31" });
    // Halves of a month, not the first agreement of it.
    expect(read("what was signed in the first half of june 2024").period).toMatchObject({ start: "2024-06-01", end: "2024-06-15" });
    expect(read("які угоди підписали в другій половині липня 2024", "uk").period).toMatchObject({ start: "2024-07-16", end: "2024-07-31" });
    expect(read("what was signed in the first half of june 2024").superlative).toBeUndefined();
    expect(read("how many by the end of March 2024").period).toMatchObject({ end: "2024-03-31", mode: "until" });
    const beforeSummit = read("what was signed before the G7 summit");
    expect(beforeSummit.period).toMatchObject({ start: "2024-06-13", mode: "before" });
    expect(ids(beforeSummit.events)).toEqual(["g7-apulia-2024"]);
  });

  it("reads a day inside an event's days as restating it: 'by the end of the G7 summit (14 June 2024)' ends with the summit", () => {
    expect(read("by the end of the g7 summit (14 june 2024) how many agreements were there").period).toMatchObject({ start: "2024-06-15", end: "2024-06-15", mode: "until" });
  });

  it("reads a count after an event or a signing as the running total then, and 'signed after' as the signings after it", () => {
    expect(read("how many agreements did Ukraine have after the G7 summit in June 2024").period).toMatchObject({ end: "2024-06-15", mode: "until" });
    expect(read("how many agreements did Ukraine have after the G7 summit in June 2024").content).toEqual([]);
    expect(read("how many were signed after the G7 summit").period).toMatchObject({ end: "2024-06-15", mode: "after" });
    const afterSigning = read("how many agreements did Ukraine have after the UK signed?");
    expect(afterSigning.period).toMatchObject({ end: "2024-01-12", mode: "until" });
    expect(afterSigning.partners).toEqual([]);
    expect(read("скільки угод було після Японії", "uk").period).toMatchObject({ end: "2024-06-13", mode: "until" });
  });

  it("reads two days of one month with the month after the first (\"the 3rd of June or the 4th\")", () => {
    expect(read("did japan sign on the 13th of june or the 14th").period).toMatchObject({ label: "--06", start: "06-13", end: "06-14", either: true });
    expect(read("did japan sign on 13 june 2024 or the 14th").period).toMatchObject({ start: "2024-06-13", end: "2024-06-14", either: true });
    expect(read("Японія підписала 13 червня чи 14-го?", "uk").period).toMatchObject({ start: "06-13", end: "06-14", either: true });
  });

  it("reads a date counted from a written date, but none counted from today", () => {
    expect(read("what is this 24 hour thing in the agreements").period).toBeUndefined();
    expect(read("what was signed within 24 hours").period).toBeUndefined();
    expect(read("how many did Ukraine have 2 weeks after 13 June 2024").period).toMatchObject({ end: "2024-06-27", mode: "until" });
    // "give or take two days", «плюс-мінус 3 дні»: one day widened either side; its words are not searched for.
    const widened = read("what was signed within two days of 13 june 2024");
    expect(widened.period).toMatchObject({ start: "2024-06-11", end: "2024-06-15", mode: "within" });
    expect(widened.content).toEqual([]);
    expect(read("що підписали плюс-мінус 3 дні від 13 червня 2024", "uk").period).toMatchObject({ start: "2024-06-10", end: "2024-06-16" });
    expect(read("what was signed two days after 13 june 2024").period).toMatchObject({ start: "2024-06-15", end: "2024-06-15" });
    // A summit's days moved by a month are a moment in a count, and "had been signed" asks the total by then.
    expect(read("how many agreements were there a month after the g7 summit").period).toMatchObject({ end: "2024-07-15", mode: "until" });
    expect(read("how many had been signed two weeks after the g7 summit").period).toMatchObject({ end: "2024-06-29", mode: "until" });
    expect(read("what was signed two weeks after the g7 summit").period).toMatchObject({ start: "2024-06-27", end: "2024-06-29", mode: "within" });
  });

  it("reads a length before an event as the day that long before it opened, 'in the month after' as the stretch between, and 'about' as a few days either side", () => {
    // Not 11–13 June, which would take in the summit's own first day.
    expect(read("what was signed two days before the g7 summit").period).toMatchObject({ start: "2024-06-11", end: "2024-06-11" });
    expect(read("how many were signed in the month after the g7 summit").period).toMatchObject({ start: "2024-06-16", end: "2024-07-15" });
    expect(read("what was signed in the week before the g7 summit").period).toMatchObject({ start: "2024-06-06", end: "2024-06-12" });
    expect(read("what was signed about two weeks before the g7 summit").period).toMatchObject({ start: "2024-05-27", end: "2024-06-02" });
    // "… opened" says when in the event; it is nothing else asked.
    const opened = read("was anything signed the day before the g7 summit opened?");
    expect(opened.period).toMatchObject({ start: "2024-06-12", end: "2024-06-12" });
    expect(opened.content).toEqual([]);
  });

  it("reads \"at the end of\" a period as a bound, and a bare count in a period as a count of the agreements", () => {
    expect(read("how many did Ukraine have at the end of Q3 2024").period).toMatchObject({ end: "2024-09-30", mode: "until" });
    expect(read("how many at the end of 2024").onTopic).toBe(true);
    expect(read("how many soldiers in June 2024").onTopic).toBe(false);
  });

  it("reads a holiday on a fixed day with its year as that day", () => {
    expect(read("how many did Ukraine have by Christmas 2024").period).toMatchObject({ start: "2024-12-25", end: "2024-12-25", mode: "until" });
    expect(read("скільки угод було до Дня Незалежності 2024", "uk").period).toMatchObject({ start: "2024-08-24", end: "2024-08-24" });
    expect(read("signed at christmas").period).toBeUndefined();
  });

  it("gives the nearest signings on either side when none was signed in the period asked", () => {
    expect(firstLine("anything signed in August 2024?")).toBe(
      "No agreement on record was signed in August 2024. The nearest signings were Japan and United States (13 June 2024) [1][2] before it and Croatia (9 October 2024) [3] after it.",
    );
    expect(firstLine("what was signed after 2024")).toBe("No agreement on record was signed after 2024. The nearest signing before it was Croatia (9 October 2024) [1].");
  });

  it("reads the day before or after an event or a date as that one day", () => {
    expect(read("what was signed the day before the G7 summit").period).toMatchObject({ start: "2024-06-12", end: "2024-06-12" });
    expect(read("anything signed the day after 12 January 2024?").period).toMatchObject({ start: "2024-01-13", end: "2024-01-13" });
  });

  it("answers a date or period with the agreements in it, and nothing outside it", () => {
    expect(firstLine("what was signed on 13.06.2024")).toBe("Agreements signed on 13 June 2024: Japan (signed by Fumio Kishida) [1] and United States (signed by Joseph R. Biden) [2]. All were signed at the G7 summit in Apulia [1].");
    expect(firstLine("what was signed before the G7 summit")).toBe("Agreements signed before 13 June 2024: United Kingdom (12 January 2024) [1].");
  });
});

describe("groups", () => {
  it("reads a member set aside ('besides Japan', «крім Японії») as leaving the group the subject", () => {
    for (const [question, lang] of [["which G7 countries besides japan signed", "en"], ["хто з G7 крім Японії підписав", "uk"]] as const) {
      const reading = read(question, lang);
      expect(ids(reading.groups)).toEqual(["g7"]);
      expect(reading.partners).toEqual([]);
    }
    expect(read("which G7 countries and japan signed").partners.map((mention) => mention.agreement.id)).toEqual(["japan"]);
    // The one set aside is left out of the answer too, and a group's others are not said to be its share.
    expect(firstLine("which country signed on 2024-06-13 besides the usa")).toBe("Agreements signed on 13 June 2024: Japan (signed by Fumio Kishida) [1]. It was signed at the G7 summit in Apulia [1].");
    expect(firstLine("who signed at the g7 summit apart from the us")).not.toMatch(/United States/);
    expect(firstLine("which g7 countries signed besides japan")).toMatch(/^Besides Japan, these of the G7 countries have security agreements with Ukraine on record: /);
    expect(firstLine("which g7 countries signed besides japan")).not.toMatch(/Japan \(/);
  });

  it("reads 'G7 countries' as the group, and 'the G7 summit' as the event", () => {
    const group = read("Which G7 countries signed?");
    expect(ids(group.groups)).toEqual(["g7"]);
    expect(group.events).toEqual([]);
    const summit = read("what was signed at the G7 summit");
    expect(ids(summit.events)).toEqual(["g7-apulia-2024"]);
    expect(summit.groups).toEqual([]);
    expect(ids(read("Які країни G7 підписали?", "uk").groups)).toEqual(["g7"]);
    // "members" is a word for the group's countries, not something else asked.
    for (const [question, lang] of [["g7 members with a security agreement?", "en"], ["які члени G7 підписали угоди?", "uk"]] as const) expect(read(question, lang).content).toEqual([]);
    expect(firstLine("g7 members with a security agreement?")).toMatch(/of the G7 countries have security agreements with Ukraine on record/);
  });

  it("answers for the group's members and names its members with no agreement", () => {
    const line = firstLine("Which G7 countries signed?");
    for (const partner of ["United Kingdom", "Japan", "United States"]) expect(line).toContain(partner);
    expect(line).toContain("Germany, France, Italy and Canada: no agreement on record");
    expect(line).not.toContain("Croatia");
    expect(firstLine("did all the G7 countries sign")).toMatch(/^No\. 3 of the G7 countries have/);
    expect(firstLine("did the Adriatic states sign")).toBe("Yes. One of the Adriatic states has a security agreement with Ukraine on record: Croatia (9 October 2024) [1]. Slovenia and Montenegro: no agreement on record.");
  });

  it("reads the partners outside a group, in both languages, and never calls them 'all of' it", () => {
    for (const question of ["which countries outside the G7 signed", "any non-G7 countries?", "not in the G7"]) expect(ids(read(question).groups)).toEqual(["outside-g7"]);
    expect(ids(read("хто з країн не з G7 підписав першим", "uk").groups)).toEqual(["outside-g7"]);
    expect(firstLine("which countries outside the G7 signed")).toBe("One of the partners outside the G7 countries has a security agreement with Ukraine on record: Croatia (9 October 2024) [1].");
    expect(firstLine("first country outside the G7 to sign")).toBe("Of the partners outside the G7 countries, Croatia signed first.");
    expect(engine.answer("хто з країн не з G7 підписав першим", { lang: "uk" }).text).toMatch(/^Серед партнерів не з країн G7 першу угоду підписано з Хорватією\./);
  });

  it("answers a group in a period with the members signed then and when the others signed", () => {
    expect(engine.answer("Which G7 countries signed in June 2024?").text).toBe(
      "2 of the G7 countries signed in June 2024: Japan and United States (13 June 2024) [1][2]. Signed at other times: United Kingdom (12 January 2024) [3]. Germany, France, Italy and Canada: no agreement on record.",
    );
    expect(firstLine("did the Adriatic states sign in June 2024")).toMatch(/^No\. None of the Adriatic states signed in June 2024\. Signed at other times: Croatia \(9 October 2024\)/);
  });
});

describe("letters of another keyboard layout", () => {
  it("reads the Russian layout's ы, э, ъ in a Ukrainian question as і, є, ї", () => {
    const slipped = read("коли пыдписали з японыэю", "uk");
    expect(slipped.partners.map((mention) => mention.agreement.id)).toEqual(["japan"]);
    expect(slipped.words.map((word) => word.norm)).toEqual(["коли", "підписали", "з", "японією"]);
    expect(engine.answer("коли пыдписали з японыэю", { lang: "uk" }).text).toMatch(/13 червня 2024/);
  });
});

describe("people and places", () => {
  it("reads a signatory by surname, in either language, as the agreement they signed", () => {
    expect(read("When did Kishida sign?").people.map((person) => [person.name, ids(person.agreements)])).toEqual([["Fumio Kishida", ["japan"]]]);
    expect(read("the agreement Sunak signed").people.map((person) => ids(person.agreements))).toEqual([["united-kingdom"]]);
    expect(read("Коли підписав Кісіда?", "uk").people.map((person) => person.name)).toEqual(["Fumio Kishida"]);
  });

  it("reads a title with a demonym as the partner and the office", () => {
    const reading = read("which british prime minister signed");
    expect(reading.partners.map((mention) => mention.agreement.id)).toEqual(["united-kingdom"]);
    expect(reading.role).toBe(true);
  });

  it("reads a signing place, inflected in Ukrainian, as the agreements signed there", () => {
    expect(read("what was signed in Dubrovnik").places.map((place) => ids(place.agreements))).toEqual([["croatia"]]);
    expect(read("Що підписали в Дубровнику?", "uk").places.map((place) => ids(place.agreements))).toEqual([["croatia"]]);
    expect(read("what was signed in Apulia").places.map((place) => ids(place.agreements))).toEqual([["japan", "united-states"]]);
  });

  it("reads a possessive after 'in' as whose, not where: 'in Ukraine's official sequence' is the count, not a place claimed", () => {
    expect(read("what number was japan in ukraine's official sequence").places).toEqual([]);
    expect(firstLine("what number was japan in ukraine's official sequence")).toMatch(/^The agreement with Japan is the \d+(st|nd|rd|th) in Ukraine's official count/);
    expect(read("which agreements were signed in ukraine").places).not.toEqual([]);
  });
});

describe("premises and gaps", () => {
  it("reads a person and a place that contradict each other, and the answer corrects the place first", () => {
    const reading = read("When did Sunak sign the agreement in Apulia?");
    expect(reading.people.map((person) => ids(person.agreements))).toEqual([["united-kingdom"]]);
    expect(reading.places.map((place) => ids(place.agreements))).toEqual([["japan", "united-states"]]);
    expect(firstLine("When did Sunak sign the agreement in Apulia?")).toBe("It was signed in Kyiv, Ukraine, not Apulia.");
  });

  it("reads a wrong term and corrects it", () => {
    expect(read("When did Japan sign its 20-year pact?").years).toBe(20);
    expect(firstLine("When did Japan sign its 20-year pact?")).toBe("It was concluded for 10 years, not 20 years.");
  });

  it("reads an invented withdrawal as a premise, and the answer says none is recorded", () => {
    expect(read("Why did Japan withdraw from its agreement?").premises).toEqual(["withdrawal"]);
    expect(firstLine("Why did Japan withdraw from its agreement?")).toMatch(/^My sources record no withdrawal by Japan/);
  });

  it("reads deliveries as a gap, and the answer says which part it does not know instead of giving the pledge", () => {
    expect(read("How many jets has Japan delivered?").gaps).toEqual(["deliveries"]);
    const answer = engine.answer("How many jets has Japan delivered?");
    expect(answer.unanswered).toEqual(["deliveries"]);
    expect(answer.text).toMatch(/^My sources record what the agreements pledge, not what has actually been delivered/);
    expect(answer.text).not.toContain("USD 4.5 billion");
  });

  it("counts the words it could not place", () => {
    expect(read("When did Japan sign?").unknown).toBe(0);
    expect(read("When did Japan sign the flibbertigibbet?").unknown).toBe(1);
  });
});

describe("order", () => {
  it("reads a position and a neighbour in signing order", () => {
    expect(read("which was the 2nd agreement").position).toBe(2);
    // A number sign is no word: "#2" and «№2» are read from the question as typed.
    expect(read("which one was #2").position).toBe(2);
    expect(read("угода №2 це яка", "uk").position).toBe(2);
    // Tens before an ordinal word add to it.
    expect(read("which was the twenty-eighth agreement").position).toBe(28);
    expect(read("яка угода була останньою, двадцять восьмою", "uk").position).toBe(28);
    expect(read("which was the eighth agreement").position).toBe(8);
    expect(read("which one was 2").position).toBeUndefined();
    expect(read("which one came right after the UK's").relation).toMatchObject({ kind: "after", agreement: { id: "united-kingdom" } });
    expect(firstLine("which was the 2nd agreement")).toBe("The 2nd agreement in Ukraine's official count is the one with Japan, signed on 13 June 2024 [1].");
    expect(firstLine("which one came right after the UK's")).toContain("Japan and the United States (13 June 2024) [1][2]");
  });
});

describe("the days between two signings", () => {
  it("counts the days between the very first agreement and the most recent one", () => {
    expect(firstLine("how many days passed between the very first agreement and the most recent one")).toMatch(/^\d+ days passed between the agreement with the United Kingdom \(12 January 2024\) \[1\] and the one with /);
  });

  it("counts the days between two partners' signing dates in either order, citing both", () => {
    const expected = "153 days passed between the agreement with the United Kingdom (12 January 2024) [1] and the one with Japan (13 June 2024) [2].";
    expect(firstLine("how many days between the UK deal and the Japanese one")).toBe(expected);
    expect(firstLine("days between japan and the uk signing")).toBe(expected);
    expect(engine.answer("скільки днів пройшло між угодами з Японією та Хорватією", { lang: "uk" }).text).toBe(
      "Між угодою з Японією (13 червня 2024 року) [1] та угодою з Хорватією (9 жовтня 2024 року) [2] минуло 118 днів.",
    );
  });

  it("says when both were signed the same day", () => {
    expect(firstLine("how many days apart were japan and the us")).toBe("Japan and the United States signed on the same day, 13 June 2024 [1][2].");
  });
});

describe("yes or no", () => {
  it("reads a yes/no question after a subject set before a colon or a dash", () => {
    expect(read("Japan text: is there a consultation clause?").yesNo).toBe(true);
    expect(read("Japan – does it mention NATO").yesNo).toBe(true);
    expect(read("Japan - how long is it valid").yesNo).toBe(false);
    expect(read("when did Japan sign").yesNo).toBe(false);
  });
});

describe("a short name that is also a word", () => {
  it("reads \"us\" as the United States before a word for the agreement, not as a pronoun", () => {
    expect(ids(read("has trump cancelled the 2024 us agreement").partners.map((mention) => mention.agreement))).toEqual(["united-states"]);
    expect(ids(read("when was the us-ukraine deal signed").partners.map((mention) => mention.agreement))).toEqual(["united-states"]);
    expect(read("did they give us security guarantees").partners).toEqual([]);
  });
});

describe("a place in the count", () => {
  it("reads \"number 27\" and «під номером 27» as a place in the count", () => {
    expect(read("is japan number 2").position).toBe(2);
    expect(read("Японія під номером 2?", "uk").position).toBe(2);
    expect(read("the number of agreements").position).toBeUndefined();
  });
});

describe("measures in a text", () => {
  it("reads a count of a unit of time as a measure, not a count of agreements", () => {
    expect(read("how many months notice to leave the Japanese accord").measure).toBe(true);
    expect(read("консультації протягом скількох годин в угоді з Японією", "uk").measure).toBe(true);
    expect(read("how many agreements did Japan sign").measure).toBe(false);
  });
});

describe("the month or day with the most signings", () => {
  it("names the month with the most signings, or the months tied for it, with their agreements", () => {
    expect(firstLine("which month had the most signings")).toBe("The most agreements, 2, were signed in June 2024: Japan and United States (13 June 2024) [1][2].");
    expect(firstLine("in which month of 2024 were the most agreements signed")).toMatch(/^The most agreements, 2, were signed in June 2024/);
    expect(engine.answer("в якому місяці їх було найбільше", { lang: "uk" }).text).toMatch(/^Найбільше угод \(2\) підписано у червні 2024 року/);
  });

  it("names the day with the most signings, and reads 'most recent' as the latest, not the most", () => {
    expect(firstLine("which day had the most signings")).toBe("The most agreements signed on one day, 2, were signed on 13 June 2024: Japan and United States (13 June 2024) [1][2].");
    expect(engine.answer("в який день підписали найбільше угод", { lang: "uk" }).text).toMatch(/^Найбільше угод за один день \(2\) підписано 13 червня 2024 року/);
    expect(firstLine("when was the most recent agreement signed")).not.toMatch(/^The most agreements/);
  });
});

describe("a time later than the one asked before", () => {
  it("reads an amount of a unit with a word for later", () => {
    expect(read("and a week later?").later).toEqual({ amount: 1, unit: "week" });
    expect(read("two months later").later).toEqual({ amount: 2, unit: "month" });
    expect(read("а через тиждень", "uk").later).toEqual({ amount: 1, unit: "week" });
    expect(read("how many weeks").later).toBeUndefined();
  });
});
