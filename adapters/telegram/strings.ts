/**
 * The adapter's own words (greetings, button labels, notices) in the two
 * languages the engine answers in. Answers themselves come from the engine.
 */
import type { Lang } from "../../src/index.ts";

export interface Strings {
  greeting: string;
  tryThese: string;
  howToAsk: (botUsername: string) => string[];
  commandsHeader: string;
  commandLines: (examplePartner: string, exampleYear: number) => string[];
  asOf: (date: string) => string;
  sourcesButton: string;
  timelineButton: string;
  /** Under a short answer about one agreement: shows its full card. */
  moreButton: string;
  /** Why a timeline could not be drawn (the chart's own sentence, in this language), and how to ask instead. */
  timelineProblem: (reason: string, exampleYear: number, examplePartner: string) => string;
  suggestionsIntro: string;
  sourcesHeader: string;
  sourcesForAnswer: string;
  rateLimited: string;
  buttonExpired: string;
  buttonOutdated: string;
  buttonNeedsChat: string;
  unknownCommand: string;
  /** The reply to a sticker, voice message, location… in a private chat. */
  textOnly: string;
  agreementUsage: (examplePartner: string) => string;
  apology: string;
  inlineTruncated: string;
  /** `setMyCommands` descriptions (3–256 characters each). */
  commands: { ask: string; agreement: string; timeline: string; sources: string; about: string; help: string };
}

const en: Strings = {
  greeting:
    "Hello! I answer questions about Ukraine's bilateral security agreements — who signed, when, where, for how long and what they commit to — and cite a source for every answer.",
  tryThese: "Ask me anything, or tap one of these:",
  howToAsk: (bot) => [
    "• Here: just type a question.",
    `• In a group: /ask and your question, a reply to one of my messages, or a message that mentions @${bot}.`,
    `• In any chat: type @${bot} and a question, then tap the answer to send it.`,
  ],
  commandsHeader: "Commands",
  commandLines: (partner, year) => [
    "/ask — answer a question",
    `/agreement — one agreement: date, place, signatories, term, commitments (e.g. /agreement ${partner})`,
    `/timeline — a chart of the agreements over time; a year or a partner narrows it (e.g. /timeline ${year}, /timeline ${partner})`,
    "/sources — every source the answers rest on",
    "/about — what I cover",
  ],
  asOf: (date) => `Information as of ${date}.`,
  sourcesButton: "Sources",
  timelineButton: "Timeline",
  moreButton: "More",
  timelineProblem: (reason, year, partner) => `I can't draw that timeline. ${reason} Try /timeline, /timeline ${year} or /timeline ${partner}.`,
  suggestionsIntro: "Questions I can answer:",
  sourcesHeader: "Sources",
  sourcesForAnswer: "Sources for this answer",
  rateLimited: "You're sending messages faster than I can answer. Please wait a few seconds — until then I'll skip new ones.",
  buttonExpired: "This button has expired. Please type the question instead.",
  buttonOutdated: "The sources have been updated since this answer. Please ask again.",
  buttonNeedsChat: "Open a chat with me to use this button.",
  unknownCommand: "I don't know that command. Type a question, or send /help.",
  textOnly: "I can only read text. Please type your question (a photo's caption works too), or send /help.",
  agreementUsage: (partner) => `Send /agreement followed by a partner's name, for example: /agreement ${partner}`,
  apology: "Sorry, something went wrong while answering. Please try again.",
  inlineTruncated: "The full answer is longer; ask me in a chat to see all of it.",
  commands: {
    ask: "Answer a question about the agreements",
    agreement: "One agreement: date, place, signatories, term, commitments",
    timeline: "A chart of the agreements over time (optional: year, partner)",
    sources: "Every source the answers rest on",
    about: "What the bot covers and how current it is",
    help: "How to ask",
  },
};

const uk: Strings = {
  greeting:
    "Вітаю! Я відповідаю на запитання про двосторонні безпекові угоди України — хто підписав, коли, де, на який строк і які зобовʼязання вони містять — і до кожної відповіді додаю джерело.",
  tryThese: "Поставте запитання або натисніть одне з цих:",
  howToAsk: (bot) => [
    "• Тут: просто напишіть запитання.",
    `• У групі: /ask і ваше запитання, відповідь на моє повідомлення або повідомлення зі згадкою @${bot}.`,
    `• У будь-якому чаті: наберіть @${bot} і запитання, тоді натисніть відповідь, щоб надіслати її.`,
  ],
  commandsHeader: "Команди",
  commandLines: (partner, year) => [
    "/ask — відповісти на запитання",
    `/agreement — одна угода: дата, місце, підписанти, строк, зобовʼязання (напр. /agreement ${partner})`,
    `/timeline — графік угод у часі; рік або партнер звужують його (напр. /timeline ${year}, /timeline ${partner})`,
    "/sources — усі джерела, на яких ґрунтуються відповіді",
    "/about — що я охоплюю",
  ],
  asOf: (date) => `Дані станом на ${date}.`,
  sourcesButton: "Джерела",
  timelineButton: "Хронологія",
  moreButton: "Докладніше",
  timelineProblem: (reason, year, partner) => `Не вдалося побудувати хронологію. ${reason} Спробуйте /timeline, /timeline ${year} або /timeline ${partner}.`,
  suggestionsIntro: "Запитання, на які я можу відповісти:",
  sourcesHeader: "Джерела",
  sourcesForAnswer: "Джерела цієї відповіді",
  rateLimited: "Ви надсилаєте повідомлення швидше, ніж я встигаю відповідати. Зачекайте кілька секунд — доти я пропускатиму нові.",
  buttonExpired: "Ця кнопка застаріла. Будь ласка, напишіть запитання.",
  buttonOutdated: "Відтоді джерела оновилися. Будь ласка, запитайте ще раз.",
  buttonNeedsChat: "Відкрийте чат зі мною, щоб скористатися цією кнопкою.",
  unknownCommand: "Я не знаю такої команди. Напишіть запитання або надішліть /help.",
  textOnly: "Я читаю лише текст. Напишіть запитання (підпис до фото теж підійде) або надішліть /help.",
  agreementUsage: (partner) => `Надішліть /agreement і назву партнера, наприклад: /agreement ${partner}`,
  apology: "Вибачте, під час відповіді сталася помилка. Спробуйте ще раз.",
  inlineTruncated: "Повна відповідь довша; запитайте мене в чаті, щоб побачити її всю.",
  commands: {
    ask: "Відповісти на запитання про угоди",
    agreement: "Одна угода: дата, місце, підписанти, строк, зобовʼязання",
    timeline: "Графік угод у часі (необовʼязково: рік, партнер)",
    sources: "Усі джерела, на яких ґрунтуються відповіді",
    about: "Що охоплює бот і наскільки актуальні дані",
    help: "Як ставити запитання",
  },
};

export function stringsFor(lang: Lang): Strings {
  return lang === "uk" ? uk : en;
}

/** The engine language for a Telegram user: Ukrainian for a `uk` client, English otherwise. */
export function langOf(languageCode: string | undefined): Lang {
  return languageCode?.toLowerCase().startsWith("uk") ? "uk" : "en";
}
