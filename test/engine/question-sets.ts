/**
 * Question sets shared by the ranking, off-topic and calibration tests.
 */

/**
 * A fixed ranking set, as search libraries keep one: paraphrased questions
 * (not the curated alternate questions themselves) and the fact that must
 * answer them.
 */
/** Question → id of the fact whose text the answer must give (either of two where two facts answer it equally). */
export const GOLDEN: readonly (readonly [string, string | readonly [string, string]])[] = [
  ["What's the Ukraine Compact?", "ukraine-compact-what"],
  ["what are the ERA loans", "era-loans-agreed-apulia"],
  ["Are these agreements legally binding?", "legal-status-mostly-political"],
  ["do the agreements have to be ratified by parliament", ["ratification-not-required", "legal-status-mostly-political"]],
  ["Can Trump cancel the US agreement?", "us-future-administration"],
  ["Is it like NATO's Article 5?", "criticism-short-of-article-5"],
  ["Do the agreements replace NATO membership?", "bridge-not-substitute-for-nato"],
  ["What was the Kyiv Security Compact?", "kyiv-security-compact-origin"],
  ["who negotiated the deals for Ukraine", "yermak-led-negotiations"],
  ["Who is Ihor Zhovkva?", "zhovkva-working-level"],
  ["what is the coalition of the willing", "coalition-of-the-willing"],
  ["What is the 100 year partnership with Britain?", "uk-100-year-partnership"],
  ["minerals deal between America and Ukraine", "us-ukraine-minerals-fund"],
  ["What happens if Russia attacks Ukraine again?", "consultations-within-24-hours"],
  ["which EU members hadn't joined the G7 declaration", "eu-states-not-joined-dec-2023"],
  ["Will Poland shoot down Russian missiles over Ukraine?", "poland-intercept-mechanism"],
  ["How many F-16s is Belgium giving?", "belgium-f16s"],
  ["Will American troops fight in Ukraine?", "us-no-troops-f16-patriot"],
  ["Is the US agreement still valid in 2025?", "us-agreement-status-2025"],
  ["for how many years does the draft give the US guarantees", "us-guarantees-draft-15-years"],
  ["Can the agreements be terminated?", "termination-six-months"],
  ["Who repays the ERA loans?", "era-repayment-mechanism"],
  ["Is Croatia's agreement in the official count?", "croatia-not-in-official-count"],
  ["what is the G7 joint declaration of support", "g7-declaration-adopted"],
  ["How much are all the agreements worth in total?", "twenty-three-worth-38-billion"],
  ["Does Ireland send weapons?", "ireland-non-lethal"],
];

/** Questions with nothing in the corpus to answer them, several naming a partner or a place in it. */
export const OFF_TOPIC: readonly string[] = [
  "what's the weather in Kyiv",
  "who won the World Cup",
  "how do I bake bread",
  "best pizza recipe",
  "what time is it",
  "tell me a joke",
  "what is the capital of France",
  "what is the population of Japan",
  "who is the president of the USA",
  "when did Ukraine join the EU",
  "how to cook pasta",
  "what is the meaning of life",
  "recommend a good movie",
  "how tall is the Eiffel tower",
  "who wrote Hamlet",
  "what's the exchange rate of the hryvnia",
  "hello",
];
