/**
 * Questions in Ukrainian on the real corpus: the language is read from the
 * script, partner names are recognised in any case, answers to structured
 * questions are written in Ukrainian, and corpus text stays English with a
 * note that says so.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Answer, Engine } from "../../src/index.ts";
import { expectWellFormed, readable } from "./answer-checks.ts";
import { sharedEngine } from "../shared-engine.ts";

let engine: Engine;

function ask(question: string, lang?: "en" | "uk"): Answer {
  const answer = engine.answer(question, lang === undefined ? {} : { lang });
  expectWellFormed(answer);
  return answer;
}

/** The pack's note that corpus text is shown in English. */
const CORPUS_NOTE = /^Примітка: текст джерел наведено англійською/m;
const CYRILLIC = /\p{Script=Cyrillic}/u;

beforeAll(() => {
  engine = sharedEngine();
});

describe("a Ukrainian question", () => {
  it("gets Japan's signing date in Ukrainian, with the record's citations", () => {
    const answer = ask("Коли Японія підписала безпекову угоду з Україною?");
    expect(answer).toMatchObject({ status: "answered", intent: "when", lang: "uk" });
    expect(answer.text).toContain("Безпекову угоду України з Японією підписано 13 червня 2024 року");
    const japan = engine.dataset.agreements.find((agreement) => agreement.id === "japan");
    const urls = japan?.sources.map((id) => engine.dataset.sources.find((source) => source.id === id)?.url);
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const citation of answer.citations.filter((citation) => answer.text.includes(`[${citation.n}]`))) expect(urls).toContain(citation.url);
  });

  it.each(["Коли Японія підписала угоду?", "угода з Японією коли", "дата угоди Японії", "коли підписали угоду з японською стороною"])(
    "recognises Japan in «%s» whatever case the name is in",
    (question) => {
      expect(readable(ask(question))).toContain("13 червня 2024");
    },
  );

  it("reads multi-word names in their inflected forms", () => {
    expect(ask("хто підписав угоду з Великою Британією").text).toContain("Ріші Сунак");
    expect(ask("коли Сполучене Королівство підписало угоду").text).toContain("12 січня 2024");
    expect(ask("коли підписано угоду зі Сполученими Штатами Америки").text).toContain("13 червня 2024");
  });

  it("reads every apostrophe people type as the same letter", () => {
    const texts = ["зобовʼязання Данії", "зобов'язання Данії", "зобов’язання Данії", "зобов`язання Данії"].map((question) => ask(question).text);
    expect(texts[0]).toContain("1,8 млрд");
    expect(new Set(texts).size).toBe(1);
  });

  it.each(["на скільки років американські гарантії в проекті", "на скільки років американські гарантії в проєкті"])(
    "answers «%s» with the draft's 15 years, not the 2024 agreement's term, whichever spelling of «проєкт»",
    (question) => {
      const text = readable(ask(question));
      expect(text).toContain("на 15 років");
      expect(text).not.toContain("укладено на 10 років");
    },
  );

  it("says what the texts themselves say of joining NATO, beside the ministry's «integrated into NATO's»", () => {
    const text = readable(ask("шо буде з угодами якщо Україна вступить в НАТО"));
    expect(text).toContain("механізми НАТО");
    expect(text).toContain("подальший статус");
  });

  it.each(["за скільки часу треба попередити про вихід з угоди з нідерландами", "як можна припинити угоду з нідерландами, який строк попередження"])(
    "answers «%s» with the text's notice period (3 months), not the term",
    (question) => {
      const text = readable(ask(question));
      expect(text).toContain("повідомивши за 3 місяці");
    },
  );

  it("reads a Latin «i» typed inside a Cyrillic word", () => {
    expect(ask("коли Нiмеччина пiдписала угоду").text).toContain("16 лютого 2024");
  });

  it("stays Ukrainian when it names partners or things in Latin letters", () => {
    const usa = ask("USA угода коли");
    expect(usa.lang).toBe("uk");
    expect(usa.text).toContain("13 червня 2024");
    expect(ask("Що таке Ukraine Compact?").lang).toBe("uk");
    expect(ask("When did Japan sign?").lang).toBe("en");
  });

  it("answers a name alone in the language the client asks for", () => {
    expect(engine.agreement("Japan", { lang: "uk" })).toMatchObject({ status: "answered", lang: "uk" });
    expect(engine.agreement("Japan", { lang: "en" }).lang).toBe("en");
  });

  it("names the partner in the form the sentence needs, with the right preposition", () => {
    expect(ask("хто підписав угоду зі Швецією").text).toContain("31 травня 2024 року угоду зі Швецією підписали");
    expect(ask("на скільки років угода з Німеччиною").text).toContain("Угоду з Німеччиною укладено на 10 років");
    expect(ask("Чи підписала Ірландія угоду?").text).toMatch(/^Так\. Україна підписала безпекову угоду з Ірландією 4 вересня 2024 року/);
  });

  it("writes counts, lists and periods in Ukrainian", () => {
    expect(ask("Скільки безпекових угод підписала Україна?").text).toContain("офіційний підрахунок України охоплював 28 угод (з 27 країнами та з Європейським Союзом)");
    expect(ask("угоди підписані в червні 2024").text).toMatch(/^Угоди, підписані у червні 2024 року: Японія та США \(13 червня 2024 року\) \[1\]\[2\]; Європейський Союз, Естонія та Литва \(27 червня 2024 року\) \[3\]\[4\]\[5\]\.$/);
    expect(ask("скільки угод до липня 2024").text).toMatch(/^До липня 2024 року Україна підписала 20 угод/);
    expect(ask("Які угоди підписано в Брюсселі?").text).toContain("Бельгія (28 травня 2024 року)");
  });

  it("says plainly that a country without an agreement has none", () => {
    const answer = ask("чи підписав Китай угоду з Україною");
    expect(answer).toMatchObject({ status: "answered", lang: "uk" });
    expect(answer.text).toContain("Китай не має зафіксованої безпекової угоди з Україною");
  });
});

