/**
 * The grammY bot: routing, flood control and error handling around the
 * engine. Every answer comes from the engine; this module decides only which
 * messages are questions, where replies go and how they look.
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { limit } from "@grammyjs/ratelimiter";
import { sequentialize } from "@grammyjs/runner";
import { Bot, GrammyError, HttpError, InlineQueryResultBuilder, InputFile, type Context, type InlineKeyboard } from "grammy";
import type { Chat, InlineKeyboardButton, InlineQueryResult, Message, MessageEntity, UserFromGetMe } from "grammy/types";
import { LangSchema, renderTimeline, uiWords, type Answer, type Engine, type Lang } from "../../src/index.ts";
import { formatDate } from "../shared/format-date.ts";
import { keepConversation, MemoryConversationStore, recallConversation, type ConversationStore } from "../shared/conversation-store.ts";
import { logAnswered } from "../shared/log-answer.ts";
import type { Logger } from "../shared/logger.ts";
import { examplePartner, exampleYear } from "../shared/examples.ts";
import { PHONE_WIDTH, parseTimelineRequest, timelineOptions, type TimelineRequest } from "../shared/timeline-request.ts";
import type { TelegramConfig } from "./config.ts";
import { ChatBacklog } from "./chat-backlog.ts";
import { ChatMigrations } from "./chat-migration.ts";
import { LRUCache } from "lru-cache";
import { Delivery } from "./delivery.ts";
import { FileUpdateStore } from "./update-store.ts";
import type { FloodCounter } from "./flood-counter.ts";
import { networkRetry, retryAfterUnit, type NetworkRetryOptions } from "./network-retry.ts";
import { bold, escapeHtml, packMessages, plain, type Block } from "./html.ts";
import { answerKeyboard, buttonNotice, questionsKeyboard, QuestionTokens, resolveButton, SourceCatalogue, type KeyboardContext } from "./keyboard.ts";
import { renderAnswer, renderCitations, renderInlineAnswer, textBlocks, type RenderOptions } from "./render.ts";
import { renderTimelineMessages } from "./render-timeline.ts";
import { langOf } from "./lang.ts";

export interface BotOptions {
  /** Claims and finishes every update (at least once, duplicates skipped); default: over an in-memory `FileUpdateStore`. */
  delivery?: Delivery;
  /** Long-question memory behind suggestion buttons; default 2000 questions. */
  tokens?: QuestionTokens;
  /** Where the flood limits count (shared by every instance through Redis); default: this process's memory. */
  floodCounter?: FloodCounter;
  /** Questions, commands and button presses allowed per user per window. Default 5. */
  rateLimit?: number;
  /** Inline queries allowed per user per window (clients send one per pause in typing). Default 30. */
  inlineRateLimit?: number;
  /** The rate-limit window in milliseconds. Default 10 000 (`DEFAULT_RATE_LIMIT_WINDOW_MS`). */
  rateLimitWindowMs?: number;
  /** Retries of an API call that got 429. Default 3. (5xx: `network.serverErrorRetries`.) */
  maxRetryAttempts?: number;
  /** Longest `retry_after` (seconds) worth waiting for; a longer one fails the call. Default 10. */
  maxRetryDelaySeconds?: number;
  /** The same for messages and pictures sent to a chat (a group at its 20-a-minute limit asks for up to a minute). Default 120. */
  chatMaxRetryDelaySeconds?: number;
  /** Updates that may wait in one chat while Telegram holds its answers up (a 429); past it the oldest is dropped, with a log line. Default 20. */
  maxWaitingPerChat?: number;
  /** How long the bot waits per second of `retry_after`, in ms. Default 1000; tests shorten it so a 429 costs milliseconds. */
  retryAfterUnitMs?: number;
  /** How many answered messages are remembered for their edits. Default 2000. */
  editMemory?: number;
  /**
   * Where each conversation's state is kept between questions, so "and France?" follows "When did Japan sign?":
   * one per private chat, one per person (and forum topic) in a group. Default: a new `MemoryConversationStore`.
   */
  conversations?: ConversationStore;
  /** How many of the bot's answer messages remember the conversation they left, so a reply to one (or a button under it) continues it. Default 5000. */
  replyMemory?: number;
  /** Groups known to have become supergroups; default: a new memory of 1000 moves. */
  migrations?: ChatMigrations;
  /** Skips `getMe` at start (tests, or a cached value). */
  botInfo?: UserFromGetMe;
  /** Time limits, and retries for calls that fail on the network (a dropped connection, a stall) or get a 5xx. */
  network?: NetworkRetryOptions;
}

