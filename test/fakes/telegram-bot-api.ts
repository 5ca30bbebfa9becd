/**
 * A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests: the real
 * grammY client talks HTTP to it (`client.apiRoot`) exactly as to Telegram.
 *
 * It serves `getUpdates` with long polling and Telegram's offset rules, and
 * records every call. Like Telegram it rejects what a user would never see:
 * HTML that does not parse, text over 4096 characters, a caption over 1024,
 * a photo that is not an uploaded PNG of sane size, `callback_data` over
 * 64 bytes, a callback or inline query answered twice, `getUpdates` while a
 * webhook is set. Faults can be injected per method: an error (429, 5xx), a
 * dropped connection or a stall (`failNext`).
 */
import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Chat, InlineKeyboardMarkup, Message, MessageEntity, Update, User, UserFromGetMe } from "grammy/types";
import { HtmlParseError, parseTelegramHtml, type ParsedEntity } from "./telegram-html.ts";

export interface ApiError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export interface RecordedCall {
  method: string;
  // Bot API payloads are loose JSON; tests read the fields they check.
  payload: Record<string, any>;
  ok: boolean;
  error?: ApiError;
  /** An injected network fault: the connection was dropped, or left without a response. */
  fault?: NetworkFault;
  /** For a successful `sendMessage` or `sendPhoto`: the message as Telegram stored it (text or caption as the user sees it). */
  message?: Message;
}

type JsonObject = Record<string, any>;

/** "drop": the connection is destroyed before any response; "stall": no response ever comes (until the client gives up). */
export type NetworkFault = "drop" | "stall";
export type Fault = ApiError | NetworkFault;

interface InjectedFault {
  fault: Fault;
  when?: (payload: JsonObject) => boolean;
}

export interface FakeOptions {
  /** The token the fake accepts; any other gets 401. */
  token?: string;
  username?: string;
  /** `supports_inline_queries` in `getMe`. Default true. */
  inline?: boolean;
}

const MAX_TEXT = 4096;
const MAX_CAPTION = 1024;
/** Who Telegram says wrote a message an anonymous group admin sent. */
export const GROUP_ANONYMOUS_BOT: User = { id: 1087968824, is_bot: true, first_name: "Group", username: "GroupAnonymousBot" };

/** Methods that post into a chat, which a migrated group refuses. */
const SENDS_TO_CHAT = new Set(["sendMessage", "sendPhoto", "sendChatAction", "sendDocument", "sendMediaGroup"]);
const CHAT_ACTIONS = new Set(["typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice", "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note"]);

/** A file part of a multipart request; it sits in the payload under its form field name, which `attach://<name>` refers to. */
export interface UploadedFile {
  filename: string | undefined;
  data: Buffer;
}

export class FakeTelegramBotApi {
  readonly token: string;
  readonly bot: UserFromGetMe;
  readonly calls: RecordedCall[] = [];
  /** The current webhook URL ("" when none), as `setWebhook`/`deleteWebhook` left it. */
  webhookUrl = "";

  readonly #server: Server;
  readonly #events = new EventEmitter();
  readonly #failures = new Map<string, InjectedFault[]>();
  #queue: Update[] = [];
  #nextUpdateId = 700_000_001;
  #nextMessageId = new Map<number, number>();
  readonly #messages = new Map<string, Message>();
  readonly #openCallbackQueries = new Set<string>();
  readonly #openInlineQueries = new Set<string>();
  /** Basic groups upgraded to supergroups: old id → new id. */
  readonly #migrated = new Map<number, number>();
  readonly #chats = new Map<number, Chat>();
  #closed = false;

  private constructor(server: Server, options: FakeOptions) {
    this.#server = server;
    this.token = options.token ?? "123456:TEST-token_for-the-fake-server";
    const username = options.username ?? "PactDeskTestBot";
    this.bot = {
      id: Number(this.token.split(":")[0]) || 123456,
      is_bot: true,
      first_name: "Pact Desk",
      username,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: options.inline ?? true,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
    } as UserFromGetMe;
    this.#events.setMaxListeners(100);
  }

  /** Starts a fake on a free port of 127.0.0.1. */
  static async start(options: FakeOptions = {}): Promise<FakeTelegramBotApi> {
    let fake: FakeTelegramBotApi | undefined;
    const server = createServer((request, response) => void fake?.handle(request, response));
    fake = new FakeTelegramBotApi(server, options);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return fake;
  }

