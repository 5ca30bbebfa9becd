/**
 * Reading the requests discord.js makes for one interaction, as the fake
 * Discord records them: which is the callback, which edits a deferred reply,
 * and the message a request carries. An answer that is ready at once goes out
 * as the callback itself (type 4, the message in `data`); a slow one is
 * deferred (type 5) and arrives as an edit of the original reply.
 */
import type { RecordedRequest } from "./discord-fake.ts";

/** The interaction callback: `POST /interactions/:id/:token/callback`. */
export const isCallback = (request: RecordedRequest): boolean => request.method === "POST" && request.path.endsWith("/callback");

/** The edit of a deferred reply: `PATCH /webhooks/:app/:token/messages/@original`. */
export const isOriginalEdit = (request: RecordedRequest): boolean => request.method === "PATCH" && request.path.endsWith("/messages/@original");

/** The callback type (4 reply, 5 deferred, 8 autocomplete), or undefined for any other request. */
export function callbackType(request: RecordedRequest | undefined): number | undefined {
  return request && isCallback(request) ? (request.body as { type?: number } | undefined)?.type : undefined;
}

/** The request that shows a reply's first message: a type-4 callback, or the edit of a deferred reply. */
export const isReply = (request: RecordedRequest): boolean => callbackType(request) === 4 || isOriginalEdit(request);

/** The message a request carries (a callback's `data`, any other request's body); `{}` when there is none. */
export function messageOf<Message extends object>(request: RecordedRequest | undefined): Partial<Message> {
  if (!request) return {};
  const body = (request.body ?? {}) as { data?: object };
  return (isCallback(request) ? (body.data ?? {}) : body) as Partial<Message>;
}