/** Which engine call produced an answer, for logs. */
type AnswerKind = "ask" | "edit" | "agreement" | "sources" | "about" | "button" | "inline";

/** The calls that deliver an answer, worth a long wait for a 429. */
const ANSWER_METHODS = new Set(["sendMessage", "sendPhoto", "sendMediaGroup", "sendDocument"]);

export const DEFAULT_RATE_LIMIT_WINDOW_MS = 10_000;

const EXAMPLE_COUNT = 3;
const MAX_INLINE_RESULTS = 50;

/**
 * Builds the bot with all middleware: delivery (claim, finish, duplicates), per-chat ordering,
 * per-user rate limits, commands, group rules, inline mode, buttons and a
 * catch-all error handler. `logger` should carry `platform: "telegram"`.
 */
export function createBot(engine: Engine, config: Pick<TelegramConfig, "token" | "apiRoot">, logger: Logger, options: BotOptions = {}): Bot {
  const bot = new Bot(config.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    client: config.apiRoot ? { apiRoot: config.apiRoot } : {},
  });
  // Installed first, so it runs innermost: every single attempt Telegram refuses is logged, retried ones included; failed polls are logged by start-up.
  const retryAfterUnitMs = options.retryAfterUnitMs ?? 1000;
  const backlog = new ChatBacklog(options.maxWaitingPerChat ?? 20, logger);
  bot.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (!result.ok && method !== "getUpdates" && (result.error_code === 429 || result.error_code >= 500)) {
      logger.warn({ method, code: result.error_code, retryAfterS: result.parameters?.retry_after }, "Bot API refused a call");
      // A chat told to wait: its queue of questions is bounded until the wait is over.
      const chatId = (payload as { chat_id?: unknown }).chat_id;
      const retryAfter = result.parameters?.retry_after;
      if (typeof chatId === "number" && retryAfter !== undefined) backlog.hold(chatId, retryAfter * retryAfterUnitMs);
    }
    return result;
  });
  // Each attempt, autoRetry's included, gets its own time limit; network failures and 5xx are retried here.
  bot.api.config.use(networkRetry(options.network));
  bot.api.config.use(retryAfterUnit(retryAfterUnitMs));
  // autoRetry waits out 429s, for as long as each method can usefully wait: an answer to a group at its 20-a-minute
  // limit is worth half a minute's wait (its chat's queue waits; others go on), a button's toast or a menu is not.
  const patience = (seconds: number) =>
    autoRetry({
      maxRetryAttempts: options.maxRetryAttempts ?? 3,
      // In the same unit as the retry_after values it is compared with (see retryAfterUnit).
      maxDelaySeconds: (seconds * retryAfterUnitMs) / 1000,
      // The plugin would retry network errors forever and 5xx after a fixed 3 s; networkRetry does both, with configurable delays.
      rethrowHttpErrors: true,
      rethrowInternalServerErrors: true,
    });
  const quick = patience(options.maxRetryDelaySeconds ?? 10);
  const patient = patience(options.chatMaxRetryDelaySeconds ?? 120);
  bot.api.config.use((prev, method, payload, signal) => (ANSWER_METHODS.has(method) ? patient : quick)(prev, method, payload, signal));
  const migrations = options.migrations ?? new ChatMigrations();
  bot.api.config.use(migrations.transformer(logger));

  const delivery = options.delivery ?? new Delivery(new FileUpdateStore(), logger);
  bot.api.config.use(delivery.transformer());
  // No button leaves before the question behind its token is stored where every instance finds it.
  bot.api.config.use(async (prev, method, payload, signal) => {
    await keyboards.tokens.saved();
    return prev(method, payload, signal);
  });
  const keyboards: KeyboardContext = { catalogue: new SourceCatalogue(engine.sources().citations), tokens: options.tokens ?? new QuestionTokens() };
  const windowMs = options.rateLimitWindowMs ?? DEFAULT_RATE_LIMIT_WINDOW_MS;
  const storageClient = options.floodCounter ?? "MEMORY_STORE";
  const callbackNoticeSent = new WeakSet<Context>();
  /**
   * The question last answered for a message ("chat:message"), so an edit that leaves it as it was is not answered again,
   * and the conversation it was asked in, so an edited question is answered in the same one.
   */
  const askedIn = new LRUCache<string, { question: string; conversation: unknown }>({ max: options.editMemory ?? 2000 });
  const conversations = options.conversations ?? new MemoryConversationStore();
  /** The state each answer message ("chat:message") left; `state` undefined when the answer ended its conversation. */
  const answeredWith = new LRUCache<string, { state: unknown }>({ max: options.replyMemory ?? 5000 });

  // First: an update is claimed on arrival (before it waits for its chat's turn) and finished once handled.
  bot.use(delivery.middleware());
  bot.use(backlog.enter, sequentialize((ctx: Context) => ctx.chat?.id.toString()), backlog.start);

  const limited = limit<Context, FloodCounter>({
    timeFrame: windowMs,
    limit: options.rateLimit ?? 5,
    keyPrefix: "ask",
    storageClient,
    keyGenerator: senderKey,
    onLimitExceeded: async (ctx) => {
      const notice = uiWords(langOf(ctx.from?.language_code)).text.telegram.rateLimited;
      if (ctx.callbackQuery) {
        callbackNoticeSent.add(ctx);
        await answerCallback(ctx, { text: notice, show_alert: true });
        return;
      }
      await ctx.reply(notice, replyOptions(ctx));
    },
  });
  const inlineLimited = limit<Context, FloodCounter>({
    timeFrame: windowMs,
    limit: options.inlineRateLimit ?? 30,
    keyPrefix: "inline",
    storageClient,
    onLimitExceeded: async (ctx) => {
      await ctx.answerInlineQuery([], { cache_time: 0, is_personal: true });
    },
  });

  /** Sends an answer as one or more messages, the keyboard under the last, and logs it; returns the messages sent. */
  async function sendAnswer(ctx: Context, answer: Answer, kind: AnswerKind, startedAt: number, render: RenderOptions = {}): Promise<Message[]> {
    const chunks = renderAnswer(answer, { ...render, introduceSuggestions: true });
    // The corpus's source list is its own "Sources" view.
    const sent = await sendHtml(ctx, chunks, { keyboard: answerKeyboard(answer, keyboards, { sources: kind !== "sources" }) });
    logAnswer(kind, answer, startedAt, chunks.length, ctx.chat?.type);
    return sent;
  }

  function logAnswer(kind: AnswerKind, answer: Answer, startedAt: number, messages: number, chat: string | undefined): void {
    logAnswered(logger, "telegram", answer, performance.now() - startedAt, { kind, chat, messages });
  }

  /**
   * Answers a free-text question in its conversation (see `conversationKey`), then keeps the state the answer
   * left for the asker and for each message it was sent in.
   */
  async function ask(ctx: Context, question: string, kind: AnswerKind, render: RenderOptions = {}): Promise<void> {
    const startedAt = performance.now();
    const key = conversationKey(ctx);
    const conversation = await priorConversation(ctx, key);
    const asked = ctx.message ?? ctx.editedMessage;
    if (asked) askedIn.set(`${asked.chat.id}:${asked.message_id}`, { question, conversation });
    const answer = engine.answer(question, { lang: langOf(ctx.from?.language_code), conversation });
    const sent = await sendAnswer(ctx, answer, kind, startedAt, render);
    for (const message of sent) answeredWith.set(`${message.chat.id}:${message.message_id}`, { state: answer.conversation });
    if (key !== undefined) await keepConversation(conversations, key, answer.conversation, logger);
  }

  /**
   * The conversation a question continues: for an edit, the one the question was first asked in; for a reply to
   * one of the bot's answers (or a button under one), the one that answer left; otherwise the asker's own.
   */
  async function priorConversation(ctx: Context, key: string | undefined): Promise<unknown> {
    const edited = ctx.editedMessage && askedIn.get(`${ctx.editedMessage.chat.id}:${ctx.editedMessage.message_id}`);
    if (edited) return edited.conversation;
    const answered = ctx.callbackQuery?.message ?? (ctx.message ?? ctx.editedMessage)?.reply_to_message;
    const left = answered && answeredWith.get(`${answered.chat.id}:${answered.message_id}`);
    if (left) return left.state;
    return key === undefined ? undefined : recallConversation(conversations, key, logger);
  }

  /**
   * Sends the timeline picture with its caption (count, as-of date, sources),
   * or says politely why it cannot be drawn (a year without signings, a
   * partner not in the registry).
   */
  async function sendTimeline(ctx: Context, request: TimelineRequest, options: { replyTo?: number } = {}): Promise<void> {
    const startedAt = performance.now();
    const lang = langOf(ctx.from?.language_code);
    // The first picture takes a second or two to draw; the chat shows "sending photo…" meanwhile. Cosmetic, so a failure is ignored.
    await ctx.replyWithChatAction("upload_photo").catch(() => undefined);
    const result = await renderTimeline(engine.dataset, timelineOptions(engine, request, lang, PHONE_WIDTH));
    const latency = () => Math.round(performance.now() - startedAt);
    if (!result.ok) {
      const words = uiWords(lang);
      const problem = words.fill(words.text.telegram.timelineProblem, { reason: result.error.message, year: exampleYear(engine), partner: examplePartner(engine, lang) });
      await ctx.reply(problem, replyOptions(ctx));
      logger.info({ kind: "timeline", chat: ctx.chat?.type, error: result.error.code, latencyMs: latency() }, "timeline refused");
      return;
    }
    const { caption, followUp } = renderTimelineMessages(result.image, lang);
    const photo = await ctx.replyWithPhoto(new InputFile(result.image.png, "timeline.png"), {
      caption,
      parse_mode: "HTML",
      ...(options.replyTo !== undefined ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } } : replyOptions(ctx)),
    });
    await sendHtml(ctx, followUp, { replyTo: photo.message_id });
    logger.info({ kind: "timeline", chat: ctx.chat?.type, year: request.year, withPartner: request.partner !== undefined, messages: 1 + followUp.length, latencyMs: latency() }, "timeline sent");
  }

  async function sendBlocks(ctx: Context, blocks: Block[], keyboard?: InlineKeyboard): Promise<void> {
    await sendHtml(ctx, packMessages(blocks), { keyboard });
  }

  const message = bot.on("message");
  // The old group's last word when it becomes a supergroup: answers go to the new id from now on.
  message.on(":migrate_to_chat_id", (ctx) => migrations.remember(ctx.chat.id, ctx.msg.migrate_to_chat_id));
  // grammY tries command handlers one by one; most messages are questions, and skip them all with this one check.
  const commandMessages = message.filter((ctx) => startsWithCommand(ctx.msg));

  commandMessages.command("start", limited, async (ctx) => {
    const lang = langOf(ctx.from?.language_code);
    const { telegram } = uiWords(lang).text;
    const examples = engine.examples({ lang }).slice(0, EXAMPLE_COUNT);
    await sendBlocks(ctx, [{ segments: [plain(telegram.greeting)] }, { segments: [plain(telegram.tryThese)] }], questionsKeyboard(examples, keyboards));
  });

  commandMessages.command("help", limited, async (ctx) => {
    const lang = langOf(ctx.from?.language_code);
    const words = uiWords(lang);
    const { telegram } = words.text;
    const about = engine.about({ lang });
    const lines = (items: string[], values: Record<string, string | number>): Block[] =>
      items.map((text, index) => ({ tight: index > 0, segments: [plain(words.fill(text, values))] }));
    await sendBlocks(ctx, [
      ...textBlocks(about),
      ...lines(telegram.howToAsk, { bot: ctx.me.username }),
      { segments: [bold(telegram.commandsHeading)] },
      ...lines(telegram.commandLines, { partner: examplePartner(engine, lang), year: exampleYear(engine) }).map((block) => ({ ...block, tight: true })),
      { segments: [plain(words.fill(telegram.asOf, { date: formatDate(engine.asOf, lang) }))] },
    ]);
  });

  commandMessages.command("about", limited, async (ctx) => {
    const startedAt = performance.now();
    await sendAnswer(ctx, engine.about({ lang: langOf(ctx.from?.language_code) }), "about", startedAt);
  });

  commandMessages.command("sources", limited, async (ctx) => {
    const startedAt = performance.now();
    await sendAnswer(ctx, engine.sources({ lang: langOf(ctx.from?.language_code) }), "sources", startedAt, { linkMarkers: false });
  });

  commandMessages.command("agreement", limited, async (ctx) => {
    const startedAt = performance.now();
    const lang = langOf(ctx.from?.language_code);
    const partner = ctx.match.trim();
    if (partner === "") {
      const words = uiWords(lang);
      await ctx.reply(words.fill(words.text.telegram.agreementUsage, { partner: examplePartner(engine, lang) }), replyOptions(ctx));
      return;
    }
    await sendAnswer(ctx, engine.agreement(partner, { lang }), "agreement", startedAt);
  });

  commandMessages.command("timeline", limited, async (ctx) => {
    await sendTimeline(ctx, parseTimelineRequest(ctx.match));
  });

  commandMessages.command("ask", limited, async (ctx) => {
    // `/ask` sent as a reply asks the replied-to message, as people do in groups.
    const replied = ctx.msg.reply_to_message;
    const fromReply = replied && replied.from?.id !== ctx.me.id ? (replied.text ?? replied.caption ?? "") : "";
    await ask(ctx, ctx.match.trim() || fromReply, "ask");
  });

  message.on([":text", ":caption"], async (ctx) => {
    const question = questionIn(ctx.msg, ctx.me);
    if (question === undefined || !(await passes(limited, ctx))) return;
    if (question.kind === "unknown-command") {
      await ctx.reply(uiWords(langOf(ctx.from?.language_code)).text.telegram.unknownCommand, replyOptions(ctx));
      return;
    }
    await ask(ctx, question.text, "ask");
  });

  // An edited question is answered once more, as a reply to the edit; in groups only when the edit itself is addressed to the bot.
  bot.on("edited_message", async (ctx) => {
    const question = questionIn(ctx.editedMessage, ctx.me);
    if (question?.kind !== "question") return;
    // At most once per edit: Telegram also sends edits that leave the words as they were (and re-sends updates).
    if (askedIn.get(`${ctx.chat.id}:${ctx.editedMessage.message_id}`)?.question === question.text) return;
    if (!(await passes(limited, ctx))) return;
    await ask(ctx, question.text, "edit");
  });

  // Anything else a person sends in a private chat (a sticker, a voice message, a location): a short hint, rather than silence. Groups stay silent.
  message
    .chatType("private")
    .drop((ctx) => ctx.msg.text !== undefined || ctx.msg.caption !== undefined || isFromBot(ctx.msg) || !hasUserContent(ctx.msg))
    .use(async (ctx) => {
      if (!(await passes(limited, ctx))) return;
      await ctx.reply(uiWords(langOf(ctx.from?.language_code)).text.telegram.textOnly);
    });

  /**
   * Stops the button's spinner (and shows `text`, if any). Cosmetic: a query
   * pressed a while ago (after a restart, on a slow network) is "too old" for
   * Telegram, and its failure must not cost the user the answer, so it is
   * logged and the work goes on. False when the query could not be answered.
   */
  async function answerCallback(ctx: Context, other: { text?: string; show_alert?: boolean } = {}): Promise<boolean> {
    try {
      await ctx.answerCallbackQuery(other);
      return true;
    } catch (error) {
      const level = error instanceof GrammyError && error.error_code === 400 ? "debug" : "warn";
      logger[level]({ updateId: ctx.update.update_id, ...describeError(error) }, "could not answer the button press; going on");
      return false;
    }
  }

  bot.on("callback_query", async (ctx) => {
    const lang = langOf(ctx.from.language_code);
    const request = await resolveButton(ctx.callbackQuery.data, keyboards);
    const notice = buttonNotice(request, lang);
    const chatMessage = ctx.callbackQuery.message;
    if (notice !== undefined || chatMessage === undefined) {
      const text = notice ?? uiWords(lang).text.telegram.buttonNeedsChat;
      // The notice is the answer: when the press is too old to show it as a toast, it goes to the chat instead.
      if (!(await answerCallback(ctx, { text })) && chatMessage !== undefined) await sendHtml(ctx, [escapeHtml(text)], { replyTo: chatMessage.message_id });
      return;
    }
    if (!(await passes(limited, ctx))) {
      // Over the limit: the limiter showed its notice once; later presses still get their spinner stopped.
      if (!callbackNoticeSent.has(ctx)) await answerCallback(ctx);
      return;
    }
    await answerCallback(ctx);
    if (request.kind === "ask") {
      await ask(ctx, request.question, "button", { showQuestion: true });
      // "More" (or a suggested question) has been asked: the button goes, so a second press cannot send the answer twice.
      if (ctx.callbackQuery.data !== undefined) await dropPressedButton(ctx, chatMessage, ctx.callbackQuery.data, logger);
    } else if (request.kind === "sources") {
      await sendHtml(ctx, renderCitations(request.citations, lang), { replyTo: chatMessage.message_id });
      if (ctx.callbackQuery.data !== undefined) await dropPressedButton(ctx, chatMessage, ctx.callbackQuery.data, logger);
    } else if (request.kind === "timeline") {
      await sendTimeline(ctx, {}, { replyTo: chatMessage.message_id });
    }
  });

  bot.on("inline_query", inlineLimited, async (ctx) => {
    const startedAt = performance.now();
    const lang = langOf(ctx.from.language_code);
    const query = ctx.inlineQuery.query.trim();
    const answers = inlineAnswers(engine, query, lang);
    const results: InlineQueryResult[] = answers.slice(0, MAX_INLINE_RESULTS).map((answer, index) =>
      InlineQueryResultBuilder.article(`r${index}`, answer.question, { description: answer.summary }).text(renderInlineAnswer(answer), {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
      }),
    );
    try {
      await ctx.answerInlineQuery(results, { cache_time: 300, is_personal: true });
    } catch (error) {
      // The person typed on (or the network was slow): Telegram no longer wants answers to this query.
      if (!(error instanceof GrammyError && error.error_code === 400 && error.description.includes("query is too old"))) throw error;
      logger.debug({ updateId: ctx.update.update_id, description: error.description }, "inline query expired before its answer");
      return;
    }
    const first = answers[0];
    if (first) logAnswer("inline", first, startedAt, results.length, undefined);
  });

  bot.catch(async (error) => {
    const { ctx } = error;
    logger.error({ updateId: ctx.update.update_id, ...describeError(error.error) }, "update failed");
    if (ctx.chat && (ctx.message || ctx.callbackQuery)) {
      await ctx.reply(uiWords(langOf(ctx.from?.language_code)).text.telegram.apology, replyOptions(ctx)).catch(() => undefined);
    }
  });

  return bot;
}

