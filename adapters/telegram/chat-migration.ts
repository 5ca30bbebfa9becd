/**
 * Groups upgraded to supergroups. Telegram gives the supergroup a new chat id
 * and refuses every message to the old one with 400 and
 * `parameters.migrate_to_chat_id`. This API transformer sends such a message
 * again to the new id (once), and remembers the move, so later messages to
 * that chat go to the new id directly. (The service message that announces
 * the move teaches it too: see `remember`.)
 */
import type { Transformer } from "grammy";
import type { Logger } from "../shared/logger.ts";
import { LRUCache } from "lru-cache";

/** Methods that post into a chat; a message id in their payload belongs to the old chat, so a re-sent call drops it. */
const SENDS_TO_CHAT = new Set(["sendMessage", "sendPhoto", "sendChatAction", "sendDocument", "sendMediaGroup", "sendAnimation", "sendSticker"]);

export class ChatMigrations {
  readonly #moved: LRUCache<number, number>;

  /** @param capacity How many moves are remembered. Default 1000. */
  constructor(capacity = 1000) {
    this.#moved = new LRUCache({ max: capacity });
  }

  /** The id a chat moved to, if it did. */
  movedTo(chatId: number): number | undefined {
    return this.#moved.get(chatId);
  }

  remember(from: number, to: number): void {
    this.#moved.set(from, to);
  }

  /** The transformer; install it outside `autoRetry`, so the call to the new id is retried like any other. */
  transformer(logger: Logger): Transformer {
    return async (prev, method, payload, signal) => {
      if (!SENDS_TO_CHAT.has(method)) return prev(method, payload, signal);
      const chatId = chatIdOf(payload);
      const known = chatId === undefined ? undefined : this.movedTo(chatId);
      if (known !== undefined) return prev(method, retarget(payload, known), signal);
      const result = await prev(method, payload, signal);
      const to = result.ok ? undefined : result.parameters?.migrate_to_chat_id;
      if (to === undefined || chatId === undefined) return result;
      this.remember(chatId, to);
      logger.info({ method, from: chatId, to }, "the group became a supergroup; sending there");
      return prev(method, retarget(payload, to), signal);
    };
  }
}

function chatIdOf(payload: unknown): number | undefined {
  const chatId = typeof payload === "object" && payload !== null && "chat_id" in payload ? payload.chat_id : undefined;
  return typeof chatId === "number" ? chatId : undefined;
}

/** The same call addressed to `chatId`, without what refers to the old chat's messages and threads. */
function retarget<P>(payload: P, chatId: number): P {
  const { reply_parameters: _reply, message_thread_id: _thread, ...rest } = payload as Record<string, unknown>;
  return { ...rest, chat_id: chatId } as P;
}