describe("corpus text in a Ukrainian answer", () => {
  it("gives a fact in its Ukrainian version, without a note that it is in English", () => {
    const answer = ask("що таке кредити ERA");
    expect(answer.intent).toBe("search");
    expect(answer.text).toContain("кредити ERA (Extraordinary Revenue Acceleration — прискорене");
    expect(answer.text).not.toMatch(CORPUS_NOTE);
  });

  it("finds in Ukrainian what the English question finds, in the corpus's translation", () => {
    const english = ask("Why is Croatia not in the official list?");
    const answer = ask("Чому Хорватії немає в офіційному списку?");
    expect(english.status).toBe("answered");
    expect(answer).toMatchObject({ status: "answered", lang: "uk" });
    expect(answer.citations.map((citation) => citation.url)).toEqual(english.citations.map((citation) => citation.url));
    // Worded unlike any English record: only the Ukrainian translation of the fact meets it.
    expect(ask("Чи зараховують Хорватію до офіційного переліку?").citations.map((citation) => citation.url)).toEqual(english.citations.map((citation) => citation.url));
  });

  it("never translates a quote, and needs no note for it", () => {
    const answer = ask("Що сказав Зеленський про угоду з Японією?");
    expect(answer.quotes.length).toBeGreaterThan(0);
    const corpus = new Set(engine.dataset.quotes.map((quote) => quote.text));
    for (const quote of answer.quotes) expect(corpus.has(quote.text), quote.text).toBe(true);
    expect(answer.text).not.toMatch(CORPUS_NOTE);
  });

  it("adds no note when the answer holds no corpus text", () => {
    expect(ask("Коли був саміт G7?").text).not.toMatch(CORPUS_NOTE);
  });

  it("never adds the note to English answers", () => {
    expect(ask("What are the ERA loans?").text).not.toContain("Примітка");
  });
});

describe("what a Ukrainian user is told when there is no answer", () => {
  it("says it does not know, in Ukrainian, with Ukrainian suggestions", () => {
    const answer = ask("Як приготувати борщ?");
    expect(answer).toMatchObject({ status: "no_answer", lang: "uk" });
    expect(answer.text).toMatch(/^Не знаю\./);
    expect(answer.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of answer.suggestions) expect(suggestion).toMatch(CYRILLIC);
  });

  it("offers the named partner's agreement instead of an answer it does not have", () => {
    const answer = ask("Хто президент Франції?");
    expect(answer.status).toBe("no_answer");
    expect(answer.text).toContain("про угоду з Францією");
    expect(answer.suggestions).toContain("Коли підписано безпекову угоду з Францією?");
  });

  it("rejects an empty question in the client's language", () => {
    const answer = ask("   ", "uk");
    expect(answer).toMatchObject({ status: "rejected", lang: "uk" });
    expect(answer.text).toMatch(/^Напишіть запитання/);
  });

  it("suggests only questions it answers", () => {
    for (const example of engine.examples({ lang: "uk" })) expect(ask(example, "uk").status, example).toBe("answered");
    for (const suggestion of ask("угода з Японією").suggestions) expect(ask(suggestion).status, suggestion).toBe("answered");
  });
});