/** The commands in Telegram's menu, in the order it lists them. */
const MENU_COMMANDS = ["ask", "agreement", "timeline", "sources", "about", "help"] as const;

/**
 * The commands shown in Telegram's menu, per language, for `setMyCommands`.
 * English is the default list; clients in each other language get their own
 * (Telegram's `language_code` is the engine's language code).
 */
export function commandMenus(): Array<{ language?: Lang; commands: Array<{ command: string; description: string }> }> {
  const menu = (lang: Lang) => {
    const { menu: descriptions } = uiWords(lang).text.telegram;
    return MENU_COMMANDS.map((command) => ({ command, description: descriptions[command] }));
  };
  return [{ commands: menu("en") }, ...LangSchema.options.filter((lang) => lang !== "en").map((language) => ({ language, commands: menu(language) }))];
}

type MessageQuestion = { kind: "question"; text: string } | { kind: "unknown-command" };

/**
 * Whether a message (not a known text command) is a question for the bot:
 * any text or caption in a private chat; in a group only a reply to the bot
 * or a message that mentions it, with the mention taken out; and `/ask` in a
 * caption (grammY's command handlers read text only).
 */
function questionIn(message: Message, me: UserFromGetMe): MessageQuestion | undefined {
  const text = message.text ?? message.caption ?? "";
  const entities = message.entities ?? message.caption_entities ?? [];
  if (isFromBot(message) || message.via_bot?.id === me.id) return undefined;
  const isPrivate = message.chat.type === "private";
  const command = leadingCommand(text, entities, me);
  if (command) {
    // Known text commands were handled by their own handlers; what reaches here is `/ask` in a caption, or a command the bot does not know.
    if (command.name === "ask" && command.forMe) return { kind: "question", text: command.args };
    return isPrivate && command.forMe ? { kind: "unknown-command" } : undefined;
  }
  if (isPrivate) return { kind: "question", text };

  const mentions = entities.filter(
    (entity) =>
      (entity.type === "mention" && text.slice(entity.offset, entity.offset + entity.length).toLowerCase() === `@${me.username.toLowerCase()}`) ||
      (entity.type === "text_mention" && entity.user.id === me.id),
  );
  const isReplyToBot = message.reply_to_message?.from?.id === me.id;
  if (mentions.length === 0 && !isReplyToBot) return undefined;
  let question = text;
  for (const mention of [...mentions].sort((a, b) => b.offset - a.offset)) {
    question = question.slice(0, mention.offset) + question.slice(mention.offset + mention.length);
  }
  return { kind: "question", text: question.replace(/\s+/g, " ").trim() };
}