  /** The API root to give grammY (`client.apiRoot`, `TELEGRAM_API_ROOT`). */
  get apiRoot(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#events.emit("update");
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ——— what users do ———

  /** A user sends a text message; entities (commands, mentions) are detected as Telegram does. */
  userSends(from: User, chat: Chat, text: string, options: { replyTo?: Message; topic?: number } = {}): Update {
    const message = {
      message_id: this.#messageId(chat.id),
      date: now(),
      chat,
      from,
      ...topicOf(options.topic),
      text,
      ...(detectEntities(text).length > 0 ? { entities: detectEntities(text) } : {}),
      ...(options.replyTo ? { reply_to_message: options.replyTo } : {}),
    } as Message;
    this.#messages.set(`${chat.id}:${message.message_id}`, message);
    return this.push({ message } as Omit<Update, "update_id">);
  }

  /** A user sends a photo with a caption; entities in it (commands, mentions) are `caption_entities`, as Telegram sends them. */
  userSendsPhoto(from: User, chat: Chat, caption: string, options: { replyTo?: Message; topic?: number } = {}): Update {
    const message = {
      message_id: this.#messageId(chat.id),
      date: now(),
      chat,
      from,
      ...topicOf(options.topic),
      photo: [{ file_id: `user-photo-${this.#nextUpdateId}`, file_unique_id: `up${this.#nextUpdateId}`, width: 800, height: 600 }],
      ...(caption !== "" ? { caption } : {}),
      ...(detectEntities(caption).length > 0 ? { caption_entities: detectEntities(caption) } : {}),
      ...(options.replyTo ? { reply_to_message: options.replyTo } : {}),
    } as Message;
    this.#messages.set(`${chat.id}:${message.message_id}`, message);
    return this.push({ message } as Omit<Update, "update_id">);
  }

  /** A user sends something that is not text: a sticker, a voice message or a location. */
  userSendsMedia(from: User, chat: Chat, kind: "sticker" | "voice" | "location"): Update {
    const content =
      kind === "sticker"
        ? { sticker: { file_id: "sticker-1", file_unique_id: "s1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false, emoji: "👍" } }
        : kind === "voice"
          ? { voice: { file_id: "voice-1", file_unique_id: "v1", duration: 3, mime_type: "audio/ogg" } }
          : { location: { latitude: 50.4501, longitude: 30.5234 } };
    const message = { message_id: this.#messageId(chat.id), date: now(), chat, from, ...content } as Message;
    this.#messages.set(`${chat.id}:${message.message_id}`, message);
    return this.push({ message } as Omit<Update, "update_id">);
  }

  /**
   * An anonymous group admin writes: Telegram sends `from` as @GroupAnonymousBot (a bot) and the
   * group itself as `sender_chat`.
   */
  adminSendsAnonymously(chat: Chat, text: string, options: { replyTo?: Message } = {}): Update {
    const message = {
      message_id: this.#messageId(chat.id),
      date: now(),
      chat,
      from: GROUP_ANONYMOUS_BOT,
      sender_chat: chat,
      author_signature: "Admin",
      text,
      ...(detectEntities(text).length > 0 ? { entities: detectEntities(text) } : {}),
      ...(options.replyTo ? { reply_to_message: options.replyTo } : {}),
    } as Message;
    this.#messages.set(`${chat.id}:${message.message_id}`, message);
    return this.push({ message } as Omit<Update, "update_id">);
  }

  /**
   * The user edits one of their messages: Telegram sends the whole message again, with the new
   * text (or caption) and an `edit_date`, as an `edited_message` update.
   */
  userEdits(original: Message, text: string): Update {
    const stored = this.#messages.get(`${original.chat.id}:${original.message_id}`) ?? original;
    const { entities: _entities, caption_entities: _captionEntities, ...rest } = stored;
    const field = stored.caption !== undefined || stored.photo !== undefined ? "caption" : "text";
    const entities = detectEntities(text);
    const edited = {
      ...rest,
      [field]: text,
      ...(entities.length > 0 ? { [field === "text" ? "entities" : "caption_entities"]: entities } : {}),
      edit_date: Math.max(now(), (stored.edit_date ?? stored.date) + 1),
    } as Message;
    this.#messages.set(`${original.chat.id}:${original.message_id}`, edited);
    return this.push({ edited_message: edited } as Omit<Update, "update_id">);
  }

  /**
   * A user presses an inline button under one of the bot's messages. `late`: the press reaches the bot
   * after Telegram stopped waiting for its answer (after a restart, on a slow network), so
   * `answerCallbackQuery` fails with "query is too old". `inaccessible`: the message is one the bot can
   * no longer access, which Telegram sends as `{ chat, message_id, date: 0 }` without text or buttons.
   */
  userPresses(from: User, message: Message, data: string, options: { late?: boolean; inaccessible?: boolean } = {}): Update {
    const id = `cbq-${this.#nextUpdateId}`;
    if (!options.late) this.#openCallbackQueries.add(id);
    const shown = options.inaccessible ? { chat: message.chat, message_id: message.message_id, date: 0 } : message;
    return this.push({ callback_query: { id, from, message: shown, chat_instance: `ci-${message.chat.id}`, data } } as Omit<Update, "update_id">);
  }

  /** A user types `@bot query` in some chat. */
  userTypesInline(from: User, query: string): Update {
    const id = `iq-${this.#nextUpdateId}`;
    this.#openInlineQueries.add(id);
    return this.push({ inline_query: { id, from, query, offset: "", chat_type: "supergroup" } } as Omit<Update, "update_id">);
  }

  /**
   * A basic group is upgraded to a supergroup (an admin turned on a supergroup-only feature): from now on
   * every message sent to the old id is refused with 400 and `parameters.migrate_to_chat_id`, as Telegram does.
   */
  migrateGroup(from: Chat, to: Chat): void {
    this.#migrated.set(from.id, to.id);
    this.#chats.set(to.id, to);
  }

  /** Queues an update (an id is assigned) and wakes a waiting `getUpdates`. */
  push(update: Omit<Update, "update_id">): Update {
    const full = { update_id: this.#nextUpdateId++, ...update } as Update;
    this.#queue.push(full);
    this.#events.emit("update");
    return full;
  }

  /** Queues updates again with their ids, as Telegram does when a previous poller never confirmed them. */
  redeliver(updates: Update[]): void {
    this.#queue.push(...updates);
    this.#queue.sort((a, b) => a.update_id - b.update_id);
    this.#events.emit("update");
  }

  /**
   * Makes the next `times` calls of `method` (those whose payload passes `when`, if given) fail with
   * `fault`: an API error (HTTP status = error_code), a dropped connection or a stall. Faults strike
   * before the call takes effect (nothing is sent, no offset confirmed).
   */
  failNext(method: string, fault: Fault, times = 1, when?: (payload: JsonObject) => boolean): void {
    const queue = this.#failures.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push({ fault, ...(when ? { when } : {}) });
    this.#failures.set(method, queue);
  }

  // ——— what tests read ———

  /** Updates Telegram still holds for the bot: queued and not yet confirmed by a `getUpdates` with a higher offset. */
  get unconfirmed(): number {
    return this.#queue.length;
  }

  /** Successful calls of `method`. */
  succeeded(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method && call.ok);
  }

  /** Messages the bot managed to send to `chatId`, oldest first. */
  sentTo(chatId: number): Message[] {
    return this.succeeded("sendMessage")
      .filter((call) => call.payload.chat_id === chatId)
      .map((call) => call.message as Message);
  }

  /** The stored message (for replies and button presses). */
  message(chatId: number, messageId: number): Message | undefined {
    return this.#messages.get(`${chatId}:${messageId}`);
  }

  /** Resolves with the `count`-th recorded call matching `predicate` (counting past calls too); rejects after `timeoutMs` so a hang fails fast. */
  waitFor(predicate: (call: RecordedCall) => boolean, options: { count?: number; timeoutMs?: number } = {}): Promise<RecordedCall> {
    const count = options.count ?? 1;
    const check = () => this.calls.filter(predicate)[count - 1];
    return new Promise((resolve, reject) => {
      const found = check();
      if (found) return resolve(found);
      const onCall = () => {
        const match = check();
        if (!match) return;
        clearTimeout(timer);
        this.#events.off("call", onCall);
        resolve(match);
      };
      const timer = setTimeout(() => {
        this.#events.off("call", onCall);
        reject(new Error(`fake Telegram: no ${count === 1 ? "" : `${count}th `}matching call within ${options.timeoutMs ?? 5000} ms; calls so far: ${this.calls.map((call) => call.method).join(", ")}`));
      }, options.timeoutMs ?? 5000);
      this.#events.on("call", onCall);
    });
  }

  /** Calls `listener` with each call as it is recorded, until the returned function is called. */
  onCall(listener: (call: RecordedCall) => void): () => void {
    this.#events.on("call", listener);
    return () => this.#events.off("call", listener);
  }

  /** Waits for the bot's `count`-th successful message to `chatId`. */
  async nextMessageTo(chatId: number, count: number): Promise<Message> {
    const call = await this.waitFor((c) => c.method === "sendMessage" && c.ok && c.payload.chat_id === chatId, { count });
    return call.message as Message;
  }

  // ——— the HTTP side ———

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(request.url ?? "");
    const body = await readBody(request);
    if (!match) return send(response, 404, { ok: false, error_code: 404, description: "Not Found" });
    const [, token, method] = match as unknown as [string, string, string];
    if (token !== this.token) return send(response, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    const payload = parsePayload(body, request.headers["content-type"]);

    const injected = this.#takeFault(method, payload);
    if (injected === "drop" || injected === "stall") {
      this.#record({ method, payload, ok: false, fault: injected });
      if (injected === "drop") request.socket.destroy();
      return;
    }
    if (injected) {
      this.#record({ method, payload, ok: false, error: injected });
      return send(response, injected.error_code, { ok: false, ...injected });
    }
    let result: unknown;
    try {
      result = method === "getUpdates" ? await this.#getUpdates(payload, request) : this.#call(method, payload);
    } catch (error) {
      const apiError: ApiError = error instanceof ApiFailure ? error.error : { error_code: 500, description: `Internal Server Error: ${String(error)}` };
      this.#record({ method, payload, ok: false, error: apiError });
      return send(response, apiError.error_code, { ok: false, ...apiError });
    }
    if (method !== "getUpdates") {
      const message = method === "sendMessage" || method === "sendPhoto" ? (result as Message) : undefined;
      this.#record({ method, payload, ok: true, ...(message ? { message } : {}) });
    } else {
      this.#record({ method, payload, ok: true });
    }
    send(response, 200, { ok: true, result });
  }

  #takeFault(method: string, payload: JsonObject): Fault | undefined {
    const queue = this.#failures.get(method) ?? [];
    const index = queue.findIndex((entry) => entry.when?.(payload) ?? true);
    return index < 0 ? undefined : queue.splice(index, 1)[0]?.fault;
  }

  #record(call: RecordedCall): void {
    this.calls.push(call);
    this.#events.emit("call", call);
  }

  async #getUpdates(payload: JsonObject, request: IncomingMessage): Promise<Update[]> {
    if (this.webhookUrl !== "") {
      throw new ApiFailure(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    }
    const offset = Number(payload.offset ?? 0);
    const limit = Math.min(Math.max(Number(payload.limit ?? 100), 1), 100);
    const timeout = Number(payload.timeout ?? 0);
    // Telegram forgets every update below the offset: that call confirms them.
    if (offset > 0) this.#queue = this.#queue.filter((update) => update.update_id >= offset);
    const pending = () => this.#queue.filter((update) => update.update_id >= offset).slice(0, limit);
    if (pending().length > 0 || timeout <= 0 || this.#closed) return pending();
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#events.off("update", done);
        request.off("close", done);
        resolve();
      };
      const timer = setTimeout(done, timeout * 1000);
      this.#events.on("update", done);
      request.once("close", done);
    });
    return pending();
  }

