/**
 * Conversations of a few turns: the subject carries over to a question that
 * names none, the aspect to one that names only a new subject, a question
 * that stands on its own starts afresh, and a pronoun with nothing before it
 * is asked about.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Answer, Engine } from "../../src/index.ts";
import { sharedEngine } from "../shared-engine.ts";

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

/** Asks the turns in order, each with the previous answer's state; returns every answer. */
function talk(...turns: string[]): Answer[] {
  const answers: Answer[] = [];
  for (const turn of turns) answers.push(engine.answer(turn, { conversation: answers.at(-1)?.conversation }));
  return answers;
}

describe("follow-up questions", () => {
  it("carries the aspect to a new subject, and the subject to a new aspect", () => {
    const [, france, who, long] = talk("When did Japan sign?", "and France?", "who signed it?", "how long does it last?");
    expect(france?.text).toMatch(/^France signed its security agreement with Ukraine on 16 February 2024/);
    expect(who?.text).toContain("Emmanuel Macron");
    expect(long?.text).toMatch(/agreement with France was concluded for 10 years/);
  });

  it("moves the last period asked by the time a follow-up gives (\"and a month later?\", «а через тиждень»)", () => {
    const [, monthLater, yearLater] = talk("how many agreements by the end of may 2024", "and a month later?", "and a year later");
    expect(monthLater?.text).toMatch(/^By the end of June 2024, Ukraine had signed 20 agreements/);
    expect(yearLater?.text).toMatch(/^By the end of June 2025, Ukraine had signed 28 agreements/);
    const answers: Answer[] = [];
    for (const turn of ["скільки угод підписала україна станом на 1 липня 2024", "а через тиждень"]) answers.push(engine.answer(turn, { lang: "uk", conversation: answers.at(-1)?.conversation }));
    expect(answers[1]?.text).toMatch(/^До 8 липня 2024 року включно Україна підписала 21 угоду/);
  });

  it("counts to the end of the event or period asked before ('and by the end of it?'), and picks the last one signed 'there'", () => {
    const [before, end, last] = talk("how many agreements did ukraine have just before the nato summit in washington", "and by the end of it", "who signed the last one there");
    expect(before?.text).toMatch(/^Before 9 July 2024, Ukraine had signed 21 agreements/);
    expect(end?.text).toMatch(/^By 11 July 2024, Ukraine had signed 23 agreements/);
    expect(last?.text).toMatch(/^Of the agreements signed at the NATO summit in Washington.*the last was signed by Romania\.\nThe agreement with Romania was signed on 11 July 2024 by .*Klaus Iohannis/s);
    const [, monthEnd] = talk("how many were signed in june 2024", "and by the end of the month");
    expect(monthEnd?.text).toMatch(/^By 30 June 2024, Ukraine had signed 20 agreements/);
    const answers: Answer[] = [];
    for (const turn of ["скільки угод було перед самітом НАТО у Вашингтоні", "а на кінець саміту?", "а хто там підписав першим"]) answers.push(engine.answer(turn, { lang: "uk", conversation: answers.at(-1)?.conversation }));
    expect(answers[1]?.text).toMatch(/^До 11 липня 2024 року включно Україна підписала 23 угоди/);
    expect(answers[2]?.text).toMatch(/^Першу з угод, підписаних під час події «Саміт НАТО у Вашингтоні.*», підписано з Люксембургом/);
  });

  it("moves back by the time a follow-up gives ('and a week before that', 'a month earlier', «а тижнем раніше»)", () => {
    const [, weekBefore, where] = talk("which agreements were signed at blenheim palace", "and a week before that", "where was that one signed");
    expect(weekBefore?.text).toMatch(/^Agreements signed on 11 July 2024: Romania/);
    expect(where?.text).toMatch(/^The agreement with Romania was signed in Washington/);
    const [, monthEarlier] = talk("how many agreements by the end of may 2024", "and a month earlier");
    expect(monthEarlier?.text).toMatch(/^By the end of April 2024, Ukraine had signed 9 agreements/);
    const answers: Answer[] = [];
    for (const turn of ["скільки угод підписала україна станом на 1 липня 2024", "а тижнем раніше"]) answers.push(engine.answer(turn, { lang: "uk", conversation: answers.at(-1)?.conversation }));
    expect(answers[1]?.text).toMatch(/^До 24 червня 2024 року включно Україна підписала 17 угод/);
  });

  it("answers of the other of two agreements discussed ('and what number was the other one?', «а яка по рахунку інша?»)", () => {
    const [, first, other, back] = talk("which agreements were signed at the g7 in italy", "which of them was first", "and what number was the other one", "and the other one?");
    expect(first?.text).toMatch(/^Of Japan and the United States, Japan signed first/);
    expect(other?.text).toMatch(/^The agreement with the United States is the 17th in Ukraine's official count/);
    expect(back?.text).toMatch(/^The agreement with Japan is the 16th in Ukraine's official count/);
    const answers: Answer[] = [];
    for (const turn of ["коли підписали угоди з японією та сша", "хто з них був першим", "а яка по рахунку інша?"]) answers.push(engine.answer(turn, { lang: "uk", conversation: answers.at(-1)?.conversation }));
    expect(answers[2]?.text).toMatch(/^Угода з США стоїть на 17-му місці в офіційному підрахунку України/);
  });

  it("answers 'the other two' with the rest of the group whose first was asked, and 'what about a month later' as the count moved; 'and does it…?' is still a yes/no", () => {
    const [, rest] = talk("which baltic state went first", "and the other two, when?");
    expect(rest?.text).toMatch(/^Estonia signed its security agreement with Ukraine on 27 June 2024/);
    expect(rest?.text).toContain("Lithuania signed its security agreement with Ukraine on 27 June 2024");
    const [, mentions] = talk("what does norway's agreement say about fighter jets", "and does it mention f-16s");
    expect(mentions?.text).toMatch(/^Yes\. The agreement with Norway covers fighter jets/);
    const [, , later] = talk("how many agreements were there as of 15 june 2024", "and by the end of july?", "what about a month later");
    expect(later?.text).toMatch(/^By the end of August 2024, Ukraine had signed/);
  });

  it("reads «а скільки вони дали на 2024» after a question about Luxembourg as its pledge for 2024, not whether it signed", () => {
    const answers: Answer[] = [];
    for (const turn of ["коли підписали угоду з люксембургом", "а хто підписав", "а скільки вони дали на 2024"]) answers.push(engine.answer(turn, { lang: "uk", conversation: answers.at(-1)?.conversation }));
    expect(answers[2]?.text).toContain("80 млн євро");
  });

  it("reads a follow-up of money words alone as that agreement's money, and one with words of its own as its own question", () => {
    const [, amount, lethal] = talk("who signed for japan", "whats the amount for 2024", "do they send lethal weapons");
    expect(amount?.text).toMatch(/^The money in the agreement with Japan .*US\$4\.5 billion of support for Ukraine in 2024/s);
    expect(lethal?.text).toContain("non-lethal");
    expect(lethal?.text).not.toMatch(/^The money in/);
  });

  it("says that a first or last several share was one day's signing, with the official count's order where it gives one", () => {
    const [, last] = talk("which agreements were signed at the nordic summit", "which was the last one there");
    expect(last?.text).toMatch(/^Of the agreements signed at the Nordic–Ukrainian summit in Stockholm, the last was signed by Sweden, Iceland and Norway\. They signed on the same day, 31 May 2024; in Ukraine's official count Sweden is 13th, Iceland is 14th and Norway is 15th\./);
    // Not where the sources dispute a place (the United States' 17th).
    expect(engine.answer("which g7 member signed last").text).toMatch(/They signed on the same day, 13 June 2024\.\n/);
  });

  it("moves a span of days as a whole: 'mid-June 2024' a week later is 18–27 June, with the signings of 27 June in it", () => {
    const [, signedLater] = talk("how many were signed in mid june 2024", "and a week later?");
    expect(signedLater?.text).toMatch(/^3 agreements were signed between 18 June 2024 and 27 June 2024: European Union, Estonia and Lithuania/);
    const [, heldLater] = talk("how many agreements did ukraine have in mid june 2024", "and two weeks later");
    expect(heldLater?.text).toMatch(/^By 4 July 2024, Ukraine had signed 20 agreements/);
  });

  it("answers what is asked of the one a follow-up picks (\"who signed the earlier one?\"), and \"how long does it run?\" as the term", () => {
    const [, earlier] = talk("compare UK and France", "who signed the earlier one?");
    expect(earlier?.text).toMatch(/^Of the United Kingdom and France, the United Kingdom signed first\.\nThe agreement with the United Kingdom was signed on 12 January 2024 by .*Rishi Sunak/);
    const [, term] = talk("When did the EU sign?", "how long does it run?");
    expect(term?.text).toMatch(/^The sources give no fixed term for the agreement with the European Union/);
  });

  it("answers \"and now?\" after a count with the latest count, in either language", () => {
    const [, , now] = talk("How many agreements did Ukraine have by 13 June 2024?", "and by the end of June?", "and now?");
    expect(now?.text).toMatch(/^Ukraine's official count stood at 28 agreements/);
    const first = engine.answer("скільки угод було до червня 2024", { lang: "uk" });
    expect(engine.answer("а зараз?", { lang: "uk", conversation: first.conversation }).text).toMatch(/офіційний підрахунок України охоплював 28 угод/);
  });

  it("answers a bare \"why?\" from what the last searched answer was about", () => {
    const [, why] = talk("is croatia in the official count", "why");
    expect(why?.status).toBe("answered");
    expect(why?.text).toContain("Vilnius declaration");
  });

  it("asks a topic of the last question of a partner's text when \"it\" names the partner", () => {
    const [, canada] = talk("whats this 24 hour thing in the agreements", "does the canadian one have it");
    expect(canada?.text).toMatch(/^Yes\. The agreement with Canada covers consultations/);
  });

  it("points \"it\" at what a searched question was about, not at a partner's own agreement", () => {
    const [, usSigned] = talk("what is the paris declaration", "did the us sign it");
    expect(usSigned?.text).toContain("Paris Declaration");
    expect(usSigned?.text).not.toMatch(/^Yes\. The United States signed a security agreement/);
    const [, , who] = talk("what happened at the nordic-ukrainian summit in may 2024", "who was 15th of them", "who signed it");
    expect(who?.text).toContain("Jonas Gahr Støre");
  });

  it("continues with the agreement an answer found when the question named none, and lets an ordinal pick its own", () => {
    const [, when, second, who] = talk("яка країна перша підписала", "коли", "а друга?", "хто підписав");
    expect(when?.text).toMatch(/^Безпекову угоду України з Великою Британією підписано 12 січня 2024 року/);
    expect(second?.text).toMatch(/^На 2-му місці в офіційному підрахунку України — угода з Німеччиною/);
    expect(who?.text).toContain("Олаф Шольц");
  });

  it("answers the first of a group among its members, and the follow-up about that one", () => {
    const [first, where] = talk("which baltic country signed first", "where");
    expect(first?.text).toMatch(/^Of the Baltic states, Latvia signed first\./);
    expect(where?.text).toMatch(/^The agreement with Latvia was signed in Vilnius, Lithuania/);
    expect(where?.text).not.toContain("Estonia");
  });

  it("counts again for a new period, then takes the latest and its place", () => {
    const [, november, last, where] = talk("How many agreements had Ukraine signed by June 2024?", "and by november 2025?", "which was the last one", "where was that signed");
    expect(november?.text).toMatch(/^By the end of November 2025, Ukraine had signed 28 agreements/);
    expect(last?.text).toMatch(/^The most recent agreement on record was signed by Albania\./);
    expect(where?.text).toMatch(/^The agreement with Albania was signed in Davos, Switzerland/);
  });

  it("lists what was signed on the day of the agreement just discussed", () => {
    const [, sameDay] = talk("When did Belgium sign?", "who else signed that day?");
    expect(sameDay?.text).toBe("Agreements signed on 28 May 2024: Belgium (signed by Alexander De Croo) [1] and Portugal (signed by Luís Montenegro) [2].");
    const [, uk] = talk("Коли підписала Канада?", "хто ще підписав того ж дня?");
    expect(uk?.text).toBe("Угоди, підписані 24 лютого 2024 року: Італія (Джорджа Мелоні) [1] та Канада (Джастін Трюдо) [2]. Усі їх підписано під час події «Друга річниця повномасштабного вторгнення Росії» [1].");
  });

  it("picks among the agreements the last turns were about, ordering a day's signings by the official count", () => {
    const [, , first] = talk("When did Japan sign?", "and the US?", "which of them came first");
    expect(first?.text).toBe(
      "Of Japan and the United States, Japan signed first. Japan and the United States signed on the same day, 13 June 2024 [1][2]; in Ukraine's official count Japan is 16th and the United States is 17th.",
    );
    const [, nextDay, twelfth, who] = talk("When did Spain sign?", "who signed the next day", "and which of those two was 12th", "who signed it?");
    expect(nextDay?.text).toBe("Agreements signed on 28 May 2024: Belgium (signed by Alexander De Croo) [1] and Portugal (signed by Luís Montenegro) [2].");
    expect(twelfth?.text).toMatch(/^Of Belgium and Portugal, Portugal is the 12th in Ukraine's official count \[1\]\[2\]\.$/);
    expect(who?.text).toMatch(/^The agreement with Portugal was signed on 28 May 2024 by Volodymyr Zelenskyy .* and Luís Montenegro/);
    const [, , last] = talk("which nordic countries signed", "which of them came first", "and which of them signed last");
    expect(last?.text).toMatch(/^Of Denmark, Finland, Sweden, Iceland and Norway, Norway signed most recently\. Sweden, Iceland and Norway signed on the same day, 31 May 2024/);
    const [, , uk] = talk("коли підписали угоду з Італією", "а з Канадою?", "хто з них був першим");
    expect(uk?.text).toMatch(/^Першою з цих угод \(Італія та Канада\) підписано угоду з Італією\./);
  });

  it("says when a day's signings are not ordered in the sources", () => {
    const [, first] = talk("what was signed on 27 June 2024", "which of them came first");
    expect(first?.text).toMatch(/signed on the same day, 27 June 2024 \[\d\]\[\d\]; my sources do not say in which order\.$/);
  });

  it("reads a month asked next without a year in the year asked before", () => {
    const [, june] = talk("how many agreements had ukraine signed by the end of may 2024", "and by the end of June?");
    expect(june?.text).toMatch(/^By the end of June 2024, Ukraine had signed 20 agreements/);
  });

  it("keeps the agreement for a topic or a year of money asked next", () => {
    const [, jets] = talk("how much is belgium giving", "any jets?");
    expect(jets?.text).toMatch(/^Yes\. The agreement with Belgium covers fighter jets in section/);
    const [, money] = talk("tell me about the denmark agreement", "how much money for 2024");
    expect(money?.text).toContain("€1.8 billion in 2024");
  });

  it("starts afresh on a question that stands on its own", () => {
    const [, count] = talk("When did Japan sign?", "How many security agreements has Ukraine signed?");
    expect(count?.intent).toBe("count");
    expect(count?.text).not.toContain("Japan signed");
  });

  it("asks which agreement a pronoun means when there is nothing before it", () => {
    const [answer] = talk("who signed it?");
    expect(answer?.status).toBe("no_answer");
    expect(answer?.text).toMatch(/^Which agreement do you mean\?/);
  });

  it("works in Ukrainian", () => {
    const [, poland, who] = talk("Коли Литва підписала угоду?", "а Польща?", "хто її підписав?");
    expect(poland?.text).toContain("8 липня 2024");
    expect(who?.text).toContain("Туск");
  });

  it("ignores a state that is not one", () => {
    expect(engine.answer("and France?", { conversation: { partners: 42 } }).status).toBe("answered");
  });
});

describe("follow-ups that move from the agreement just discussed", () => {
  const talkUk = (...turns: string[]): Answer[] => {
    const answers: Answer[] = [];
    for (const turn of turns) answers.push(engine.answer(turn, { lang: "uk", conversation: answers.at(-1)?.conversation }));
    return answers;
  };

  it("picks among the agreements a count listed", () => {
    const [, first, who] = talk("how many agreements were signed in may 2024", "which of those came first", "who signed that one");
    expect(first?.text).toMatch(/^Of Spain, Belgium, Portugal, Sweden, Iceland and Norway, Spain signed first\./);
    expect(who?.text).toContain("Pedro Sánchez");
  });

  it("reads an ordinal asked with a date or a place as a place in the list just given, and keeps the list", () => {
    const [, second, third, sameDay] = talkUk("які угоди підписали в червні 2024", "а друга якого числа?", "а третя де?", "а котра з них була останньою?");
    expect(second?.text).toMatch(/^Безпекову угоду України з США підписано 13 червня 2024 року/);
    expect(third?.text).toContain("Брюссел");
    expect(sameDay?.text).toContain("Естоні");
    // Asked alone, a place is the place in the official count.
    const [, secondInCount] = talk("which deals were signed in june 2024", "and who was 2nd?");
    expect(secondInCount?.text).toContain("Germany");
  });

  it("says whether the agreement just discussed came before or after the one a follow-up names", () => {
    const [, either, before] = talk("when did spain sign", "was that before or after latvia", "and did it come before portugal?");
    expect(either?.text).toMatch(/^The agreement with Spain was signed on 27 May 2024, after the one with Latvia \(11 April 2024\)/);
    expect(before?.text).toMatch(/^Yes\. The agreement with Spain was signed on 27 May 2024, before the one with Portugal \(28 May 2024\)/);
    const [, uk] = talkUk("коли підписала іспанія", "це було раніше за латвію?");
    expect(uk?.text).toMatch(/^Ні\. Угоду з Іспанією підписано 27 травня 2024 року, пізніше за угоду з Латвією/);
  });

  it("answers whether the count just given includes a partner", () => {
    const [, croatia] = talk("how many agreements has ukraine signed", "does that include croatia?");
    expect(croatia?.text).toMatch(/^No\. Croatia signed/);
    const [, greece] = talk("how many deals by end of 2024", "is greece in that number?");
    expect(greece?.text).toMatch(/^Yes\.\s+The agreement with Greece is the 27th in Ukraine's official count/);
  });

  it("names the next or previous one in signing order, and the next in the official count past one outside it", () => {
    const [, next, before] = talk("when did latvia sign", "and who signed next", "and the one before");
    expect(next?.text).toBe("The next agreement after the one with Latvia (11 April 2024) was signed by Spain (27 May 2024) [1].");
    expect(before?.text).toBe("The agreement signed just before the one with Latvia (11 April 2024) was with Finland (3 April 2024) [1].");
    const [, officially] = talk("what number was ireland", "which one came next officially");
    expect(officially?.text).toBe("The next agreement after the one with Ireland (4 September 2024) was signed by Croatia (9 October 2024) [1]. That one is outside Ukraine's official count; the next in the count is Greece (17 October 2024) [2].");
    expect(talkUk("коли підписала ірландія", "а яка наступна")[1]?.text).toContain("наступна в ньому — Греція (17 жовтня 2024 року)");
  });

  it("names the next one signed the same day where the sources number them, and skips same-day signings whose order is disputed", () => {
    expect(talk("when did iceland sign", "and the one after?")[1]?.text).toMatch(/^Right after the agreement with Iceland \(31 May 2024\) in Ukraine's official count\s+comes Norway \(31 May 2024\) \[1\], the 15th, signed the same day\./);
    expect(talk("which one came right after belgium's")[0]?.text).toContain("comes Portugal (28 May 2024) [1], the 12th");
    // Italy's and Canada's places are disputed: the next is the next signing day's.
    expect(talk("what came after italy")[0]?.text).toMatch(/^The next agreement after the one with Italy \(24 February 2024\) was signed by\s+the Netherlands/);
  });

  it("moves days on from its signing, and counts up to it when asked 'then'", () => {
    const [, later, dayAfter] = talk("when did poland sign", "and two days later", "and the day after that");
    expect(later?.text).toMatch(/^Agreements signed on 10 July 2024: Luxembourg/);
    expect(dayAfter?.text).toMatch(/^Agreements signed on 11 July 2024: Romania/);
    expect(talkUk("коли підписали угоду з фінляндією", "а скільки тоді було угод")[1]?.text).toMatch(/^До 3 квітня 2024 року включно Україна підписала 8 угод/);
  });

  it("continues with the neighbour it found, and turns back from the one it started at", () => {
    const [, next, where] = talk("What number was Finland?", "which came right after?", "where was that one signed?");
    expect(next?.text).toBe("The next agreement after the one with Finland (3 April 2024) was signed by Latvia (11 April 2024) [1].");
    expect(where?.text).toMatch(/^The agreement with Latvia was signed in Vilnius, Lithuania/);
    expect(talk("what number was latvia", "and the one after?")[1]?.text).toMatch(/was signed by Spain \(27 May 2024\)/);
  });

  it("lists or counts what was signed after or before it", () => {
    expect(talk("when did ireland sign", "and how many after that")[1]?.text).toMatch(/^After 4 September 2024, Ukraine had signed 2 agreements that its official count includes: Greece \(17 October 2024\) \[1\] and Albania/);
    expect(talk("When did Albania sign?", "anything signed after that?")[1]?.text).toMatch(/^No agreement on record was signed after 21 January 2025\./);
    expect(talkUk("коли підписала ірландія", "а що підписали після того?")[1]?.text).toMatch(/^Угоди, підписані після 4 вересня 2024 року: Хорватія/);
  });

  it("reads 'then' after a yes/no on one signing as that signing, not the month the question named", () => {
    const [, who, event] = talk("did slovenia sign in kyiv in june 2024", "who signed then", "and at what event");
    expect(who?.text).toMatch(/^The agreement with Slovenia was signed on 18 July 2024 by .* Robert Golob/);
    expect(event?.text).toContain("(Sidelines of the European Political Community summit)");
  });

  it("lists the day before the one just discussed («напередодні»), and asks nothing a gap question does not ask", () => {
    expect(talkUk("коли підписали з Румунією", "а де", "а хто підписав там же напередодні?")[2]?.text).toMatch(/^Угоди, підписані 10 липня 2024 року: Люксембург/);
    const [, , gap] = talkUk("з ким підписали угоду у Варшаві", "хто підписав", "а скільки МіГів Польща реально передала у 2025?");
    expect(gap?.status).toBe("no_answer");
    expect(gap?.text).not.toContain("Туск");
  });

  it("gives the day a term runs to when asked until when, for the agreement just discussed too", () => {
    expect(engine.answer("until when is the german agreement valid").text).toMatch(/Counted from its signing, 10 years run to 16 February 2034\.$/);
    expect(talk("what did the uk commit to", "when does it end then?")[1]?.text).toMatch(/^The agreement with the United Kingdom was concluded for 10 years .* Counted from its signing, 10 years run to 12 January 2034\.$/);
    expect(engine.answer("До якого року діє угода з США?", { lang: "uk" }).text).toMatch(/Від дня підписання 10 років спливають 13 червня 2034 року\.$/);
  });

  it("keeps the agreements a place's list named, not the partner whose capital the place is, for 'then' and 'a week later'", () => {
    const [, then, week] = talkUk("з ким підписали у вашингтоні", "а скільки угод тоді стало", "а через тиждень");
    expect(then?.text).toMatch(/^До 11 липня 2024 року включно Україна підписала 23 угоди/);
    expect(week?.text).toMatch(/^До 18 липня 2024 року включно Україна підписала 25 угод/);
  });

  it("gives the days between it and the one a follow-up names", () => {
    expect(talk("when did albania sign", "how many days after greece was that")[1]?.text).toMatch(/^96 days passed between the agreement with Greece \(17 October 2024\) \[1\] and the one with Albania/);
    expect(talk("when did albania sign", "how long after greece")[1]?.text).toMatch(/^96 days passed/);
    expect(talkUk("коли підписала албанія", "через скільки днів після греції")[1]?.text).toMatch(/минуло 96 днів\.$/);
  });

  it("gives the first or last of a period, not of all time", () => {
    expect(engine.answer("which was the last one signed in may 2024").text).toMatch(/^Of the agreements signed in May 2024, the last was signed by Sweden, Iceland and Norway\./);
    expect(engine.answer("what was the first signing after valentines day 2024").text).toMatch(/^Of the agreements signed after 14 February 2024, the first was signed by Germany and France\./);
    expect(engine.answer("the last one signed in december 2024").text).toMatch(/^No agreement on record was signed in December 2024\./);
  });
});

describe("follow-ups that keep the group or the period", () => {
  it("picks 'which was first' among the agreements just listed, not the first on record", () => {
    const [, first, weekday] = talk("list the deals signed in washington", "which was first", "what day of the week was that");
    expect(first?.text).toMatch(/^Of Luxembourg and Romania, Luxembourg signed first\./);
    expect(weekday?.text).toContain("10 July 2024 was a Wednesday");
  });

  it("keeps asking the weekday when a follow-up only names another partner", () => {
    const [, latvia, where] = talk("what day of the week did finland sign", "and latvia?", "and where was that?");
    expect(latvia?.text).toContain("11 April 2024 was a Thursday.");
    expect(where?.text).not.toContain("Thursday");
    const [, uk] = talk("в який день тижня підписала фінляндія", "а латвія?");
    expect(uk?.text).toContain("День тижня 11 квітня 2024 року — четвер.");
  });

  it("keeps the partner when a follow-up asks its text in words of the text ('does the text name', 'consultation window')", () => {
    const [, money, window] = talk("who signed for canada", "how much money for 2024 does the text name", "is the consultation window also 24 hours there?");
    expect(money?.text).toMatch(/^The money in the agreement with Canada \[1\]\[2\]: C\$3\.02 billion/);
    expect(window?.text).toMatch(/^Yes\. The agreement with Canada covers consultations/);
  });

  it("reads 'same place?' as where, of the partner a follow-up names", () => {
    const [, slovenia] = talk("where did the czech republic sign", "and slovenia, same place?");
    expect(slovenia?.text).toMatch(/^The agreement with Slovenia was signed in Blenheim Palace/);
    const [, uk] = talk("де підписала чехія", "а словенія — там само?");
    expect(uk?.text).toMatch(/^Місце підписання угоди зі Словенією — Бленгеймський палац/);
  });

  it("counts 'how many days later' between the last two agreements discussed", () => {
    const [, , days] = talk("which country signed on 1 march 2024", "and the next one after that", "how many days later");
    expect(days?.text).toBe("33 days passed between the agreement with the Netherlands (1 March 2024) [1] and the one with Finland (3 April 2024) [2].");
  });

  it("counts the days to the next signing, of the one discussed or the one named", () => {
    const [, next] = talk("where did the uk deal get signed", "how many days until the next one was signed");
    expect(next?.text).toMatch(/^The next agreement after the one with the United Kingdom \(12 January 2024\) was signed by Germany and France \(16 February 2024\) \[1\]\[2\]\. That was 35 days later\./);
    // Named in the question, Japan is measured from, not Latvia, the one discussed.
    const [, named] = talk("when did latvia sign", "how many days between japan's deal and the next one");
    expect(named?.text).toContain("after the one with Japan (13 June 2024)");
    expect(named?.text).toContain("That was 14 days later.");
    const [, uk] = talk("коли підписала латвія", "скільки днів минуло до наступної");
    expect(uk?.text).toContain("Її підписали через 46 днів.");
  });

  it("gives the last of the group or the month asked before", () => {
    const [, last, who] = talk("how many eu member states have agreements", "which was the last one", "who signed for it");
    expect(last?.text).toMatch(/^Of the EU member states, Greece signed most recently\./);
    expect(who?.text).toContain("Kyriakos Mitsotakis");
    const [, , month] = talk("how many agreements were signed in may 2024", "who signed the first of them", "and when was the last one that month");
    expect(month?.text).toMatch(/^Of the agreements signed in May 2024, the last was signed by Sweden, Iceland and Norway\./);
  });

  it("counts up to a signing named with 'once'", () => {
    expect(engine.answer("how many security agreements did ukraine have once the romanian one was done").text).toMatch(/^By 11 July 2024, Ukraine had signed 23 agreements/);
  });
});

describe("a follow-up that asks which ones after a count", () => {
  it("names the agreements the count counted, in either language", () => {
    expect(talk("how many agreements were signed in Kyiv", "which ones?")[1]?.text).toBe("They are United Kingdom (12 January 2024) [1]; Italy and Canada (24 February 2024) [2][3]; Finland (3 April 2024) [4]; Ireland (4 September 2024) [5].");
    const answers: Answer[] = [];
    for (const turn of ["скільки угод підписали у Стокгольмі", "а з ким саме"]) answers.push(engine.answer(turn, { lang: "uk", conversation: answers.at(-1)?.conversation }));
    expect(answers[1]?.text).toBe("Це Швеція, Ісландія та Норвегія (31 травня 2024 року) [1][2][3].");
  });
});

describe("follow-ups that name a new place", () => {
  it("counts or lists again at the place a follow-up names, reading Washington as the city", () => {
    const [, lviv, washington] = talk("which agreements were signed in kyiv", "and in Lviv?", "and in washington");
    expect(lviv?.text).toBe("Agreements signed in Lviv: Denmark (23 February 2024) [1].");
    expect(washington?.text).toBe("Agreements signed in Washington: Luxembourg (10 July 2024) [1] and Romania (11 July 2024) [2].");
    const [, stockholm] = talk("how many in brussels", "and in stockholm?");
    expect(stockholm?.text).toMatch(/^3 agreements were signed in Stockholm: Sweden, Iceland and Norway/);
    const answers: Answer[] = [];
    for (const turn of ["скільки угод підписали в Києві", "а у Львові?"]) answers.push(engine.answer(turn, { lang: "uk", conversation: answers.at(-1)?.conversation }));
    expect(answers[1]?.text).toBe("У Львові підписано 1 угоду: Данія (23 лютого 2024 року) [1].");
  });

  it("counts at a signing place asked with no other word, and not a question about the city", () => {
    expect(engine.answer("how many in brussels").text).toMatch(/^5 agreements were signed in Brussels/);
    expect(engine.answer("how many people live in paris").status).toBe("no_answer");
  });
});

describe("counts on the day of the agreement just discussed", () => {
  it("gives the running total after that day, or that day's signings", () => {
    expect(talk("when did norway sign", "how many agreements did ukraine have after that day")[1]?.text).toMatch(/^By 31 May 2024, Ukraine had signed 15 agreements/);
    expect(talk("when did norway sign", "how many were signed that day")[1]?.text).toMatch(/^3 agreements were signed on 31 May 2024: Sweden, Iceland and Norway/);
  });
});

describe("a follow-up naming the attribute only", () => {
  it("reads 'and the place' as where it was signed", () => {
    expect(talk("when did albania sign", "and the place")[1]?.text).toMatch(/^The agreement with Albania was signed in Davos, Switzerland on 21 January 2025/);
  });
});