/**
 * Whether another bot wrote the message. An anonymous group admin is not one:
 * Telegram sends their messages `from` @GroupAnonymousBot with the group
 * itself as `sender_chat`. (A channel's post in its discussion group has the
 * channel as `sender_chat`, and stays ignored.)
 */
function isFromBot(message: Message): boolean {
  return (message.from?.is_bot ?? false) && message.sender_chat?.id !== message.chat.id;
}

/** What a person can send besides text; service messages (a pinned message, a chat photo change…) get no reply. */
const USER_CONTENT = ["sticker", "voice", "audio", "video", "video_note", "animation", "document", "photo", "location", "venue", "contact", "dice", "poll", "story", "paid_media"] as const;

function hasUserContent(message: Message): boolean {
  return USER_CONTENT.some((field) => field in message);
}

/** Who a rate limit counts: the person, or for an anonymous admin the group they speak for (all of them are one @GroupAnonymousBot). */
function senderKey(ctx: Context): string | undefined {
  const message = ctx.msg;
  const id = message?.sender_chat && message.sender_chat.id === message.chat.id ? message.sender_chat.id : ctx.from?.id;
  return id?.toString();
}

/**
 * Whose conversation a question belongs to: the private chat's, or in a group the asker's within that group and
 * forum topic, so two people in one group each keep their own subject. Undefined when there is no chat.
 */