  #call(method: string, payload: JsonObject): unknown {
    const movedTo = SENDS_TO_CHAT.has(method) ? this.#migrated.get(Number(payload.chat_id)) : undefined;
    if (movedTo !== undefined) throw new ApiFailure(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: movedTo });
    switch (method) {
      case "getMe":
        return this.bot;
      case "deleteWebhook":
        this.webhookUrl = "";
        if (payload.drop_pending_updates) this.#queue = [];
        return true;
      case "setWebhook":
        if (typeof payload.url !== "string" || payload.url === "") throw new ApiFailure(400, "Bad Request: bad webhook: URL must not be empty");
        this.webhookUrl = payload.url;
        return true;
      case "setMyCommands":
        for (const command of (payload.commands ?? []) as Array<{ command: string; description: string }>) {
          if (!/^[a-z0-9_]{1,32}$/.test(command.command)) throw new ApiFailure(400, "Bad Request: BOT_COMMAND_INVALID");
          if (command.description.length < 1 || command.description.length > 256) throw new ApiFailure(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
        }
        return true;
      case "sendMessage":
        return this.#sendMessage(payload);
      case "sendPhoto":
        return this.#sendPhoto(payload);
      case "sendChatAction":
        if (!CHAT_ACTIONS.has(String(payload.action))) throw new ApiFailure(400, "Bad Request: wrong parameter action in request");
        return true;
      case "answerCallbackQuery":
        if (!this.#openCallbackQueries.delete(String(payload.callback_query_id))) {
          throw new ApiFailure(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
        }
        if (typeof payload.text === "string" && payload.text.length > 200) throw new ApiFailure(400, "Bad Request: MESSAGE_TOO_LONG");
        return true;
      case "answerInlineQuery":
        return this.#answerInlineQuery(payload);
      case "editMessageReplyMarkup":
        return this.#editReplyMarkup(payload);
      default:
        throw new ApiFailure(404, "Not Found: method not found");
    }
  }

  #sendMessage(payload: JsonObject): Message {
    const chatId = Number(payload.chat_id);
    if (!Number.isFinite(chatId)) throw new ApiFailure(400, "Bad Request: chat not found");
    const { text, entities } = parseText(String(payload.text ?? ""), payload.parse_mode);
    checkKeyboard(payload.reply_markup);
    const message = {
      message_id: this.#messageId(chatId),
      date: now(),
      chat: this.#chat(chatId),
      from: { id: this.bot.id, is_bot: true, first_name: this.bot.first_name, username: this.bot.username },
      ...topicOf(typeof payload.message_thread_id === "number" ? payload.message_thread_id : undefined),
      text,
      ...(entities.length > 0 ? { entities: entities as MessageEntity[] } : {}),
      ...(payload.reply_markup ? { reply_markup: payload.reply_markup as InlineKeyboardMarkup } : {}),
      ...(payload.reply_parameters ? { reply_to_message: this.#messages.get(`${chatId}:${payload.reply_parameters.message_id}`) } : {}),
    } as Message;
    this.#messages.set(`${chatId}:${message.message_id}`, message);
    return message;
  }

  /** A photo uploaded in the request (multipart, `photo: "attach://<field>"`), checked as Telegram checks it. */
  #sendPhoto(payload: JsonObject): Message {
    const chatId = Number(payload.chat_id);
    if (!Number.isFinite(chatId)) throw new ApiFailure(400, "Bad Request: chat not found");
    const file = uploadedFile(payload, "photo");
    if (!file) throw new ApiFailure(400, "Bad Request: wrong file identifier/HTTP URL specified");
    const size = imageSize(file.data);
    if (!size) throw new ApiFailure(400, "Bad Request: IMAGE_PROCESS_FAILED");
    if (size.width + size.height > 10_000 || Math.max(size.width / size.height, size.height / size.width) > 20) {
      throw new ApiFailure(400, "Bad Request: PHOTO_INVALID_DIMENSIONS");
    }
    if (file.data.length > 10 * 1024 * 1024) throw new ApiFailure(400, "Bad Request: PHOTO_SAVE_FILE_INVALID");
    const { text: caption, entities } = parseCaption(String(payload.caption ?? ""), payload.parse_mode);
    checkKeyboard(payload.reply_markup);
    const message = {
      message_id: this.#messageId(chatId),
      date: now(),
      chat: this.#chat(chatId),
      from: { id: this.bot.id, is_bot: true, first_name: this.bot.first_name, username: this.bot.username },
      photo: [{ file_id: `photo-${chatId}-${this.#nextUpdateId}`, file_unique_id: `u${file.data.length}`, width: size.width, height: size.height, file_size: file.data.length }],
      ...(caption !== "" ? { caption } : {}),
      ...(entities.length > 0 ? { caption_entities: entities as MessageEntity[] } : {}),
      ...(payload.reply_markup ? { reply_markup: payload.reply_markup as InlineKeyboardMarkup } : {}),
      ...(payload.reply_parameters ? { reply_to_message: this.#messages.get(`${chatId}:${payload.reply_parameters.message_id}`) } : {}),
    } as Message;
    this.#messages.set(`${chatId}:${message.message_id}`, message);
    return message;
  }

  #answerInlineQuery(payload: JsonObject): true {
    if (!this.#openInlineQueries.delete(String(payload.inline_query_id))) {
      throw new ApiFailure(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
    }
    const results = (payload.results ?? []) as JsonObject[];
    if (results.length > 50) throw new ApiFailure(400, "Bad Request: RESULTS_TOO_MUCH");
    const ids = new Set<string>();
    for (const result of results) {
      const id = String(result.id ?? "");
      if (id === "" || Buffer.byteLength(id) > 64) throw new ApiFailure(400, "Bad Request: RESULT_ID_INVALID");
      if (ids.has(id)) throw new ApiFailure(400, "Bad Request: RESULT_ID_DUPLICATE");
      ids.add(id);
      const content = result.input_message_content as JsonObject | undefined;
      if (!content) throw new ApiFailure(400, "Bad Request: MESSAGE_EMPTY");
      parseText(String(content.message_text ?? ""), content.parse_mode);
    }
    return true;
  }

  #editReplyMarkup(payload: JsonObject): Message {
    const key = `${payload.chat_id}:${payload.message_id}`;
    const message = this.#messages.get(key);
    if (!message) throw new ApiFailure(400, "Bad Request: message to edit not found");
    checkKeyboard(payload.reply_markup);
    if (JSON.stringify(message.reply_markup ?? { inline_keyboard: [] }) === JSON.stringify(payload.reply_markup ?? { inline_keyboard: [] })) {
      throw new ApiFailure(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
    }
    const edited = { ...message, reply_markup: payload.reply_markup as InlineKeyboardMarkup, edit_date: now() } as Message;
    this.#messages.set(key, edited);
    return edited;
  }

  #messageId(chatId: number): number {
    const next = (this.#nextMessageId.get(chatId) ?? 100) + 1;
    this.#nextMessageId.set(chatId, next);
    return next;
  }

  #chat(chatId: number): Chat {
    const known = this.#chats.get(chatId);
    if (known) return known;
    for (const message of this.#messages.values()) if (message.chat.id === chatId) return message.chat;
    return { id: chatId, type: "private", first_name: "Someone" } as Chat;
  }
}

class ApiFailure extends Error {
  readonly error: ApiError;
  constructor(code: number, description: string, parameters?: ApiError["parameters"]) {
    super(description);
    this.error = { error_code: code, description, ...(parameters ? { parameters } : {}) };
  }
}

/** The text a user sees, as Telegram derives it; throws `ApiFailure` as Telegram answers bad text. */
function parseText(raw: string, parseMode: unknown): { text: string; entities: ParsedEntity[] } {
  let parsed: { text: string; entities: ParsedEntity[] } = { text: raw, entities: [] };
  if (parseMode === "HTML") {
    try {
      parsed = parseTelegramHtml(raw);
    } catch (error) {
      if (error instanceof HtmlParseError) throw new ApiFailure(400, `Bad Request: ${error.message}`);
      throw error;
    }
  }
  if (parsed.text.trim() === "") throw new ApiFailure(400, "Bad Request: message text is empty");
  if (parsed.text.length > MAX_TEXT) throw new ApiFailure(400, "Bad Request: message is too long");
  return parsed;
}

/** A photo's caption as the user sees it; empty is allowed, over 1024 characters is not. */
function parseCaption(raw: string, parseMode: unknown): { text: string; entities: ParsedEntity[] } {
  let parsed: { text: string; entities: ParsedEntity[] } = { text: raw, entities: [] };
  if (parseMode === "HTML") {
    try {
      parsed = parseTelegramHtml(raw);
    } catch (error) {
      if (error instanceof HtmlParseError) throw new ApiFailure(400, `Bad Request: ${error.message}`);
      throw error;
    }
  }
  if (parsed.text.length > MAX_CAPTION) throw new ApiFailure(400, "Bad Request: message caption is too long");
  return parsed;
}

/** The file a field refers to with `attach://<name>`; undefined for anything else (file ids and URLs are not served here). */
export function uploadedFile(payload: JsonObject, field: string): UploadedFile | undefined {
  const reference = payload[field];
  if (typeof reference !== "string" || !reference.startsWith("attach://")) return undefined;
  const file = payload[reference.slice("attach://".length)] as unknown;
  return file !== null && typeof file === "object" && Buffer.isBuffer((file as UploadedFile).data) ? (file as UploadedFile) : undefined;
}

/** Width and height of a PNG (from its IHDR chunk); undefined for other bytes (the fake reads PNG only, the one format the bot sends). */
function imageSize(data: Buffer): { width: number; height: number } | undefined {
  if (data.length < 24 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function checkKeyboard(markup: unknown): void {
  const rows = (markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? [];
  for (const button of rows.flat()) {
    if ("callback_data" in button) {
      const bytes = Buffer.byteLength(button.callback_data);
      if (bytes < 1 || bytes > 64) throw new ApiFailure(400, "Bad Request: BUTTON_DATA_INVALID");
    }
    if (!button.text) throw new ApiFailure(400, "Bad Request: BUTTON_TEXT_EMPTY");
  }
}

/** Commands at the start and @mentions anywhere, with UTF-16 offsets, as Telegram marks them. */
export function detectEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[a-zA-Z0-9_]{1,32}(@[a-zA-Z0-9_]{5,32})?/.exec(text);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  for (const mention of text.matchAll(/(^|[^a-zA-Z0-9_/])(@[a-zA-Z0-9_]{5,32})/g)) {
    const offset = (mention.index ?? 0) + (mention[1]?.length ?? 0);
    entities.push({ type: "mention", offset, length: mention[2]?.length ?? 0 });
  }
  return entities;
}

/** A message in a forum topic carries the topic's thread id (and, in a forum supergroup, `is_topic_message`). */
function topicOf(thread: number | undefined): Partial<Message> {
  return thread === undefined ? {} : { message_thread_id: thread, is_topic_message: true };
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.once("end", () => resolve(Buffer.concat(chunks)));
    request.once("error", reject);
  });
}

/** JSON, or multipart/form-data as grammY sends it when uploading a file. */
function parsePayload(body: Buffer, contentType: string | undefined): JsonObject {
  if (body.length === 0) return {};
  if (contentType?.includes("application/json")) return JSON.parse(body.toString("utf8")) as JsonObject;
  const boundary = /multipart\/form-data;\s*boundary=("?)([^";]+)\1/i.exec(contentType ?? "")?.[2];
  if (boundary !== undefined) return parseMultipart(body, boundary);
  throw new Error(`fake Telegram: unexpected content type ${contentType ?? "(none)"}`);
}

/**
 * Form fields as payload entries: a file part as an `UploadedFile`, a field
 * holding a JSON object or array (reply_markup, reply_parameters…) parsed as
 * Telegram parses it, any other field as its string.
 */
function parseMultipart(body: Buffer, boundary: string): JsonObject {
  const delimiter = Buffer.from(`--${boundary}`);
  const payload: JsonObject = {};
  for (let start = body.indexOf(delimiter); start >= 0; ) {
    const contentStart = start + delimiter.length + 2; // the CRLF after the delimiter
    const next = body.indexOf(delimiter, contentStart);
    if (next < 0) break;
    const part = body.subarray(contentStart, next - 2); // the CRLF before the next delimiter
    start = next;
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd < 0) continue;
    const headers = part.subarray(0, headerEnd).toString("utf8");
    const data = part.subarray(headerEnd + 4);
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined) continue;
    const filename = /filename=(?:"([^"]*)"|([^;\r\n]+))/i.exec(headers);
    if (filename) {
      payload[name] = { filename: filename[1] ?? filename[2], data: Buffer.from(data) } satisfies UploadedFile;
      continue;
    }
    const text = data.toString("utf8");
    payload[name] = name !== "caption" && name !== "text" && /^[[{]/.test(text) ? JSON.parse(text) : text;
  }
  return payload;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (response.destroyed) return;
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
