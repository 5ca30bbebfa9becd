/**
 * The question as a whole: what the reading resolves (dates in many forms,
 * groups, people, places, order), and what each question module then says
 * first — a correction of a false premise, a plain "I don't know that part",
 * a yes or a no from the agreement texts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/index.ts";
import { sharedEngine } from "../shared-engine.ts";

let engine: Engine;
beforeAll(() => {
  engine = sharedEngine();
});

const firstLine = (question: string) => engine.answer(question).text.split("\n")[0] ?? "";

describe("the reading", () => {
  it.each([
    ["What was signed on 03.04.2024?", "Finland"],
    ["what was signed on 03/04/2024", "Finland"],
    ["anything signed on April 3rd, 2024?", "Finland"],
    ["How many had Ukraine signed by the end of March 2024?", "7 agreements"],
    ["How many were signed before the NATO summit in Washington?", "21 agreements"],
    ["which agreement was signed on 3.04.24", "Agreements signed on 3 April 2024: Finland"],
    ["how many agreements did ukraine have by mid-june 2024", "By 20 June 2024, Ukraine had signed 17 agreements"],
    ["what was signed in late may 2024", "Agreements signed between 21 May 2024 and 31 May 2024: Spain"],
    ["after orthodox easter 2024 what was the first security agreement ukraine signed", "Of the agreements signed after 5 May 2024, the first was signed by Spain."],
    ["how many agreements by easter 2024", "By 31 March 2024, Ukraine had signed 7 agreements"],
    ["how many agreements were there after japan and the us", "By 13 June 2024, Ukraine had signed 17 agreements"],
    ["how many agreements did ukraine have after spain and belgium", "By 28 May 2024, Ukraine had signed 12 agreements"],
    ["what % of gdp does lithuania aim for", "The money in the agreement with Lithuania [1][2]: Lithuania will seek to provide annual security and defence support of 0.25% of GDP"],
    ["nl agreement was signed in which ukrainian city", "The agreement with the Netherlands was signed in Kharkiv, Ukraine"],
    ["ireland was number what", "The agreement with Ireland is the 26th in Ukraine's official count"],
    ["what does the canada agreement pledge for 2024", "Key commitments in the agreement with Canada [1][2]: C$3.02 billion"],
    ["what was signed right after the g7 summit", "Of the agreements signed after 15 June 2024, the first was signed by the European Union, Estonia and Lithuania."],
    ["which day had the most signings", "The most agreements signed on one day, 3, were signed on 31 May 2024 and on 27 June 2024: Sweden, Iceland and Norway"],
    ["when was the most recent agreement signed", "The most recent agreement on record was signed by Albania."],
    ["what was signed two weeks after the g7 summit", "Agreements signed between 27 June 2024 and 29 June 2024: European Union, Estonia and Lithuania"],
    ["who signed a week after the washington summit", "Agreements signed between 16 July 2024 and 18 July 2024: Slovenia and Czechia"],
    ["what was the last security agreement signed before the first anniversary of the g7 vilnius declaration", "Of the agreements signed before 12 July 2024, the last was signed by Romania."],
    ["how many agreements by the first anniversary of the vilnius declaration", "By 12 July 2024, Ukraine had signed 23 agreements"],
    ["how many were signed in spring 2024 (march to may)", "9 agreements were signed between March 2024 and May 2024"],
    ["was the luxembourg agreement signed on the 10th or the 11th of july", "Luxembourg signed its security agreement with Ukraine on 10 July 2024"],
    ["spain signed on may 27th or 28th?", "Spain signed its security agreement with Ukraine on 27 May 2024"],
    ["did all three baltic states sign? when", "Yes. All 3 of the Baltic states have security agreements"],
    ["what got signed on 13/06/2024 and at which summit", "Japan (signed by Fumio Kishida) [1] and United States (signed by Joseph R. Biden) [2]. All were signed at the G7 summit in Apulia"],
    ["what was signed on 11 july 2024", "Romania (signed by Klaus Iohannis) [1]. It was signed at the NATO summit in Washington"],
  ])("reads the date in %j", (question, expected) => {
    expect(firstLine(question)).toContain(expected);
  });

  it("reads «червня 24-го» as June 2024, and asks which year for a month given without one", () => {
    expect(engine.answer("скільки угод до кінця червня 24-го", { lang: "uk" }).text).toMatch(/^До кінця червня 2024 року Україна підписала 20 угод/);
    const answer = engine.answer("how many agreements by the end of june");
    expect(answer.status).toBe("no_answer");
    expect(answer.text).toBe("Which year do you mean? For example: “how many agreements by the end of june 2024?”");
  });

  it("reads a group of partners as its members, and says who in it has none", () => {
    const text = engine.answer("Which Benelux countries have an agreement?").text;
    for (const partner of ["Netherlands", "Belgium", "Luxembourg"]) expect(text).toContain(partner);
    expect(engine.answer("Have Ukraine's neighbours signed?").text).toMatch(/Slovakia.*no agreement on record/);
  });

  it("reads a signatory as the agreement they signed", () => {
    expect(firstLine("the agreement Rutte signed")).toContain("Netherlands");
  });

  it("answers a place in the count shared by a day's signings, and one beyond the count, with sources", () => {
    const shared = engine.answer("What was the 20th agreement?");
    expect(shared.text).toMatch(/^The 20th agreement in Ukraine's official count was signed on 27 June 2024, one of 3 signed that day: European Union \[1\], Estonia \[2\] and Lithuania \[3\]; my sources do not say in which order\./);
    const beyond = engine.answer("Коли підписали 29-ту угоду?");
    expect(beyond.text).toMatch(/^Угоди під номером 29 немає: станом на листопад 2025 року офіційний підрахунок України налічував 28 угод \[1\]/);
    expect(beyond.citations.length).toBeGreaterThan(0);
  });

  it("answers who signed for Ukraine from every agreement's Ukrainian signatories", () => {
    expect(firstLine("Who signed for Ukraine in all these agreements?")).toBe("For Ukraine, the agreements on record were signed by Volodymyr Zelenskyy (29 agreements) [1][2].");
    expect(firstLine("Хто з боку України підписував угоди?")).toMatch(/^З боку України угоди в моїх джерелах підписав Володимир Зеленський \(29 угод\)/);
  });

  it("reads the order of signing", () => {
    expect(firstLine("Which one came right after Finland's?")).toContain("Latvia (11 April 2024)");
    expect(firstLine("Which was 16th?")).toContain("Japan");
  });
});

describe("a length of time after a partner's signing", () => {
  it("reads 'a week after Denmark's' as the day a week after its signing, not the next signing", () => {
    expect(firstLine("which agreement was signed exactly a week after denmark's")).toMatch(/^Agreements signed on 1 March 2024: Netherlands/);
    expect(engine.answer("яку угоду підписали рівно через тиждень після данської?", { lang: "uk" }).text).toMatch(/^Угоди, підписані 1 березня 2024 року: Нідерланди/);
    // With no length of time it is the next signing, and "how many days after" asks the days between.
    expect(firstLine("who signed right after finland")).toMatch(/^The next agreement after the one with Finland \(3 April 2024\) was signed by/);
    expect(firstLine("how many days after denmark did the netherlands sign")).toContain("7 days");
  });
});

describe("a number guessed in a count question", () => {
  it("is the answer it expects in digits too, not a word to search for (Montenegro's talks began on 30 August 2024)", () => {
    const answer = engine.answer("how many agreements has ukraine signed, 30?");
    expect(answer.text).toMatch(/^Ukraine's official count stood at 28 agreements/);
    expect(answer.text).not.toContain("Montenegro");
  });
});

describe("weapon systems named in Cyrillic", () => {
  it("finds «Ф-16» as the F-16 the texts write, instead of saying the text does not name it", () => {
    expect(engine.answer("чи згадує угода з Норвегією Ф-16?", { lang: "uk" }).text).toMatch(/^Так\. Угода з Норвегією стосується теми «винищувачі» \(розд\. III\.11\)/);
    expect(engine.answer("чи згадує угода з Бельгією Ф-16?", { lang: "uk" }).text).not.toContain("не називає Ф-16");
  });
});

describe("premises", () => {
  it("corrects a wrong signing date said just after the signing word, though the question asks the commitments", () => {
    const answer = engine.answer("the netherlands deal was signed in amsterdam in february 2024, what did it promise");
    expect(answer.text).toMatch(/^It was signed in Kharkiv, Ukraine, not Amsterdam\. It was signed on 1 March 2024,\s+not in February 2024\./);
    // A year asked of the money asserts no signing date.
    expect(engine.answer("what did the netherlands promise for 2024").text).not.toContain("It was signed on");
  });

  it("corrects a wrong place in the first sentence, naming the agreement the person signed", () => {
    const line = firstLine("When did Scholz sign the agreement in Paris?");
    expect(line).toContain("Berlin");
    expect(line).toContain("not Paris");
  });

  it("answers a yes/no question about a date with its no and the right date", () => {
    expect(firstLine("Did Japan sign in March 2024?")).toBe("No. It was signed on 13 June 2024, not in March 2024.");
    expect(firstLine("Did Japan sign in June 2024?")).toMatch(/^Yes\. Japan signed/);
  });

  it("checks a place in the count said of an agreement, and answers 'the 16th or the 17th' with the place", () => {
    expect(firstLine("was the US agreement the 16th?")).toBe("No. It is the 17th in Ukraine's official count, not the 16th; the 16th is the one with Japan (13 June 2024).");
    expect(firstLine("is the japanese agreement the 16th")).toBe("Yes.");
    expect(firstLine("was the us agreement the 16th or the 17th")).toMatch(/^The agreement with the United States is the 17th in Ukraine's official count \[1\]\[2\]\./);
    expect(engine.answer("угода зі США була 16-та чи 17-та?", { lang: "uk" }).text).toMatch(/^Угода з США стоїть на 17-му місці в офіційному підрахунку України/);
    expect(engine.answer("угода зі США була 16-та?", { lang: "uk" }).text).toMatch(/^Ні\. В офіційному підрахунку України вона стоїть на 17-му місці, а не на 16-му; на 16-му місці — угода з Японією \(13 червня 2024 року\)\./);
  });

  it("checks a term stated of an agreement, in either language", () => {
    expect(firstLine("the us deal is 20 years right")).toBe("No. It was concluded for 10 years, not 20 years.");
    expect(firstLine("угода з японією на 20 років?")).toBe("Ні. Угоду укладено на 10 років, а не на 20 років.");
  });

  it("corrects a wrong term", () => {
    expect(firstLine("When did Japan sign its 20-year defence pact?")).toBe("It was concluded for 10 years, not 20 years.");
  });

  it("never answers an invented withdrawal as if it happened", () => {
    const answer = engine.answer("Why did Poland withdraw from its agreement?");
    expect(answer.text).toMatch(/^My sources record no withdrawal by Poland/);
  });

  it("reads a termination notice asked about as a withdrawal claimed, not as a delivery of aid", () => {
    const answer = engine.answer("has washington sent a termination notice since trump came in");
    expect(answer.text).toMatch(/^My sources record no withdrawal by the United States.*given notice of termination/s);
    expect(answer.unanswered).not.toContain("deliveries");
  });

  it("answers a why about a signing with where and on what occasion, not with a yes", () => {
    expect(firstLine("why did the netherlands sign in kharkiv")).toMatch(/^The agreement with the Netherlands was signed in Kharkiv, Ukraine on 1 March 2024 \(Caretaker Prime Minister Mark Rutte's unannounced visit/);
  });
});

describe("premises asked in passing", () => {
  it("reads 'yeah?' and 'yes?' as a tag that asks whether the statement holds", () => {
    expect(firstLine("latvia signed in riga yeah?")).toBe("No. It was signed in Vilnius, Lithuania, not Riga.");
    expect(firstLine("japan signed in apulia yes?")).toMatch(/^Yes\. Japan signed a security agreement with Ukraine on 13 June 2024 in Apulia/);
  });

  it("reads chat spellings of what and when as the words asked", () => {
    const answer = engine.answer("wat day did rutte fly into kharkiv n sign the dutch one");
    expect(answer.text).toMatch(/^The Netherlands signed its security agreement with Ukraine on 1 March 2024 in Kharkiv/);
    expect(firstLine("wen did japan sign")).toMatch(/^Japan signed its security agreement with Ukraine on 13 June 2024/);
  });

  it("corrects a signing place the record contradicts, though the question says more", () => {
    expect(firstLine("the german agreement was signed in munich at the security conference yeah")).toBe("No. It was signed in Berlin, Germany (Federal Chancellery), not Munich.");
    // A tag that ends the first sentence, with more said after it.
    expect(firstLine("romania signed on 10 july right? thats what i keep seeing")).toBe("No. It was signed on 11 July 2024, not on 10 July.");
  });

  it("answers two days offered with 'both … and …' with the one on record", () => {
    expect(firstLine("romania ukraine security pact - i keep seeing both 10 and 11 july, which is it")).toMatch(/^Romania signed its security agreement with Ukraine on 11 July 2024/);
    expect(engine.answer("румунія підписала і 10, і 11 липня, як правильно?", { lang: "uk" }).text).toMatch(/^Безпекову угоду України з Румунією підписано 11 липня 2024 року/);
  });

  it("answers who signed, with the office, when the question offers offices", () => {
    expect(firstLine("lithuania's signatory - president or pm, and who")).toBe(
      "The agreement with Lithuania was signed on 27 June 2024 by Volodymyr Zelenskyy (President of Ukraine) and Gitanas Nausėda (President of Lithuania) [1][2].",
    );
  });

  it("corrects the place before a person's words at a signing they were not at", () => {
    const answer = engine.answer("what did scholz say at the signing in paris");
    expect(answer.text).toMatch(/^It was signed in Berlin, Germany \(Federal Chancellery\), not Paris\.\nVerbatim, from Olaf Scholz/);
    expect(engine.answer("what did macron say at the signing in paris").text).toMatch(/^Verbatim, from Emmanuel Macron/);
  });

  it("checks a signing before or after an event as a date, not as a signing at it", () => {
    expect(firstLine("did poland sign before the nato summit?")).toBe("Yes.");
    expect(firstLine("did ireland sign before the nato summit?")).toMatch(/^No\. It was signed on 4 September 2024, not before 9 July 2024\./);
    expect(firstLine("did japan sign at the nato summit?")).toMatch(/^No\. It was not signed at the NATO summit/);
  });
});

describe("a later signing asked with a word of the text", () => {
  it("answers a signing in another year with the later instrument, not the text's words on the topic", () => {
    expect(firstLine("did canada sign anything in 2025 to implement its security agreement")).toMatch(/^On 24 August 2025 in Kyiv, Zelenskyy and Canada's Prime Minister Mark Carney signed an Action Plan/);
    expect(firstLine("what does the canada agreement say about implementation")).toMatch(/^On implementation, the agreement with Canada says/);
    // "anything" asks any signing: no "No" about the agreement before the one that was signed then.
    expect(firstLine("did canada sign anything in 2025")).toMatch(/^On 24 August 2025 in Kyiv/);
    expect(firstLine("did the uk sign in january 2025")).toMatch(/^No\. It was signed on 12 January 2024, not in January 2025\. On 16 January 2025/);
  });
});

describe("the signing closest to a day", () => {
  it("gives the signings nearest to it on either side when none was that day", () => {
    expect(firstLine("which signing came closest to the first anniversary of the vilnius g7 declaration")).toMatch(/^No agreement on record was signed on 12 July 2024\. The nearest signings were Romania \(11 July 2024\) \[1\] before it/);
    expect(firstLine("which agreement was signed closest to 1 july 2024")).toMatch(/^No agreement on record was signed on 1 July 2024\. The nearest signings were/);
  });
});

describe("a city of Ukraine the texts name", () => {
  it("lists the texts that mention it, with their sections", () => {
    expect(firstLine("which agreements mention chernihiv")).toBe("2 agreement texts mention chernihiv: Latvia (section 3) [1] and Belgium (section 39–41) [2]. I don't have the agreement text for Greece.");
    expect(firstLine("which agreements mention odesa")).toMatch(/^1 agreement text mentions odesa: Italy \(section II\.7\.с\) \[1\]\./);
    // Words that are no city stay with the search.
    expect(firstLine("which agreements mention the previous guy")).not.toMatch(/mention/);
  });
});

describe("premises that are not wrong", () => {
  it("reads a later signing with the same partner as that instrument, not as a wrong date for the agreement", () => {
    const line = firstLine("what did the uk sign with ukraine in jan 2025");
    expect(line).toMatch(/^On 16 January 2025 in Kyiv, Keir Starmer and Zelenskyy signed the UK–Ukraine 100 Year Partnership/);
    expect(line).not.toContain("not in January 2025");
    // With nothing on record then, the date is still corrected.
    expect(firstLine("Did Japan sign in March 2025?")).toBe("No. It was signed on 13 June 2024, not in March 2025.");
  });

  it("corrects a place asserted with a surname typed in lower case, in Ukrainian too", () => {
    const line = engine.answer("коли шольц підписав угоду в парижі").text.split("\n")[0];
    expect(line).toBe("Угоду підписано не в Парижі: місце підписання — Берлін, Німеччина (Федеральна канцелярія).");
    // A surname that is also a word is a person only when written as a name.
    expect(engine.answer("where can i store the text").text).not.toContain("Norway");
  });

  it("answers what a person signed with when and where, not with a 'Yes'", () => {
    expect(firstLine("what did rutte sign")).toMatch(/^The Netherlands signed its security agreement with Ukraine on 1 March 2024 in Kharkiv/);
    expect(firstLine("Did Rutte sign?")).toMatch(/^Yes\. The Netherlands signed/);
  });

  it("reads 'the day before the Washington NATO summit' as 8 July 2024, not as before the US agreement", () => {
    expect(firstLine("what did ukraine sign the day before the washington nato summit")).toBe("Agreements signed on 8 July 2024: Poland (signed by Donald Tusk) [1].");
    expect(firstLine("що підписали напередодні саміту НАТО у Вашингтоні")).toMatch(/^Угоди, підписані 8 липня 2024 року.*Польща/);
  });

  it("corrects a person asserted for the wrong partner, naming them as the answer's language does", () => {
    expect(firstLine("When did Sunak sign the agreement with Germany?")).toBe("Rishi Sunak signed the agreement with the United Kingdom, not the one with Germany.");
    expect(firstLine("Коли Сунак підписав угоду з Німеччиною?")).toBe("Ріші Сунак підписав угоду з Великою Британією, а не угоду з Німеччиною.");
    // "in France" still asserts a place.
    expect(firstLine("When did Scholz sign in France?")).toBe("It was signed in Berlin, Germany (Federal Chancellery), not France.");
  });

  it("reads «на саміті» as at the summit, «найдовший» as the longest, and a span's bounds in their cases", () => {
    expect(firstLine("Які країни підписали угоди на саміті G7?")).toMatch(/^Під час події «Саміт G7 в Апулії».*Японі/);
    expect(firstLine("Яка угода має найдовший строк?")).toMatch(/^Найдовший строк серед угод — 10 років/);
    expect(firstLine("скільки угод підписали наприкінці 2024 року")).toMatch(/^У період від вересня 2024 року до кінця грудня 2024 року підписано 2 угоди за офіційним підрахунком, 3 — разом з угодою з Хорватією/);
  });

  it("reads Ukrainian demonyms and adjectives as the partner", () => {
    expect(firstLine("хто підписав від поляків")).toMatch(/^8 липня 2024 року угоду з Польщею підписали/);
    expect(firstLine("коли підписали японську угоду")).toMatch(/^Безпекову угоду України з Японією підписано 13 червня 2024 року/);
  });

  it("answers whether a group signed with a yes or no, 'all' meaning every member", () => {
    expect(firstLine("чи всі країни G7 підписали")).toMatch(/^Так\. Усі країни G7/);
    expect(firstLine("did all EU members sign")).toMatch(/^No\. 21 of the EU member states have/);
  });

  it("reads 'lasts the longest' as the longest term, «скільки Бельгія виділила» as money, and «у жовтні 24-го» not as a place in the count", () => {
    expect(firstLine("which agreement lasts the longest")).toMatch(/^The longest term on record is 10 years/);
    expect(firstLine("скільки бельгія виділила на 2024")).toMatch(/^Суми в угоді з Бельгією.*977 млн євро/);
    expect(firstLine("шо підписали у жовтні 24-го")).not.toMatch(/24-му місці/);
  });

  it("reads «скільки обіцяє» as how much is promised, not as whether it signed", () => {
    expect(firstLine("скільки обіцяє португалія")).toMatch(/^Суми в угоді з Португалією.*126 млн євро/);
    expect(firstLine("how much money is portugal promising")).toBe("The money in the agreement with Portugal [1][2]: At least €126 million of military support in 2024, in money and in kind.");
  });
});

describe("places, people and money said of one agreement", () => {
  it("reads a capital said of its own partner's agreement as a claim, and corrects it", () => {
    expect(engine.answer("Did the US sign its agreement in Washington?").text).toMatch(/^No\. It was signed in Savelletri, Fasano, Apulia, Italy \(Masseria San Domenico\), not Washington\./);
    expect(firstLine("Why did Biden sign the agreement in Washington?")).toBe("It was signed in Savelletri, Fasano, Apulia, Italy (Masseria San Domenico), not Washington.");
    expect(engine.answer("Чому Байден підписав угоду у Вашингтоні?", { lang: "uk" }).text).toMatch(/^Угоду підписано не в Вашингтоні: місце підписання — Савеллетрі/);
    // Without its partner named otherwise, the capital still asks what was signed there.
    expect(firstLine("which agreements were signed in washington")).toBe("Agreements signed in Washington: Luxembourg (10 July 2024) [1] and Romania (11 July 2024) [2].");
    // Asked who signed there: each with its signatory.
    expect(firstLine("who signed the deal in kharkiv")).toBe("Agreements signed in Kharkiv: Netherlands (1 March 2024, signed by Mark Rutte) [1].");
    expect(engine.answer("хто підписав угоду в харкові", { lang: "uk" }).text).toMatch(/^Угоди, підписані у Харкові: Нідерланди \(1 березня 2024 року; Марк Рютте\) \[1\]\./);
  });

  it("reads a partner's capital where none was signed as a place, and a tag question as a yes/no", () => {
    expect(engine.answer("Frederiksen signed it in Copenhagen, right?").text).toMatch(/^No\. It was signed in Lviv, Ukraine, not Copenhagen\./);
    expect(engine.answer("Фредеріксен підписала в Копенгагені, так?", { lang: "uk" }).text).toMatch(/^Ні\. Угоду підписано не в Копенгагені: місце підписання — Львів, Україна\./);
    expect(engine.answer("Угода з Латвією підписана в Ризі?", { lang: "uk" }).text).toMatch(/^Ні\. Угоду підписано не в Ризі: місце підписання — Вільнюс, Литва\./);
    expect(firstLine("what was signed in copenhagen")).toBe("No agreement on record was signed in Copenhagen.");
    // A capital's forms are no typo target for common words: «у разі нападу» is "in case of an attack", not «у Ризі».
    expect(engine.answer("за скільки годин мають зустрітися США і Україна у разі нападу", { lang: "uk" }).text).not.toMatch(/Риз|Латві/);
    // "in the Polish agreement" names the agreement, not a place.
    expect(firstLine("what is the Ukrainian Legion in the Polish agreement")).not.toMatch(/signed in/);
  });

  it("answers a question about someone quoted who signed nothing with who did sign", () => {
    expect(engine.answer("did starmer sign the security agreement").text).toBe(
      "No. Keir Starmer is not among the signatories of the agreement with the United Kingdom.\nThe agreement with the United Kingdom was signed on 12 January 2024 by Volodymyr Zelenskyy (President of Ukraine) and Rishi Sunak (Prime Minister of the United Kingdom) [1][2].",
    );
    expect(engine.answer("чи підписав Стармер угоду", { lang: "uk" }).text).toMatch(/^Ні\. Кір Стармер не підписував угоду з Великою Британією\.\n.*Ріші Сунак/s);
    // What he did sign is another instrument, named as such.
    expect(firstLine("when did starmer sign the 100 year partnership")).toMatch(/16 January 2025/);
  });

  it("lists a place's signings in the period asked, and not when the question asks about someone", () => {
    expect(firstLine("what was signed in brussels in june 2024")).toBe("Agreements signed in Brussels in June 2024: European Union, Estonia and Lithuania (27 June 2024) [1][2][3].");
    expect(firstLine("what did President Pirc Musar sign in Kyiv")).toMatch(/Pirc Musar had announced she would sign/);
  });

  it("reads a question mark with no word asking what, when or who as a yes/no question", () => {
    expect(engine.answer("Румунія дає Patriot за угодою?", { lang: "uk" }).text).toMatch(/^Так\. Угода з Румунією стосується теми «ппо»/);
    expect(firstLine("japan signed in june 2024?")).toMatch(/^Yes\. Japan signed/);
    // A question word keeps it a question of that kind; a follow-up naming a new subject keeps what was asked.
    expect(engine.answer("коли підписала Канада?", { lang: "uk" }).text).toMatch(/^Безпекову угоду України з Канадою підписано 24 лютого 2024 року/);
  });

  it("knows a signatory by the name the Ukrainian translation writes", () => {
    expect(engine.answer("що підписав Туск", { lang: "uk" }).text).toMatch(/^Безпекову угоду України з Польщею підписано 8 липня 2024 року/);
    expect(engine.answer("Що підписав Рютте і де?", { lang: "uk" }).text).toMatch(/^Місце підписання угоди з Нідерландами — Харків/);
  });

  it("answers 'how much' with the commitments that name an amount, and only the notes on money", () => {
    const answer = engine.answer("how much money is germany giving");
    expect(answer.text).toMatch(/^The money in the agreement with Germany \[1\]\[2\]: German support for Ukraine worth more than €7 billion in 2024[^;]*\.\n/);
    expect(answer.text).not.toContain("24 hours");
    expect(answer.text).toContain("€1.1 billion");
    expect(firstLine("how much money does italy give")).toMatch(/^My sources name no amount for the agreement with Italy; its key commitments/);
  });
});

describe("words people use for what they ask", () => {
  it("reads idioms for signing, the occasion asked as a meeting, and «по порядку» as the place in the count", () => {
    expect(firstLine("who put pen to paper for spain")).toMatch(/^The agreement with Spain was signed on 27 May 2024 by Volodymyr Zelenskyy .* and Pedro Sánchez/);
    expect(firstLine("what was going on in stockholm when iceland signed?")).toContain("(Nordic–Ukrainian summit in Stockholm");
    expect(firstLine("greek agreement was signed during what meeting")).toContain("(Sidelines of the European Council summit in Brussels)");
    expect(engine.answer("якою по порядку була Португалія", { lang: "uk" }).text).toMatch(/^Угода з Португалією стоїть на 12-му місці/);
  });

  it("reads 'place in the order', «за офіційним рахунком» and «27-ма» as the place in the count", () => {
    expect(firstLine("sweden's place in the order?")).toMatch(/^The agreement with Sweden is the 13th in Ukraine's official count/);
    expect(engine.answer("Хорватія 27-ма за офіційним рахунком?", { lang: "uk" }).text).toMatch(/^Ні\. Її немає в офіційному підрахунку України; на 27-му місці в ньому угода з\s+Грецією/);
  });

  it("answers the longest or shortest gap between one signing day and the next, not the longest term", () => {
    const days = [...new Set(engine.dataset.agreements.map((agreement) => agreement.signed))].sort();
    const gaps = days.slice(1).map((day, index) => (Date.parse(day) - Date.parse(days[index] ?? day)) / 86_400_000);
    const longest = Math.max(...gaps);
    expect(firstLine("longest gap between two consecutive signings - how many days and between which")).toMatch(new RegExp(`^The longest gap between two signings was ${longest} days: `));
    expect(engine.answer("найдовша перерва між підписаннями угод", { lang: "uk" }).text).toMatch(new RegExp(`^Найдовша перерва між підписаннями — ${longest} днів: `));
    expect(firstLine("shortest gap between signings")).toMatch(new RegExp(`^The shortest gap between two signing days was ${Math.min(...gaps)} day`));
    expect(firstLine("which agreement has the longest term")).toMatch(/^The longest term on record/);
  });

  it("says a country named beside a partner has no agreement, instead of passing over it", () => {
    const both = engine.answer("when did hungary and poland sign");
    expect(both.text).toMatch(/^Poland signed its security agreement with Ukraine on 8 July 2024/);
    expect(both.text).toContain("No agreement with Hungary is on record");
    expect(both.unanswered).toEqual(["agreement:Hungary"]);
    // A country named as the place of a signing is no such country.
    expect(engine.answer("did albania sign in switzerland").text).not.toContain("No agreement with Switzerland");
  });

  it("gives the term and the text's termination clause when both are asked", () => {
    const both = engine.answer("на скільки років угода з ірландією і як її можна припинити", { lang: "uk" }).text;
    expect(both).toMatch(/^Угоду з Ірландією укладено на 10 років/);
    expect(both).toContain("6 місяців");
    // «за скільки треба попередити» asks how long ahead: the notice, not a count of agreements.
    expect(engine.answer("за скільки треба попередити, щоб вийти з угоди з німеччиною", { lang: "uk" }).text).toContain("щонайменше за 6 місяців");
    // How it is extended is the clause, in Ukrainian too, not a prediction.
    const extend = engine.answer("як продовжити угоду з литвою", { lang: "uk" });
    expect(extend.unanswered).toEqual([]);
    expect(extend.text).toContain("може бути продовжена");
    // The term asked beside a text's topic is given before the text.
    expect(engine.answer("how long is the danish agreement valid for and does it mention f-16s").text).toMatch(/^The agreement with Denmark was concluded for 10 years \[1\]\[2\]\.(.*\n)*On fighter jets, the agreement with Denmark says/);
    // What happens before it lapses is the clause too.
    expect(engine.answer("what does the dutch text say should happen before its validity ends").text).toContain("evaluate its effectiveness and necessity before it expires");
    // When ending it takes effect is the clause too.
    expect(firstLine("if the us wants out, when does termination take effect after notice")).toBe("On termination, the agreement with the United States says [1]:");
    // The term alone is the term, with no clause after it.
    expect(engine.answer("greek deal duration?").text).not.toContain("On termination");
    expect(engine.answer("When does the UK agreement expire?").text).not.toContain("On termination");
    // How it is extended is the text's clause too.
    expect(engine.answer("latvia agreement: validity and how do they extend it").text).toMatch(/^The agreement with Latvia was concluded for 10 years \[1\]\[2\]\.\nOn termination, the agreement with Latvia says \[3\]:\n6: .*jointly extend it/s);
  });

  it("reads Ukrainian demonyms in the instrumental, and finds a dated fact for a Ukrainian 'when' in the translation", () => {
    expect(engine.answer("коли підписали угоду з чехами", { lang: "uk" }).text).toMatch(/^Безпекову угоду України з Чехією підписано 18 липня 2024 року/);
    expect(engine.answer("коли Єрмак пішов у відставку", { lang: "uk" }).text).toContain("28 листопада 2025");
    // «очолює» (leads, now) is not «очолював» (led): who leads the talks now is Umerov, not Yermak.
    expect(engine.answer("хто тепер очолює переговорну делегацію після відставки Єрмака", { lang: "uk" }).text).toContain("Рустема Умєрова очільником української делегації");
    // "quit" is "resigned", as the fact says.
    expect(engine.answer("who took over ukraine's negotiating delegation after yermak quit").text).toContain("Zelenskyy named Rustem Umerov");
  });

  it("names the day of the week when asked, in either language", () => {
    expect(firstLine("which weekday was the japan agreement signed")).toMatch(/13 June 2024 was a Thursday\.$/);
    expect(engine.answer("в який день тижня підписали угоду з Канадою?", { lang: "uk" }).text).toMatch(/День тижня 24 лютого 2024 року — субота\.$/);
  });

  it("counts the days from the first agreement when the question names only one other", () => {
    expect(firstLine("how many days after the very first agreement did albania sign")).toMatch(/^375 days passed between the agreement with the United Kingdom \(12 January 2024\) \[1\] and the one with Albania/);
  });

  it("checks a place a 'why' takes for granted, though the question names the right one too", () => {
    expect(firstLine("why did rutte sign in kyiv and not kharkiv")).toBe("It was signed in Kharkiv, Ukraine, not Kyiv.");
  });

  it("checks Kyiv said as the place of a signing, though Kyiv is a word of the subject", () => {
    expect(firstLine("did slovenia sign in kyiv")).toBe("No. It was signed in Blenheim Palace, Woodstock (near Oxford), United Kingdom, not Kyiv.");
    expect(firstLine("did the uk sign in kyiv")).toMatch(/^Yes\./);
  });

  it("checks a claim that an agreement was the first or the latest, in either language", () => {
    expect(firstLine("was germany the first to sign")).toBe("No. The first was the agreement with the United Kingdom, on 12 January 2024.");
    expect(firstLine("was albania the last to sign")).toBe("Yes.");
    expect(engine.answer("чи була німеччина першою", { lang: "uk" }).text).toMatch(/^Ні\. Першою була угода з Великою Британією, 12 січня 2024 року\./);
    expect(firstLine("was denmark the first nordic country to sign")).toBe("Yes.");
  });

  it("checks an event said of a signing, and a date said with the agreement's own event", () => {
    expect(engine.answer("did poland sign at the nato summit").text).toMatch(/^No\. It was not signed at the NATO summit in Washington \(75th anniversary\)\.\nThe agreement with Poland was signed in Warsaw/);
    expect(firstLine("did romania sign at the nato summit")).toMatch(/^Yes\./);
    expect(firstLine("luxembourg signed on 11 july 2024 at the nato summit, correct?")).toBe("No. It was signed on 10 July 2024, not on 11 July 2024.");
    expect(engine.answer("чи підписала польща угоду на саміті нато", { lang: "uk" }).text).toMatch(/^Ні\. Її підписано не під час події «Саміт НАТО у Вашингтоні/);
  });

  it("answers why an agreement is not counted with the note on the count, in either language", () => {
    expect(engine.answer("why isn't croatia counted").text).toContain("had not joined the Vilnius declaration");
    expect(engine.answer("чому хорватію не рахують", { lang: "uk" }).text).toContain("не приєдналася до Вільнюської декларації");
  });

  it("corrects a place in the count given to an agreement outside it with the one that has that place", () => {
    expect(firstLine("croatia was the 27th agreement, yes?")).toBe("No. It is not in Ukraine's official count; the 27th agreement in the count is the one with Greece (17 October 2024).");
  });

  it("does not answer what is in an agreement that is not on record, and answers whether there is one", () => {
    expect(engine.answer("tell me about the agreement with hungary").status).toBe("no_answer");
    expect(engine.answer("has hungary signed").status).toBe("answered");
    // "the agreement" with a signing word asks whether there is one.
    expect(engine.answer("що з угорщиною, підписали угоду?", { lang: "uk" }).status).toBe("answered");
    // The details of one asked with a question mark and no question word: there are none to give.
    const details = engine.answer("china ukraine security pact details?");
    expect(details.status).toBe("no_answer");
    expect(details.text).toMatch(/^No agreement with China is on record/);
  });
});

describe("sums ranked", () => {
  it("ranks the sums for 2024 in euros and lists those in other currencies beside them, in either language", () => {
    const most = engine.answer("who pledged the most for 2024");
    expect(most.text).toMatch(/^Of the sums the agreements name for 2024 in euros, Germany names the largest: more than €7 billion \[1\]\. Then France \(up to €3 billion\) \[2\] and Netherlands \(€2 billion\) \[3\]\./);
    expect(most.text).toContain("In currencies my sources do not convert into euros: United Kingdom (£2.5 billion) [4]");
    expect(engine.answer("яка країна дала найбільше грошей на 2024 рік", { lang: "uk" }).text).toMatch(/^Серед сум на 2024 рік у євро найбільшу названо в угоді з Німеччиною: понад 7 млрд євро \[1\]/);
    expect(engine.answer("who gave the least money").text).toMatch(/^Of the sums the agreements name for 2024 in euros, Slovenia names the smallest: €5 million/);
  });

  it("ranks among the partners or the group asked about, with a sum converted by the sources, and says who names none", () => {
    expect(engine.answer("which pledged more, spain or belgium").text).toBe("Of the sums Spain and Belgium name for 2024 in euros, Spain names the largest: €1 billion [1]. Then Belgium (at least €977 million) [2].");
    const nordic = engine.answer("which nordic country gave the most money").text;
    expect(nordic).toMatch(/^Of the sums the Nordic countries name for 2024 in euros, Denmark names the largest: at least €1\.8 billion \[1\]\. Then Norway \(at least NOK 13\.5 billion, about €1\.2 billion\) \[2\]\./);
    expect(nordic).toContain("No separate sum for 2024 is on record for Finland and Sweden.");
  });

  it("answers whether one partner pledged the most with a yes or no, and says when no sum for the year is on record", () => {
    expect(engine.answer("did germany pledge the most").text).toMatch(/^Yes\. Of the sums/);
    expect(engine.answer("did spain pledge the most").text).toMatch(/^No\. .* The agreement with Spain names €1 billion \[4\]\./);
    const later = engine.answer("who pledged the most for 2025");
    expect(later.status).toBe("no_answer");
    expect(later.text).toBe("The sums the agreements name are for 2024; for 2025 my sources give none to compare.");
  });

  it("corrects a sum stated of an agreement with its sum for the year, and confirms one its commitments name", () => {
    expect(firstLine("belgium commits 2 billion euros for 2024 in the deal")).toBe("It names at least €977 million for 2024, not 2 billion euros.");
    expect(firstLine("the netherlands gives €3bn in 2024, right?")).toBe("No. It names €2 billion for 2024, not €3bn.");
    expect(engine.answer("чи бельгія дає 2 млрд євро", { lang: "uk" }).text).toMatch(/^Ні\. Вона називає щонайменше 977 млн євро на 2024 рік, а не 2 млрд євро\./);
    // The Danish fund's €8.5 billion is not its 2024 sum, but a commitment names it.
    expect(firstLine("denmark's fund is 8.5 billion right")).toBe("Yes.");
    expect(firstLine("norway gives 1.2 billion euros?")).toBe("Yes.");
  });

  it("answers how much of military aid an agreement commits with its sum, even when the question says 'in its agreement'", () => {
    expect(firstLine("how much military support does belgium commit to for 2024 in its agreement")).toBe("The money in the agreement with Belgium [1][2]: At least €977 million of military aid to Ukraine in 2024.");
  });

  it("ranks no sums for 'the most agreements' or 'more jets'", () => {
    expect(engine.answer("which country promised more jets").text).toMatch(/^14 agreement texts mention fighter jets/);
    expect(engine.answer("in which month were the most agreements signed").text).toMatch(/^The most agreements, 6, were signed in May 2024/);
  });
});

describe("whether an agreement still stands", () => {
  it("answers 'still in force' from the record and its notes on status, in either language", () => {
    const answer = engine.answer("is the US agreement still in force?");
    expect(answer.text).toMatch(/^My sources record nothing that ended the agreement with the United States: it was signed on 13 June 2024 for 10 years \[1\]\[2\]\.\nSources differ: .*No source reports a termination notice/s);
    expect(engine.answer("угода з США ще діє у 2025?", { lang: "uk" }).text).toMatch(/^Мої джерела не фіксують нічого, що припинило б угоду з США: її підписано 13 червня 2024 року на 10 років/);
    expect(engine.answer("is the italian agreement legally binding?").text).toContain("politically, not legally, binding");
    expect(engine.answer("has greece ratified its agreement").text).toMatch(/^My sources record nothing that ended the agreement with Greece, signed on 17 October 2024 with no fixed term.*still has to be ratified/s);
  });

  it("keeps notes on status out of a yes/no on signing, and reads a partner with the signing alone as one", () => {
    const answer = engine.answer("а америка підписала?", { lang: "uk" });
    expect(answer.text).toMatch(/^Так\. Україна підписала безпекову угоду з США 13 червня 2024 року/);
    expect(answer.text).not.toContain("Конгрес");
    expect(engine.answer("кто подписал угоду с Канадой", { lang: "uk" }).text).toMatch(/^24 лютого 2024 року угоду з Канадою підписали Володимир Зеленський .* та Джастін Трюдо/);
  });
});

describe("what an agreement is called", () => {
  it("answers the title, in either language, and reads no place from a building's name", () => {
    expect(firstLine("what's croatia's agreement called")).toBe("The agreement with Croatia is titled “Agreement on Long-Term Cooperation and Support between Ukraine and the Republic of Croatia” [1][2].");
    expect(firstLine("what is the official title of the japan agreement")).toMatch(/^The agreement with Japan is titled “Accord on Support for Ukraine/);
    expect(engine.answer("як називається угода з Польщею", { lang: "uk" }).text).toMatch(/^Угода з Польщею має назву «Угода про співробітництво у сфері безпеки між Україною та Республікою Польща»/);
  });
});

describe("answers that stay short", () => {
  it("lists agreements signed the same day together, each date with its year", () => {
    const text = firstLine("which countries have signed");
    expect(text).toContain("United Kingdom (12 January 2024) [1]; Germany and France (16 February 2024) [2][3]; Denmark (23 February 2024) [4];");
    expect(text).toContain("Greece (17 October 2024) [28]; Albania (21 January 2025) [29]. Ukraine's official count does not include the agreement with Croatia [");
    expect(text).not.toContain("Sources differ");
  });

  it("keeps a card to three commitments and the place in the count without how the sources count", () => {
    const text = engine.answer("tell me about the romania agreement").text;
    expect(text).toMatch(/\nKey commitments: Transfer of a Patriot air-defence system; [^;]+; Black Sea security cooperation[^;]*\.\nPlace in Ukraine's official count: 23rd\.\n/);
    expect(text).not.toContain("Obozrevatel");
  });
});

describe("the same day as a partner named", () => {
  it("lists the day's signings when one question names the partner and asks who else signed that day", () => {
    expect(engine.answer("on 13.06.2024 zelensky signed with biden... and who else that day").text).toMatch(/^Agreements signed on 13 June 2024: Japan \(signed by Fumio Kishida\) \[1\] and United States \(signed by Joseph R\. Biden\)/);
  });
});

describe("a partner's city or region", () => {
  it("answers which Ukrainian city or region a partner's text works with from its reconstruction provisions, that one first", () => {
    const [, first] = engine.answer("what ukrainian city does the italian text focus on").text.split("\n");
    expect(first).toContain("city and region of Odesa");
    expect(engine.answer("з яким містом співпрацює данія за угодою", { lang: "uk" }).text).toContain("Миколаєвом");
  });
});

describe("a partner's city or region asked in Ukrainian", () => {
  it("answers from the text's provisions when the question's words are the translation's, or a verb of support", () => {
    expect(engine.answer("яке місто україни албанія вважає містом особливого інтересу", { lang: "uk" }).text).toContain("вважає Харків, побратима Тирани, містом особливого інтересу");
    expect(engine.answer("яке місто підтримує данія", { lang: "uk" }).text).toContain("партнерство з Миколаєвом");
    expect(engine.answer("яку бойову машину піхоти згадує швеція в угоді", { lang: "uk" }).text).toContain("CV90");
  });
});

describe("an event that is not the partner's signing", () => {
  it("answers about the UK 100 Year Partnership, not with the date of the UK's security agreement", () => {
    expect(engine.answer("When was the UK 100 Year Partnership signed?").text).toMatch(/^On 16 January 2025 in Kyiv/);
    expect(engine.answer("рада ратифікувала 100-річну угоду з британією", { lang: "uk" }).text).toMatch(/^16 січня 2025 року в Києві/);
  });
});

describe("a country or a capital as a place", () => {
  it("checks a claim against the country the place is in, and names places as people write them", () => {
    expect(engine.answer("did romania sign in the usa").text).toMatch(/^Yes\. Romania signed a security agreement with Ukraine on 11 July 2024 in Washington/);
    expect(engine.answer("what was signed in the hague").text).toBe("No agreement on record was signed in The Hague.");
    const romania = engine.answer("Румунія підписала у Вашингтоні?", { lang: "uk" }).text;
    expect(romania).toMatch(/^Так\. Україна підписала безпекову угоду з Румунією 11 липня 2024 року/);
    expect(romania).not.toContain("з США");
  });
});

describe("a claim pasted to be checked", () => {
  it("neither confirms nor denies a name it does not know: it says who signed", () => {
    expect(engine.answer("did duda sign the polish agreement").text).toMatch(/^The agreement with Poland was signed on 8 July 2024 by Volodymyr Zelenskyy \(President of Ukraine\) and Donald Tusk/);
    expect(engine.answer("підписав Дуда польську угоду?", { lang: "uk" }).text).toContain("Дональд Туск");
  });

  it("answers a statement of who signed a partner's agreement as the yes/no it asks, in either language", () => {
    expect(engine.answer("starmer signed the uk agreement in 2024").text).toMatch(/^No\. Keir Starmer is not among the signatories of the agreement with the United Kingdom\./);
    expect(engine.answer("британську угоду 2024 року підписав стармер", { lang: "uk" }).text).toMatch(/^Ні\. Кір Стармер не підписував угоду з Великою Британією\./);
  });
});

describe("a whole group", () => {
  it("answers by what date all of a group had signed with the day the last of them did", () => {
    expect(engine.answer("by what date had the whole g7 signed").text).toMatch(/^All 7 of the G7 countries had signed by 13 June 2024, when the last of them signed: Japan and United States \(13 June 2024\)/);
    expect(engine.answer("коли всі країни G7 підписали угоди", { lang: "uk" }).text).toMatch(/^Усі країни G7 \(7\) підписали угоди станом на 13 червня 2024 року/);
  });
});

describe("words that are not typos", () => {
  it("says the Minsk agreements are not what it covers, in either language, instead of reading «мінські» as «фінські»", () => {
    expect(engine.answer("tell me about the Minsk agreements").text).toMatch(/not the Minsk agreements\.$/);
    const uk = engine.answer("розкажи про мінські угоди", { lang: "uk" });
    expect(uk.status).toBe("no_answer");
    expect(uk.text).toMatch(/а не Мінські угоди\.$/);
  });

  it("reads an office or a group's name as typed, not as a nearby corpus word", () => {
    expect(engine.answer("which belgian politician signed it").text).toContain("Alexander De Croo");
    expect(engine.answer("which taoiseach signed the irish deal").text).toContain("Simon Harris");
    expect(engine.answer("перша країна не з Європи, яка підписала", { lang: "uk" }).text).toMatch(/^Серед партнерів поза Європою першу угоду підписано з Канадою/);
  });

  it("keeps a Roman numeral and a person's name as typed", () => {
    expect(engine.answer("Що в розділі VIII угоди з Великою Британією?", { lang: "uk" }).text).toMatch(/^Розділ VIII угоди з Великою Британією/);
  });
});

describe("what the corpus cannot know", () => {
  it("lists the part it does not know in unanswered: a delivery asked beside a date, a term the sources do not give", () => {
    const romania = engine.answer("when did romania sign and did the patriot actually get there");
    expect(romania.unanswered).toEqual(["deliveries"]);
    expect(romania.text).toMatch(/^My sources record what the agreements pledge, not what has actually been delivered/);
    expect(engine.answer("who signed for greece and how long does it run").unanswered).toEqual(["duration"]);
    // The EU's text has no fixed term: that is known, not missing.
    expect(engine.answer("How long does the EU agreement last?").unanswered).toEqual([]);
  });

  it("says which part it cannot know when it is someone's view or a prediction, and answers the rest without pledges in its place", () => {
    const croatia = engine.answer("croatia agreement date and what does the croatian parliament say about it");
    expect(croatia.unanswered).toEqual(["views"]);
    // What someone thought in private is no view the sources record either.
    const uk = engine.answer("when did the uk sign and did sunak privately have doubts about it");
    expect(uk.unanswered).toEqual(["views"]);
    expect(uk.text).toContain("The United Kingdom signed its security agreement with Ukraine on 12 January 2024");
    expect(croatia.text).toContain("Croatia signed its security agreement with Ukraine on 9 October 2024");
    // Asked alone, a private view is not answered at all: no pledge stands in for it, nor, after "what weekday was it?", the date again.
    const tusk = engine.answer("what did tusk privately tell his cabinet about the polish agreement");
    expect(tusk.status).toBe("no_answer");
    expect(tusk.text).not.toContain("pledged");
    const weekday = engine.answer("what weekday was it", { conversation: engine.answer("who signed the poland agreement").conversation });
    expect(engine.answer("and what did tusk privately tell his cabinet about it afterwards", { conversation: weekday.conversation }).status).toBe("no_answer");
    // What follows the next elections is a prediction too, in either language.
    expect(engine.answer("а що буде з угодою після наступних виборів в албанії", { lang: "uk" }).unanswered).toEqual(["predictions"]);
    // «чи передадуть …» asks whether something will be handed over: the date asked beside it is still answered.
    const sweden = engine.answer("коли підписали угоду зі швецією і чи передадуть gripen до кінця року", { lang: "uk" });
    expect(sweden.unanswered).toEqual(["predictions"]);
    expect(sweden.text).toContain("31 травня 2024");
    expect(engine.answer("what will happen to the us deal after the next election").unanswered).toEqual(["predictions"]);
    expect(engine.answer("who signed for canada and did trudeau's team think the amount was enough").unanswered).toEqual(["views"]);
    expect(engine.answer("where was the finland deal signed and how did finnish voters react").unanswered).toEqual(["views"]);
    expect(engine.answer("which number was the ireland agreement, and will ireland sign a new one in 2027?").unanswered).toEqual(["predictions"]);
    expect(engine.answer("how much did canada promise for 2024 in the text, and did it all arrive?").unanswered).toEqual(["deliveries"]);
    const us = engine.answer("whats the us agreement's term and will trump honour it");
    expect(us.unanswered).toEqual(["predictions"]);
    expect(us.text).toContain("concluded for 10 years");
    expect(us.text).not.toContain("What my sources record instead");
  });

  it("says deliveries are not recorded instead of giving the pledge", () => {
    const answer = engine.answer("How many Patriot systems has Germany delivered under its agreement?");
    expect(answer.status).toBe("no_answer");
    expect(answer.unanswered).toEqual(["deliveries"]);
    expect(answer.text).not.toContain("€");
  });

  it("still answers the part it knows", () => {
    const answer = engine.answer("When did Germany sign, and how much has it delivered so far?");
    expect(answer.status).toBe("answered");
    expect(answer.text).toContain("16 February 2024");
    expect(answer.unanswered).toEqual(["deliveries"]);
  });

  it("then gives what the sources record instead, labelled as pledges", () => {
    const answer = engine.answer("How many F-16s has Belgium actually delivered so far?");
    const [gap, instead, pledge] = answer.text.split("\n");
    expect(gap).toMatch(/^My sources record what the agreements pledge, not what has actually been delivered/);
    expect(instead).toBe("What my sources record instead, as pledged in the agreement with Belgium:");
    expect(pledge).toContain("30 F-16");
    expect(answer.unanswered).toEqual(["deliveries"]);
  });

  it("answers the years of money it has and says which it does not have", () => {
    const answer = engine.answer("how much does luxembourg give in 2024 and how much in 2025");
    expect(answer.text).toMatch(/€80 million allocated for 2024\. My sources give no figures in 2025 for the agreement with Luxembourg/);
    expect(answer.unanswered).toContain("period:2025");
  });

  it("does not answer a year's money with another year's", () => {
    const answer = engine.answer("How much did France give Ukraine in 2025?");
    expect(answer.status).toBe("no_answer");
    expect(answer.text).not.toContain("€3 billion");
    expect(answer.unanswered).toEqual(["period"]);
  });

  it("reads a prediction as one", () => {
    expect(engine.answer("Will Trump cancel the US agreement?").unanswered).toEqual(["predictions"]);
    const sweden = engine.answer("when did sweden sign and will they actually send gripens in the end");
    expect(sweden.unanswered).toEqual(["predictions"]);
    expect(sweden.text).toContain("31 May 2024");
    expect(engine.answer("how long is the albania agreement valid and will albania's parliament actually ratify it").unanswered).toEqual(["predictions"]);
    expect(engine.answer("коли підписали з румунією і коли прийде наступний патріот", { lang: "uk" }).unanswered).toEqual(["predictions"]);
    expect(engine.answer("скільки норвегія пообіцяла на 2024 рік і скільки реально дійшло до ЗСУ", { lang: "uk" }).unanswered).toEqual(["deliveries"]);
  });

  it("answers what an event is when asked what it is about, not what was signed at it", () => {
    for (const question of ["what is the paris declaration from january 2026 about", "tell me about the paris declaration"]) {
      expect(engine.answer(question).text).toMatch(/^On 6 January 2026 the coalition of the willing and Ukraine adopted the Paris\s+Declaration/);
    }
  });

  it("answers the other part of a two-part question on its own after saying which part it cannot", () => {
    const answer = engine.answer("when was the paris declaration adopted and how many troops will the multinational force have");
    expect(answer.status).toBe("answered");
    expect(answer.unanswered).toContain("predictions");
    expect(answer.summary).toMatch(/^I can't predict/);
    expect(answer.text).toContain("On 6 January 2026");
    // With no other part, nothing but the sentence that it cannot.
    expect(engine.answer("how many troops will the multinational force have").status).toBe("no_answer");
  });

  it("reads whether a clause was ever used, and what money went on, as what the sources cannot know", () => {
    const used = engine.answer("what does the french deal say about consultations and did france ever have to use it");
    expect(used.unanswered).toEqual(["invocations"]);
    expect(used.text).toContain("24 hours");
    expect(engine.answer("скільки ірландія обіцяла на нелетальну допомогу у 2024 і на що конкретно пішли гроші", { lang: "uk" }).unanswered).toEqual(["payments"]);
  });

  it("keeps a pledge question a pledge question", () => {
    expect(engine.answer("how many f-16s will belgium deliver").unanswered).toEqual([]);
  });
});

describe("the agreement texts", () => {
  it("reads missiles as air defence and gives the provision that names them: Poland's on intercepting missiles over Ukraine", () => {
    expect(engine.answer("whats special about the poland agreement re missiles").text).toMatch(/intercept/i);
    expect(engine.answer("шо там про ракети над Україною в польській угоді", { lang: "uk" }).text).toContain("перехоплення в повітряному просторі України ракет");
  });

  it("answers yes with the section and a verbatim quote of the text", () => {
    const answer = engine.answer("Does the Latvian agreement mention demining?");
    expect(answer.text).toMatch(/^Yes\. The agreement with Latvia covers demining in section/);
    expect(answer.citations[0]?.id).toBe("text-latvia");
  });

  it("does not say yes to a number of a system the text does not give, in either language", () => {
    expect(firstLine("does romania's agreement give ukraine two patriot systems?")).toMatch(/^The agreement with Romania does not give the number two for Patriot; on air defence it says, in section 6 \[1\]: Romania will donate a PATRIOT system/);
    expect(engine.answer("румунія передає україні два патріоти за угодою?", { lang: "uk" }).text).toMatch(/^Угода з Румунією не називає числа «два» для /);
    // The provision that gives another number of them is the one quoted.
    expect(firstLine("belgium promised 50 f-16s right")).toMatch(/^The agreement with Belgium does not give the number 50 for F-16s; on fighter jets it says, in section 15 \[1\]: Belgium will deliver F-16s, with an estimated total of 30 aircraft by 2028/);
    // A system the text does not name is answered with the provision that shares the question's own words (a squadron).
    expect(firstLine("the poland text commits poland to hand over a squadron of f-16s right")).toMatch(/^No\. The agreement with Poland does not name F-16s; on fighter jets it says, in section III \[1\]: Having already supplied MiG-29s/);
    // The system without a number is a yes.
    expect(firstLine("does the romanian agreement give a patriot system?")).toMatch(/^Yes\. /);
  });

  it("answers no for a topic absent from a text read in full", () => {
    expect(firstLine("Does the Japanese agreement mention fighter jets?")).toMatch(/^No\. The agreement with Japan does not mention fighter jets in any section/);
  });

  it("says it has no text rather than guessing", () => {
    const answer = engine.answer("Does the Greek agreement mention demining?");
    expect(answer.status).toBe("no_answer");
    expect(answer.unanswered).toEqual(["text:greece"]);
  });

  it("answers from a partner's text by the question's own words when no topic, fact or field does", () => {
    const answer = engine.answer("does the danish agreement mention mykolaiv");
    expect(answer.text).toMatch(/^Yes\. The agreement with Denmark says this where it uses those words \[1\]:\n33–34: Denmark will continue its partnership with the city and region of Mykolaiv/);
    expect(answer.citations[0]?.id).toBe("text-denmark");
    // A question that names a partner but not its agreement is not answered from the text.
    expect(firstLine("at what level do the us and ukraine meet after a new attack")).toBe("The agreement with the United States says this where it uses those words [1]:");
    expect(engine.answer("what time is it in tokyo").status).toBe("no_answer");
    expect(engine.answer("what is the population of japan these days").status).toBe("no_answer");
  });

  it("gives no yes to a word its text has only negated: lethal aid of a text that says non-lethal", () => {
    expect(firstLine("Does the Irish agreement commit Ireland to lethal military aid?")).toBe("On military aid, the agreement with Ireland says [1]:");
    expect(engine.answer("угода з ірландією передбачає постачання летальної зброї?", { lang: "uk" }).text).toMatch(/^Ось що угода з Ірландією каже про тему «військова допомога» \[1\]:\n(.*\n)*.*нелетальн/);
    // The question's own "non-lethal" is the word the text has: yes.
    expect(firstLine("Does the Irish agreement commit Ireland to non-lethal military aid?")).toMatch(/^Yes\. The agreement with Ireland covers military aid/);
  });

  it("says yes only when one provision holds every word asked, and reads what a country 'says' in its text", () => {
    // The provision has the sum and the year but says "military support", not reconstruction: no yes.
    expect(firstLine("the belgian text says the 977 million in 2024 is for reconstruction, right?")).toBe("The agreement with Belgium says this where it uses those words [1]:");
    expect(firstLine("does the poland agreement say anything about mig-29s")).toBe("Yes. The agreement with Poland says this where it uses those words [1]:");
    // A country that "says" something, with no person named, speaks through its text, not a press release's quote.
    expect(engine.answer("which udcg coalition does ireland say it will explore joining").text).toMatch(/Luxembourg- and Estonia-led IT coalition/);
  });

  it("lists the agreements that mention a topic: a few with their sections, many by name only", () => {
    expect(firstLine("Which agreements mention frozen Russian assets?")).toMatch(/^28 agreement texts mention frozen assets: United Kingdom \[1\], Germany \[2\], France \[3\]/);
    expect(firstLine("which nordic agreements mention demining")).toMatch(/^5 agreement texts mention demining: Denmark \(section 18 b\)–c\) and 35\) \[1\], Finland \(section/);
  });

  it("puts the provision with the question's own words first, and reads 'walk away' as termination, not 'did it sign'", () => {
    const notice = engine.answer("how much notice do you need to get out of the dutch agreement").text.split("\n");
    expect(notice[1]).toMatch(/^14\.5–7: .*terminated at any time on 3 months' written notice/);
    const walk = engine.answer("can the us just walk away from the bilateral security agreement? how").text;
    expect(walk).toMatch(/^Yes\. The agreement with the United States covers termination in section XI \[1\]: Either party may terminate by written notice through diplomatic channels, effective 6 months later/);
    expect(walk.split("\n")).toHaveLength(3);
  });

  it("lists the texts without a topic when asked which have none", () => {
    expect(firstLine("which agreements do not mention F-16s")).toMatch(/^14 of the 28 agreement texts I hold do not mention fighter jets: United Kingdom \[1\], Germany \[2\]/);
    expect(firstLine("Which agreements have no termination clause?")).toBe("All 28 agreement texts I hold mention termination. I don't have the agreement text for Greece.");
    expect(engine.answer("Які угоди не мають пункту про припинення дії?", { lang: "uk" }).text).toMatch(/^Тему «припинення» згадують усі 28 текстів угод, які я маю\./);
  });
});

describe("fillers, occasions and ordinal endings", () => {
  const uk = (question: string) => engine.answer(question, { lang: "uk" }).text.split("\n")[0] ?? "";

  it("reads 'exact', 'back in' and «точна» as fillers, not as something else asked", () => {
    expect(firstLine("the albanian one at davos, exact date")).toContain("21 January 2025");
    expect(firstLine("greece signed in athens back in 2023 didnt it")).toBe("It was signed in Brussels, Belgium, not Athens. It was signed on 17 October 2024, not in 2023.");
    expect(uk("точна дата угоди з албанією")).toContain("21 січня 2025 року");
  });

  it("lists what was signed at an occasion asked with no question word, and searches where nothing was", () => {
    expect(firstLine("what was signed on the 2nd anniversary of the invasion")).toBe("At the second anniversary of Russia's full-scale invasion (24 February 2024, Kyiv, Ukraine), Ukraine signed agreements with Italy and Canada (24 February 2024) [1][2].");
    expect(uk("що підписали на північному саміті")).toMatch(/^Під час події «Саміт «Україна — Північна Європа» у Стокгольмі».*Швеція, Ісландія та Норвегія/);
    expect(engine.answer("what was signed at the paris summit of the coalition of the willing").intent).toBe("search");
  });

  it("reads «28-м» as a position and «11-го липня» as a date", () => {
    expect(uk("хто був 28-м")).toContain("На 28-му місці в офіційному підрахунку України — угода з Албанією");
    expect(uk("що підписали 11-го липня 2024")).toMatch(/^Угоди, підписані у липні 2024 року: Польща/);
  });

  it("says it gives no opinion, or has no record of deliveries, before the part it can answer", () => {
    const opinion = engine.answer("when did the uk sign and is it better than nato membership in ur opinion");
    expect(opinion.text).toMatch(/^I don't give opinions;.*\nThe United Kingdom signed its security agreement with Ukraine on 12 January 2024/);
    expect(uk("хто підписав з естонією і скільки естонія реально передала у 2025")).toMatch(/^Мої джерела фіксують, що угоди обіцяють, а не що вже фактично передано/);
  });
});

describe("a length of time the question states", () => {
  it("is corrected from the text when the text gives another figure, and confirmed when it gives the same", () => {
    expect(firstLine("the netherlands deal can be cancelled with six months notice right")).toBe("No: the agreement with the Netherlands says 3 months, not 6 months (section 14.5–7) [1].");
    expect(engine.answer("the netherlands deal can be cancelled with six months notice right").text.split("\n")[1]).toMatch(/^14\.5–7: .*terminated at any time on 3 months' written notice/);
    expect(firstLine("germany can end it with six months notice, right")).toMatch(/^Yes\. The agreement with Germany covers termination in section VIII\.5 \[1\]: .*at least 6 months in advance/);
    expect(engine.answer("угода з нідерландами розривається за 6 місяців, так", { lang: "uk" }).text).toMatch(/^Ні: в угоді з Нідерландами — 3 місяці, а не 6 місяців \(розд\. 14\.5–7\) \[1\]\./);
  });
});

describe("demonyms, occasions and agreements not on record", () => {
  it("reads plural demonyms as partners", () => {
    expect(firstLine("when did the danes sign theirs")).toMatch(/^Denmark signed its security agreement with Ukraine on 23 February 2024/);
    expect(firstLine("where did the finns sign")).toMatch(/^The agreement with Finland was signed in Kyiv, Ukraine on 3 April 2024/);
  });

  it("answers 'what event', 'which summit', «на якому саміті» with the occasion of the signing", () => {
    expect(firstLine("what event was latvia's signed at")).toContain("(Margins of the Three Seas Initiative summit in Vilnius");
    expect(engine.answer("на якому саміті підписала латвія", { lang: "uk" }).text).toMatch(/^Місце підписання угоди з Латвією — Вільнюс, Литва; угоду підписано 11 квітня 2024 року \(у кулуарах саміту Ініціативи трьох морів/);
  });

  it("does not answer a date or signatory of an agreement not on record, and says there is none", () => {
    const when = engine.answer("when did hungary sign its security agreemnt");
    expect(when.status).toBe("no_answer");
    expect(when.text).toMatch(/^No agreement with Hungary is on record as of 27 February 2026/);
    expect(engine.answer("has hungary signed").status).toBe("answered");
  });
});

describe("half-answerable questions as people type them", () => {
  const uk = (question: string) => engine.answer(question, { lang: "uk" }).text;

  it("reads 'was it all spent', 'when will they arrive', «долетіли», «чи дасть» as what the sources cannot know", () => {
    expect(firstLine("how much did ireland commit in non-lethal military support for 2024, and was it all spent")).toMatch(/^My sources record the amounts pledged, not what has actually been paid out/);
    const arrive = engine.answer("what does the norway deal say about f-16s and when will they arrive");
    expect(arrive.text).toMatch(/^I can't predict what will happen;.*\nWhat my sources record instead, as pledged in the agreement with Norway:\n.*F-16s/);
    expect(arrive.text).not.toContain("signed its security agreement");
    expect(uk("скільки бельгія обіцяла на 2024 і чи всі f-16 вже долетіли")).toMatch(/^Мої джерела фіксують, що угоди обіцяють, а не що вже фактично передано.*977 млн євро/s);
    expect(uk("скільки люксембург надав у 2023 і чи дасть стільки ж у 2030")).toMatch(/^Я не роблю прогнозів.*96 млн євро у 2023 році/s);
    expect(uk("що каже угода з сша про f-16 і коли вони прилетять")).toMatch(/^Я не роблю прогнозів/);
    expect(firstLine("Did Romania actually deliver the Patriot system?")).toMatch(/^My sources record what the agreements pledge, not what has actually been delivered/);
    expect(firstLine("did japan actually sign")).toMatch(/^Yes\. Japan signed a security agreement with Ukraine on 13 June 2024/);
  });

  it("reads the masculine «виділив» as asking the amounts", () => {
    expect(uk("скільки люксембург виділив на 2024")).toMatch(/^Суми в угоді з Люксембургом \[1\]\[2\]: .*на 2024 рік виділено 80 млн євро/);
  });
});

describe("a day named without its year", () => {
  it("corrects a wrong day of a signing, with or without the year", () => {
    expect(firstLine("did luxembourg sign on 11 july 2024")).toBe("No. It was signed on 10 July 2024, not on 11 July 2024.");
    expect(firstLine("luxembourg signed on 11 july right")).toBe("No. It was signed on 10 July 2024, not on 11 July.");
    expect(firstLine("did germany sign on 17 february 2024")).toBe("No. It was signed on 16 February 2024, not on 17 February 2024.");
    expect(engine.answer("чому люксембург підписав 11 липня", { lang: "uk" }).text).toMatch(/^Угоду підписано 10 липня 2024 року, а не 11 липня\./);
  });

  it("lists what was signed on that day, reading 'june 13' as a day and not as 2013", () => {
    expect(firstLine("what was signed on june 13")).toBe("Agreements signed on 13 June: Japan and United States (13 June 2024) [1][2]. All were signed at the G7 summit in Apulia [1].");
    expect(engine.answer("що підписали 13 червня", { lang: "uk" }).text).toMatch(/^Угоди, підписані 13 червня: Японія та США \(13 червня 2024 року\)/);
  });
});

describe("words for a term and Ukrainian demonyms in their cases", () => {
  it("reads 'end date' and 'fixed expiry date' as the term, not the signing date", () => {
    expect(firstLine("does the us agreement have an end date")).toMatch(/^The agreement with the United States was concluded for 10 years/);
    expect(firstLine("does the eu one have a fixed expiry date")).toMatch(/^The sources give no fixed term for the agreement with the European Union/);
  });

  it("reads «з фінами», «з японцями» as the partners", () => {
    expect(engine.answer("в який день підписали з фінами", { lang: "uk" }).text).toMatch(/^Безпекову угоду України з Фінляндією підписано 3 квітня 2024 року/);
  });
});

describe("a place asked of the text, not of the signing", () => {
  it("answers from a text's words with no word for the agreement only where one provision holds them all, and without a yes", () => {
    const latvia = engine.answer("which coalition does latvia lead");
    expect(latvia.text).toMatch(/^The agreement with Latvia says this where it uses those words \[1\]:\n(.*\n)*.*leads the Drone Coalition/);
    expect(engine.answer("what time is it in tokyo").status).toBe("no_answer");
    // A delivery asked as a yes/no is not a yes because the text names the squadron.
    const poland = engine.answer("Did Poland hand over the MiG-29 squadron yet?");
    expect(poland.unanswered).toEqual(["deliveries"]);
    expect(poland.text).not.toMatch(/^Yes/);
  });

  it("answers 'which city is Denmark helping rebuild' from the text, and 'which city' alone with the signing place", () => {
    expect(engine.answer("which city is denmark helping rebuild").text).toMatch(/^On reconstruction, the agreement with Denmark says \[1\]:\n(.*\n)*.*city and region of Mykolaiv/);
    expect(firstLine("spain's agreement - which city")).toMatch(/^The agreement with Spain was signed in Madrid/);
  });
});

describe("questions set 10's hold-out asked", () => {
  it("reads a group alone with a superlative, 'which calendar month', and the occasion asked as 'on the sidelines of what'", () => {
    expect(firstLine("benelux - which one was first")).toBe("Of the Benelux countries, the Netherlands signed first.");
    expect(firstLine("which calendar month saw the most signings")).toMatch(/^The most agreements, \d+, were signed in /);
    expect(firstLine("albania signed on the sidelines of what")).toMatch(/^The agreement with Albania was signed in Davos, Switzerland on 21 January 2025 \(Sidelines of the World Economic Forum/);
    expect(engine.answer("під час чого підписали угоду з люксембургом", { lang: "uk" }).text).toMatch(/^Місце підписання угоди з Люксембургом — Вашингтон .*саміті НАТО/s);
  });
});

describe("Ukrainian words the corpus has only in English", () => {
  it("reads «план дій», «нейтральність» as the words the English records use", () => {
    expect(engine.answer("коли канада з україною підписали план дій на виконання безпекової угоди", { lang: "uk" }).text).toMatch(/^24 серпня 2025 року в Києві Зеленський і премʼєр-міністр Канади Марк Карні підписали План дій/);
    expect(engine.answer("чи згадує ірландія свою військову нейтральність в угоді", { lang: "uk" }).text).toContain("нейтралітет");
  });
});

describe("money asked for a year and the term asked as an end", () => {
  const uk = (question: string) => engine.answer(question, { lang: "uk" }).text;

  it("answers a year the agreement names no figure for from a later pledge on record, or says none is recorded", () => {
    expect(uk("скільки Німеччина дасть у 2026")).toMatch(/^14 листопада 2025 року бюджетний комітет Бундестагу схвалив бюджет Німеччини на 2026 рік, який передбачає 11,5 млрд євро/);
    // The Bundestag names Germany.
    expect(firstLine("how much did the bundestag budget committee set aside for ukraine in 2026")).toMatch(/^On 14 November 2025 the Bundestag's budget committee approved Germany's 2026 budget with €11.5 billion/);
    const france = engine.answer("скільки франція дала у 2025", { lang: "uk" });
    expect(france.status).toBe("no_answer");
    expect(france.text).toMatch(/^Мої джерела не наводять даних у 2025 році щодо угоди з Францією/);
  });

  it("reads «скільки Ірландія дасть» as the amounts, and «до якого року діє» as the term, not the signing date", () => {
    expect(uk("Скільки Ірландія дасть за угодою?")).toMatch(/^Суми в угоді з Ірландією \[1\]\[2\]: У 2024 році — додаткові 128 млн євро/);
    expect(uk("До якого року діє угода з США?")).toMatch(/^Угоду з США укладено на 10 років \[1\]\[2\]\..* Від дня підписання 10 років спливають 13 червня 2034 року\./s);
  });
});

describe("which texts give a length of time", () => {
  it("lists the texts whose provisions on the topic give it in the question's own words", () => {
    expect(firstLine("Which agreement can be terminated on three months' notice?")).toBe("Texts that give 3 months on termination (1 agreement text): Netherlands (section 14.5–7) [1]. I don't have the agreement text for Greece.");
    const six = firstLine("which agreements can be ended with 6 months notice");
    expect(six).toMatch(/^Texts that give 6 months on termination \(24 agreement texts\): United Kingdom \[1\], Germany \[2\]/);
    // Sweden's 6 months are a deadline to extend it, not notice to end it.
    expect(six).not.toContain("Sweden");
    expect(engine.answer("яку угоду можна розірвати за 3 місяці", { lang: "uk" }).text).toMatch(/^Тексти, що дають 3 місяці на тему «припинення» \(1 текст угоди\): Нідерланди \(розд\. 14\.5–7\)/);
  });
});

describe("Ukrainian words for an attack and the consultations after it", () => {
  it("reads «у разі нападу», «знову нападе», «зустрітися» as the consultations topic", () => {
    expect(engine.answer("за скільки годин мають зустрітися США і Україна у разі нападу", { lang: "uk" }).text).toMatch(/^Ось що угода з США каже про тему «консультації» \[1\]:/);
    expect(engine.answer("що буде якщо рф знову нападе, за угодою з канадою", { lang: "uk" }).text).toMatch(/^Ось що угода з Канадою каже про тему «консультації» \[1\]:/);
  });
});

describe("signings outside a place", () => {
  const inUkraine = () => engine.dataset.agreements.filter((agreement) => agreement.place.includes("Ukraine"));
  it("counts the signings outside Ukraine however the question says abroad", () => {
    const abroad = engine.dataset.agreements.filter((agreement) => !agreement.place.includes("Ukraine"));
    // The official count's figure comes first; the total with the agreement it leaves out (Croatia's, signed in Dubrovnik) after it.
    const counted = abroad.filter((agreement) => agreement.inOfficialCount).length;
    for (const question of ["how many were signed abroad", "how many were signed outside ukraine", "how many agreements were signed not in ukraine"]) {
      expect(firstLine(question)).toMatch(new RegExp(`^${counted} agreements were signed outside Ukraine that Ukraine's official count includes, ${abroad.length} with the agreement with Croatia, which it leaves out \\[1\\]: Germany and France \\(16 February 2024\\) \\[2\\]\\[3\\]`));
    }
    for (const question of ["скільки угод підписано за кордоном", "скільки угод укладено за межами України?"]) {
      expect(engine.answer(question, { lang: "uk" }).text).toMatch(new RegExp(`^За межами України підписано ${counted} угоду за офіційним підрахунком, ${abroad.length} — разом з\\s+угодою з Хорватією`));
    }
    expect(engine.answer("які угоди підписали не в Україні", { lang: "uk" }).text).toMatch(/^Угоди, підписані за межами України: Німеччина та Франція/);
  });
  it("reads 'on Ukrainian soil', «на українській землі» as signed in Ukraine", () => {
    const home = engine.dataset.agreements.filter((agreement) => agreement.place.includes("Ukraine")).length;
    expect(firstLine("how many agreements were signed on ukrainian soil")).toMatch(new RegExp(`^${home} agreements were signed in Ukraine: `));
    expect(engine.answer("скільки угод підписали на українській землі", { lang: "uk" }).text).toMatch(new RegExp(`^У Україні підписано ${home} угод`));
  });

  it("gives both counts when the question asks in Ukraine and abroad, and a place outside any other place as typed", () => {
    const both = engine.answer("how many agreements were signed inside ukraine itself, not abroad").text.split("\n");
    expect(both[0]).toMatch(new RegExp(`^${inUkraine().length} agreements were signed in Ukraine: United Kingdom`));
    expect(both[1]).toMatch(/agreements were signed outside Ukraine that Ukraine's official count includes, \d+ with the agreement with Croatia/);
    // A partner's capital after "outside" is that place; a group named with it keeps the list to its members.
    expect(firstLine("which nordic countries signed outside stockholm")).toMatch(/^Agreements signed outside Stockholm: Denmark \(23 February 2024\) \[1\] and Finland/);
    expect(engine.answer("які північні країни підписували не в стокгольмі", { lang: "uk" }).text).toMatch(/^Угоди, підписані не в Стокгольмі: Данія .* та Фінляндія/);
    const outsideKyiv = firstLine("which were signed outside kyiv");
    expect(outsideKyiv).toMatch(/^Agreements signed outside Kyiv: Germany and France \(16 February 2024\) \[1\]\[2\]; Denmark/);
    expect(outsideKyiv).not.toContain("United Kingdom");
  });
  it("reads a negated place of one partner's agreement as the question whether it was signed there", () => {
    expect(firstLine("was denmark's agreement not signed in lviv?")).toMatch(/^Yes\. Denmark signed .* in Lviv, Ukraine/);
  });
});

describe("an occasion with no event of its own", () => {
  it("lists the signings whose occasion the sources describe in the question's words", () => {
    expect(firstLine("what got signed at the world economic forum")).toBe("Signed there, as my sources describe the occasions: Albania (21 January 2025; Sidelines of the World Economic Forum in Davos) [1].");
    expect(firstLine("anything signed at the three seas summit")).toMatch(/^Signed there, as my sources describe the occasions: Latvia \(11 April 2024; Margins of the Three Seas Initiative summit in Vilnius/);
  });

  it("does not pick an occasion by one word, nor one the question does not name wholly", () => {
    expect(firstLine("what was signed at a summit")).not.toMatch(/as my sources describe the occasions/);
    expect(firstLine("what got signed at the world economic summit in january")).not.toMatch(/as my sources describe the occasions/);
  });
});

describe("an event named with its place", () => {
  it("reads the nearest signing before the summit, its city naming the summit and not a partner", () => {
    for (const question of ["which agreement was signed right before the nato summit in washington", "which agreement did zelensky sign right before the nato summit in washington"]) {
      expect(firstLine(question)).toBe("Of the agreements signed before 9 July 2024, the last was signed by Poland.");
    }
  });
});

describe("signings filtered by the signatory's office", () => {
  const heldBy = (office: string) => engine.dataset.agreements.filter((agreement) => agreement.signatories.some((signatory) => signatory.side === "partner" && signatory.office === office));
  it("lists the heads of state who signed, leaving out prime ministers and naming the EU's presidents apart", () => {
    const [list, institutions] = engine.answer("which were signed by presidents not prime ministers").text.split("\n");
    expect(list).toMatch(new RegExp(`^Signed for the partner by presidents \\(${heldBy("president").length} agreements\\): France \\(Emmanuel Macron, 16 February 2024\\) \\[1\\]`));
    expect(list).not.toContain("Meloni");
    expect(institutions).toMatch(/^Not included: European Union \(Charles Michel and Ursula von der Leyen/);
    expect(engine.answer("перелічи угоди, які підписали президенти, а не прем’єри", { lang: "uk" }).text).toMatch(/^З боку партнера підписали президенти \(6 угод\): Франція \(Емманюель Макрон/);
  });
  it("reads 'not by a prime minister' as every other office, and an office not said of a signing as no filter", () => {
    expect(firstLine("how many were not signed by a prime minister")).toMatch(/^Signed for the partner by someone other than prime ministers \(8 agreements\): Germany \(Olaf Scholz/);
    expect(engine.answer("Яка зарплата у президента?", { lang: "uk" }).status).toBe("no_answer");
  });
});

describe("two agreements' terms set against each other", () => {
  it("answers 'is X longer than Y' with No when both run the same term, in English and Ukrainian", () => {
    const lines = engine.answer("is the us deal longer than the uk one").text.split("\n");
    expect(lines[1]).toMatch(/^Term: United States — 10 years \[\d\]; United Kingdom — 10 years \[\d\]\.$/);
    expect(lines[2]).toBe("No. They run the same term: 10 years each.");
    expect(engine.answer("угода зі США довша за британську?", { lang: "uk" }).text.split("\n")[2]).toBe("Ні. Строк у них однаковий: 10 років.");
  });
  it("names the longer one, says Yes when it is the one asked about, and does not compare an open term", () => {
    // The same corpus with Norway's term shortened, so the two terms differ.
    const dataset = { ...engine.dataset, agreements: engine.dataset.agreements.map((agreement) => (agreement.partner === "Norway" ? { ...agreement, durationYears: 5 } : agreement)) };
    const shortened = createEngine(dataset);
    expect(shortened.answer("which lasts longer, Norway's or Japan's?").text.split("\n")[2]).toBe("The agreement with Japan runs longer: 10 years.");
    expect(shortened.answer("is the norway agreement shorter than the japanese one").text.split("\n")[2]).toBe("Yes. The agreement with Norway runs the shorter term: 5 years.");
    expect(engine.answer("is the EU agreement longer than the greek one").text).toContain("Without a fixed term on record for the European Union and Greece, the terms cannot be set against each other.");
  });
});

describe("the earlier or later of partners named", () => {
  it("picks the first or the last of them, in either language", () => {
    expect(engine.answer("portugal or spain - which got there earlier").text).toMatch(/^Of Spain and Portugal, Spain signed first\.\nSpain signed its security agreement with Ukraine on 27 May 2024/);
    expect(engine.answer("which was signed later, the czech one or the latvian one").text).toMatch(/^Of Latvia and Czechia, Czechia signed most recently\./);
    expect(engine.answer("яка угода пізніша — чеська чи латвійська", { lang: "uk" }).text).toMatch(/^Останньою з цих угод \(Латвія та Чехія\) підписано угоду з Чехією\./);
  });

  it("leaves a comparison, a count of days and a term to their own answers", () => {
    expect(engine.answer("which came first, the danish or the dutch agreement, and by how many days").text).toContain("7 days");
    expect(engine.answer("japan vs us agreement: who signed and which came first?").text).toContain("Kishida");
  });
});

describe("what Ukraine had in a period", () => {
  it("counts what Ukraine had by the period's end, while 'how many were signed' still counts that period's signings", () => {
    expect(firstLine("how many agreements did ukraine have in mid june 2024")).toMatch(/^By 20 June 2024, Ukraine had signed 17 agreements/);
    expect(firstLine("how many agreements were signed in mid june 2024")).toMatch(/^2 agreements were signed between 11 June 2024 and 20 June 2024/);
    expect(engine.answer("скільки угод мала україна в середині червня 2024", { lang: "uk" }).text).toMatch(/^До 20 червня 2024 року включно Україна підписала 17 угод/);
  });
});

describe("a signatory and a city asked in few words", () => {
  it("reads 'who put his name on it' as who signed and 'the agreement city' as where, not as the text's cities", () => {
    expect(firstLine("who put his name on it for greece")).toMatch(/^The agreement with Greece was signed on 17 October 2024 by Volodymyr Zelenskyy/);
    expect(firstLine("the portuguese agreement city")).toMatch(/^The agreement with Portugal was signed in Lisbon/);
  });
});

describe("the occasion a signing was timed to", () => {
  it("reads 'timed around which anniversary' and «до якої річниці приурочили» as the occasion of the signing", () => {
    expect(firstLine("the danish deal was timed around which anniversary?")).toMatch(/^The agreement with Denmark was signed in Lviv, Ukraine on 23 February 2024 \(.*second anniversary/);
    expect(engine.answer("до якої річниці приурочили підписання угоди з Данією?", { lang: "uk" }).text).toMatch(/^Місце підписання угоди з Данією — Львів, Україна; угоду підписано 23 лютого 2024 року \(.*другої річниці/s);
    expect(firstLine("the poland deal was signed on the eve of which summit")).toMatch(/^The agreement with Poland was signed in Warsaw.*on 8 July 2024 \(.*on the eve of the NATO summit in Washington/);
    expect(engine.answer("угоду з Польщею підписали напередодні якого саміту?", { lang: "uk" }).text).toMatch(/^Місце підписання угоди з Польщею — Варшава.*8 липня 2024 року \(.*напередодні саміту НАТО/s);
  });
});

describe("questions set 11 asked", () => {
  const uk = (question: string) => engine.answer(question, { lang: "uk" }).text;

  it("reads 'G7' after a word asking for members as the group, elsewhere as the summit", () => {
    expect(firstLine("who from the g7 signed first")).toBe("Of the G7 countries, the United Kingdom signed first.");
    expect(uk("хто з великої сімки підписав першим").split("\n")[0]).toBe("Серед країн G7 першу угоду підписано з Великою Британією.");
    expect(firstLine("what was signed at the g7")).toMatch(/^At the G7 summit in Apulia/);
  });

  it("knows more ways to ask the place, the signer and the busiest day", () => {
    expect(firstLine("place of signature for the japan accord?")).toMatch(/^The agreement with Japan was signed in Apulia/);
    expect(engine.answer("who put his name on the swedish agreement").text).toMatch(/Ulf Kristersson/);
    expect(firstLine("busiest single day for signings?")).toMatch(/^The most agreements signed on one day, 3, were signed on 31 May 2024 and on 27/);
  });

  it("says a clause's use in practice is not recorded, and answers the rest", () => {
    const poland = engine.answer("poland deal date + has poland ever shot down a russian missile over ukraine under it");
    expect(poland.unanswered).toEqual(["invocations"]);
    expect(poland.text).toMatch(/8 July 2024/);
    expect(engine.answer("has the first belgian jet already flown a combat mission over ukraine?").unanswered).toEqual(["deliveries"]);
  });

  it("ranks first the provision on the year or the coalition asked", () => {
    expect(uk("бюджет фінляндії на розвиток і гуманітарку на 2024-2028 за угодою?")).toMatch(/^Так\. Угода з Фінляндією стосується теми «гуманітарна» \(розд\. 70–71\)(.*\n)*.*290 млн євро/);
    expect(uk("скільки естонія виділяє на розвиток і гуманітарку на 2024–2027 за угодою")).toMatch(/^Ось що угода з Естонією каже про тему «гуманітарна» \[1\]:\nPart IV: Естонія виділить 56 млн євро/);
    expect(firstLine("does the ireland deal put ireland into the it coalition?")).toMatch(/^Yes\. The agreement with Ireland covers cyber in section IV\.24/);
    expect(uk("яку коаліцію співочолює люксембург за своєю угодою")).toMatch(/співлідером ІТ-коаліції/);
  });

  it("answers who signed an event's own document from its fact, 'when was that?' with the event, and says when none of the agreements was signed at one", () => {
    const britain = engine.answer("хто підписав угоду з британією", { lang: "uk" });
    const partnership = engine.answer("а 100-річне партнерство хто підписав?", { lang: "uk", conversation: britain.conversation });
    expect(partnership.text).toMatch(/^16 січня 2025 року в Києві Кір Стармер і Зеленський підписали/);
    expect(partnership.citations.length).toBeGreaterThan(0);
    expect(engine.answer("коли це було", { lang: "uk", conversation: partnership.conversation }).text).toMatch(/відбулася 16 січня 2025 року \(Київ, Україна\)/);
    const summit = engine.answer("what was signed at the london summit");
    expect(summit.text).toMatch(/^None of the security agreements on record was signed at this event: London summit that started the coalition of the willing, 2 March 2025, London, United Kingdom \[1\]\[2\]\.$/);
    expect(summit.citations).toHaveLength(2);
  });

  it("reads a city right after a date cue as the milestone event held there, and an event's opening as its first day", () => {
    expect(firstLine("what was signed a year after vilnius")).toBe("No agreement on record was signed on 12 July 2024. The nearest signings were Romania (11 July 2024) [1] before it and Slovenia and Czechia (18 July 2024) [2][3] after it.");
    expect(firstLine("what was signed in vilnius")).toMatch(/^Agreements signed in Vilnius: Latvia/);
    expect(firstLine("was anything signed the day before the washington nato summit opened?")).toMatch(/^Agreements signed on 8 July 2024: Poland/);
    expect(firstLine("how many were signed in the month after the nato summit in washington")).toMatch(/^2 agreements were signed between 12 July 2024 and 11 August 2024: Slovenia and Czechia/);
    expect(uk("що підписали протягом тижня після саміту нато").split("\n")[0]).toMatch(/^Угоди, підписані у період від 12 липня 2024 року до 18 липня 2024 року включно: Словенія та Чехія/);
    expect(uk("що підписали приблизно за тиждень до саміту g7").split("\n")[0]).toMatch(/^Жодну угоду з реєстру не підписано у період від 3 червня 2024 року до 9 червня 2024 року включно/);
  });

  it("measures 'days from one to the other', names who holds a place wrongly claimed, and reads a package's number as no place in the count", () => {
    expect(firstLine("days from the very first deal to the albania one?")).toBe("375 days passed between the agreement with the United Kingdom (12 January 2024) [1] and the one with Albania (21 January 2025) [2].");
    expect(uk("днів від першої угоди до албанської?")).toMatch(/минуло 375 днів/);
    expect(firstLine("was greece the 28th?")).toBe("No. It is the 27th in Ukraine's official count, not the 28th; the 28th is the one with Albania (21 January 2025).");
    expect(uk("чи була греція 28-ю?").split("\n")[0]).toBe("Ні. В офіційному підрахунку України вона стоїть на 27-му місці, а не на 28-му; на 28-му місці — угода з Албанією (21 січня 2025 року).");
    const finland = engine.answer("how much is finland's 23rd package and has it been delivered");
    expect(finland.text).toContain("Finland's 23rd defence-materiel package, about €188 million");
    expect(finland.text).not.toContain("8th");
    expect(uk("на яку суму був 23-й фінський пакет, оголошений разом із підписанням")).not.toMatch(/місці/);
  });

  it("counts an event's agreements only when agreements are what is counted, and says attendance and hospitality are not recorded", () => {
    const people = engine.answer("how many people attended the stockholm summit");
    expect(people.status).toBe("no_answer");
    expect(people.unanswered).toEqual(["occasions"]);
    expect(engine.answer("скільки коштувала вечеря на саміті в стокгольмі", { lang: "uk" }).unanswered).toEqual(["occasions"]);
    expect(engine.answer("скільки журналістів було на саміті g7", { lang: "uk" }).status).toBe("no_answer");
    expect(uk("скільки угод на саміті g7")).toMatch(/Україна підписала 2 угоди: Японія та США/);
    // Asked beside the signing date, the date is still answered.
    const sweden = engine.answer("when did sweden sign and how many people attended");
    expect(sweden.unanswered).toEqual(["occasions"]);
    expect(sweden.text).toContain("31 May 2024");
  });

  it("answers which language prevails from the text's final clause", () => {
    expect(engine.answer("which language prevails in the spanish agreement if the versions differ").text).toMatch(/^On languages, the agreement with Spain says \[1\]:\n.*with the English version prevailing in case of discrepancy\./);
    expect(engine.answer("in what languages was the german agreement signed").text).toMatch(/in German, Ukrainian and English, all texts equally valid/);
    expect(uk("яка мова має перевагу в угоді з албанією")).toMatch(/^Ось що угода з Албанією каже про тему «мова» \[1\]:/);
  });

  it("answers the EU's review period from its final provisions", () => {
    const eu = engine.answer("who signed the eu's security commitments on the eu side");
    expect(engine.answer("what's the review period in it", { conversation: eu.conversation }).text).toMatch(/^On implementation, the agreement with the European Union says \[1\]:\nIV: .*reviewed no later than 10 years after signature/);
  });

  it("reads 'the polish one' after a topic as the next agreement's text on that topic, not a place", () => {
    const danish = engine.answer("what's the consultation clause in the danish agreement");
    const polish = engine.answer("and in the polish one?", { conversation: danish.conversation });
    expect(polish.text).toMatch(/^On consultations, the agreement with Poland says \[1\]:\nII: If Russia attacks again/);
    expect(engine.answer("and the german one?", { conversation: polish.conversation }).text).toMatch(/^On consultations, the agreement with Germany says(.*\n)*.*within 24 hours/);
  });
});