function conversationKey(ctx: Context): string | undefined {
  const message = ctx.message ?? ctx.editedMessage ?? ctx.callbackQuery?.message;
  if (!message) return undefined;
  const chat: Chat = message.chat;
  if (chat.type === "private") return `telegram:${chat.id}`;
  // A button is under the bot's own message, in the topic the question was asked in; the asker is who pressed it.
  const asker = ctx.callbackQuery ? ctx.from?.id : senderKey(ctx);
  const topic = "is_topic_message" in message && message.is_topic_message ? message.message_thread_id : undefined;
  return `telegram:${chat.id}:${topic ?? "-"}:${asker ?? "-"}`;
}

/** The command a text or caption starts with: its name, whether it is addressed to this bot (no @, or @this bot), and the rest. */
function leadingCommand(text: string, entities: MessageEntity[], me: UserFromGetMe): { name: string; forMe: boolean; args: string } | undefined {
  const entity = entities.find((candidate) => candidate.type === "bot_command" && candidate.offset === 0);
  if (!entity) return undefined;
  const [name = "", target] = text.slice(1, entity.length).split("@");
  return { name: name.toLowerCase(), forMe: target === undefined || target.toLowerCase() === me.username.toLowerCase(), args: text.slice(entity.length).trim() };
}

/** Whether a message starts with a command (`/about`, `/ask@SomeBot …`), as grammY's command handlers require. */
function startsWithCommand(message: Message): boolean {
  return message.entities?.some((entity) => entity.type === "bot_command" && entity.offset === 0) ?? false;
}

/** Up to 50 answers for an inline query: the answer to the query (plus its suggestions when there is none), or the examples' answers for an empty query. */
function inlineAnswers(engine: Engine, query: string, lang: Lang): Answer[] {
  const questions = query === "" ? engine.examples({ lang }).slice(0, EXAMPLE_COUNT) : [query];
  const answers: Answer[] = [];
  for (const question of questions) {
    const answer = engine.answer(question, { lang });
    if (answer.status === "rejected") continue;
    answers.push(answer);
    if (answer.status === "no_answer") {
      for (const suggestion of answer.suggestions) {
        const suggested = engine.answer(suggestion, { lang });
        if (suggested.status === "answered") answers.push(suggested);
      }
    }
  }
  return answers;
}

/**
 * Sends HTML messages in order with previews off: the first quotes `replyTo`
 * (or, in groups, the message being answered), the last carries the keyboard.
 */
async function sendHtml(ctx: Context, chunks: string[], options: { keyboard?: InlineKeyboard | undefined; replyTo?: number } = {}): Promise<Message[]> {
  const sent: Message[] = [];
  for (const [index, chunk] of chunks.entries()) {
    const first = index === 0;
    const last = index === chunks.length - 1;
    const message = await ctx.reply(chunk, {
      ...(first && options.replyTo !== undefined
        ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } }
        : replyOptions(ctx, first)),
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(last && options.keyboard ? { reply_markup: options.keyboard } : {}),
    });
    sent.push(message);
  }
  return sent;
}

/** In groups, replies quote the message they answer so the thread stays readable; the answer to an edit quotes the edited message everywhere. */
function replyOptions(ctx: Context, first = true): { reply_parameters?: { message_id: number; allow_sending_without_reply: true } } {
  const message = ctx.message ?? ctx.editedMessage;
  if (!first || !message || (message.chat.type === "private" && !ctx.editedMessage)) return {};
  return { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } };
}

/** After the sources were shown, the button has done its job; the suggestion buttons stay. */
type ButtonedMessage = { message_id: number; reply_markup?: { inline_keyboard: InlineKeyboardButton[][] } };

/** Takes the pressed button (Sources, More, a suggested question) off the message it sat under, keeping the others. */
async function dropPressedButton(ctx: Context, message: ButtonedMessage, data: string, logger: Logger): Promise<void> {
  const rows = message.reply_markup?.inline_keyboard ?? [];
  const kept = rows.map((row) => row.filter((button) => !("callback_data" in button && button.callback_data === data))).filter((row) => row.length > 0);
  if (kept.flat().length === rows.flat().length) return;
  try {
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: kept } });
  } catch (error) {
    // Cosmetic, like the spinner: two quick presses (the second edit changes nothing), or a message too old to edit.
    if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
    logger.debug({ description: error.description }, "left the pressed button in place");
  }
}

/** Runs a middleware as a gate: true when it let the update through. */
async function passes(gate: (ctx: Context, next: () => Promise<void>) => Promise<void>, ctx: Context): Promise<boolean> {
  let passed = false;
  await gate(ctx, async () => {
    passed = true;
  });
  return passed;
}

/** What is safe and useful to log about a failure: never payloads (user text) or tokens. */
function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof GrammyError) return { error: "GrammyError", method: error.method, code: error.error_code, description: error.description };
  if (error instanceof HttpError) return { error: "HttpError", message: error.message };
  if (error instanceof Error) return { error: error.name, message: error.message, stack: error.stack };
  return { error: String(error) };
}
