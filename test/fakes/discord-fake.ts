/**
 * A local stand-in for Discord (REST API + gateway) on 127.0.0.1 that the real
 * discord.js 14 client accepts: point `rest.api` (or `DISCORD_API_ROOT`) at
 * `fake.apiRoot`; the client discovers the gateway from `GET /gateway/bot`.
 *
 * The gateway speaks HELLO, IDENTIFY → READY, heartbeat → ACK, RESUME →
 * RESUMED, and then sends whatever dispatches a test pushes
 * (`fake.interact(payload)`). With `shards` it stands for a sharded bot:
 * `GET /gateway/bot` recommends that many, each session is the shard its
 * IDENTIFY names, and an interaction goes to the shard Discord would send it
 * to (`(guild_id >> 22) % shards`; DMs to shard 0). Every REST request is recorded with its decoded
 * JSON body (multipart bodies: the `payload_json` part, plus the files), so a
 * test can assert exactly what a user would see. Failures can be injected per
 * request (`fake.failNext`). No permission checks, deadlines, rate limits or
 * payload validation: keep limit checks in the tests themselves.
 */
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export interface RecordedFile {
  /** The form field name, e.g. `files[0]`. */
  field: string;
  filename: string | undefined;
  contentType: string | undefined;
  data: Buffer;
}

export interface RecordedRequest {
  method: string;
  /** Decoded path after `/api/v10`, e.g. `/interactions/1/tok/callback` or `/webhooks/1/tok/messages/@original`. */
  path: string;
  query: URLSearchParams;
  /** The JSON body (for multipart: the parsed `payload_json` part); undefined when there was none. */
  body: unknown;
  files: RecordedFile[];
  /** The Authorization header as sent (interaction callbacks send none). */
  authorization: string | undefined;
  /** The status the fake answered with. */
  status: number;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeDiscordOptions {
  /** The application (and bot user) id. Default "111111111111111111". */
  applicationId?: string;
  /** Heartbeat interval announced in HELLO, in ms. Default 41250 (Discord's usual). */
  heartbeatIntervalMs?: number;
  /** Shards recommended by `GET /gateway/bot`. Default 1. */
  shards?: number;
  /** `session_start_limit.max_concurrency`: how many shards may identify at once. Default 1. */
  maxConcurrency?: number;
}

interface Connection {
  socket: WebSocket;
  sequence: number;
  identified: boolean;
  /** The shard the session identified as (IDENTIFY's `shard: [id, count]`); 0 without one. */
  shard: number;
}

interface Waiter {
  predicate: (request: RecordedRequest) => boolean;
  resolve: (request: RecordedRequest) => void;
}

interface Failure {
  match: (request: RecordedRequest) => boolean;
  response: FakeResponse;
  remaining: number;
}

const API_PREFIX = "/api/v10";

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Frames the gateway received from clients (IDENTIFY, heartbeats, RESUME), parsed. */
  readonly gatewayFrames: Array<{ op: number; d: unknown }> = [];
  readonly applicationId: string;
  readonly #server: Server;
  readonly #wss: WebSocketServer;
  readonly #connections = new Set<Connection>();
  readonly #waiters = new Set<Waiter>();
  readonly #listeners = new Set<(request: RecordedRequest) => void>();
  readonly #failures: Failure[] = [];
  readonly #heartbeatIntervalMs: number;
  readonly #shards: number;
  readonly #maxConcurrency: number;
  #messageSeq = 0;
  #port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.applicationId = options.applicationId ?? "111111111111111111";
    this.#heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.#shards = options.shards ?? 1;
    this.#maxConcurrency = options.maxConcurrency ?? 1;
    this.#server = createServer((req, res) => void this.#handleHttp(req, res));
    this.#wss = new WebSocketServer({ server: this.#server });
    this.#wss.on("connection", (socket) => this.#handleSocket(socket));
  }

  /** Starts listening on a free port of 127.0.0.1. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.#server.listen(0, "127.0.0.1");
    await once(fake.#server, "listening");
    fake.#port = (fake.#server.address() as AddressInfo).port;
    return fake;
  }

  /** The REST base to give discord.js (`rest.api`) or `DISCORD_API_ROOT`. */
  get apiRoot(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}`;
  }

  /** How many gateway sessions have identified and are open. */
  get sessions(): number {
    return [...this.#connections].filter((connection) => connection.identified).length;
  }

  /** The shards whose sessions have identified and are open, ascending. */
  get shardsConnected(): number[] {
    return [...this.#connections].filter((connection) => connection.identified).map((connection) => connection.shard).sort((a, b) => a - b);
  }

  /** Sends a dispatch (op 0) to every identified gateway session, or only to those of `shard`. */
  dispatch(event: string, data: unknown, shard?: number): void {
    for (const connection of this.#connections) {
      if (connection.identified && (shard === undefined || connection.shard === shard)) this.#send(connection, 0, data, event);
    }
  }

  /** The shard Discord sends a guild's events to; DMs (no guild) go to shard 0. */
  shardOf(guildId: string | undefined): number {
    return guildId === undefined ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(this.#shards));
  }

  /** Sends an INTERACTION_CREATE dispatch (build payloads with `discord-payloads.ts`) to the shard of its guild. */
  interact(payload: unknown): void {
    const guildId = (payload as { guild_id?: unknown }).guild_id;
    this.dispatch("INTERACTION_CREATE", payload, this.shardOf(typeof guildId === "string" ? guildId : undefined));
  }

  /**
   * Answers the next `times` requests that match with `response` instead of
   * the normal one (e.g. a 404 on an interaction callback, a 429, a 500).
   */
  failNext(match: (request: RecordedRequest) => boolean, response: FakeResponse = { status: 404, body: { message: "404: Not Found", code: 0 } }, times = 1): void {
    this.#failures.push({ match, response, remaining: times });
  }

  /** Resolves with the first request (already recorded or still to come) that matches. */
  waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = 5_000): Promise<RecordedRequest> {
    const seen = this.requests.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (request) => {
          clearTimeout(timer);
          resolve(request);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        reject(new Error(`FakeDiscord: no matching request within ${timeoutMs} ms; got:\n${this.requests.map((r) => `${r.method} ${r.path}`).join("\n")}`));
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  /** Calls `listener` with each request once it has been answered, until the returned function is called. */
  onRequest(listener: (request: RecordedRequest) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Every request made on behalf of one interaction (its callback and webhook calls), in order. */
  requestsFor(interactionToken: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path.split("/").includes(interactionToken));
  }

  /** Closes every gateway connection with `code` (4000 = unknown error, which clients resume after). */
  dropConnections(code = 4000): void {
    for (const connection of this.#connections) connection.socket.close(code, "closed by FakeDiscord");
  }

  /** Destroys every gateway connection's socket without a close frame, as a network failure does. */
  cutConnections(): void {
    for (const connection of this.#connections) connection.socket.terminate();
  }

  async close(): Promise<void> {
    for (const connection of this.#connections) connection.socket.terminate();
    for (const waiter of this.#waiters) this.#waiters.delete(waiter);
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const fullPath = decodeURIComponent(url.pathname);
    const path = fullPath.startsWith(API_PREFIX) ? fullPath.slice(API_PREFIX.length) : fullPath;
    const { body, files } = parseBody(raw, req.headers["content-type"]);
    const request: RecordedRequest = {
      method: req.method ?? "GET",
      path,
      query: url.searchParams,
      body,
      files,
      authorization: req.headers.authorization,
      status: 0,
    };
    const response = this.#takeFailure(request) ?? this.#route(request);
    request.status = response.status;
    this.requests.push(request);
    const payload = response.body === undefined ? "" : JSON.stringify(response.body);
    res.writeHead(response.status, { ...(payload ? { "content-type": "application/json" } : {}), ...response.headers });
    res.end(payload);
    for (const listener of this.#listeners) listener(request);
    for (const waiter of this.#waiters) {
      if (waiter.predicate(request)) {
        this.#waiters.delete(waiter);
        waiter.resolve(request);
      }
    }
  }

  #takeFailure(request: RecordedRequest): FakeResponse | undefined {
    const failure = this.#failures.find((candidate) => candidate.remaining > 0 && candidate.match(request));
    if (!failure) return undefined;
    failure.remaining--;
    return failure.response;
  }

  #route(request: RecordedRequest): FakeResponse {
    const { method, path } = request;
    if (method === "GET" && path === "/gateway/bot") {
      return {
        status: 200,
        body: { url: this.gatewayUrl, shards: this.#shards, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: this.#maxConcurrency } },
      };
    }
    if (method === "POST" && /^\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) return { status: 204 };
    const webhook = /^\/webhooks\/([^/]+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path);
    if (webhook) {
      if (method === "DELETE") return { status: 204 };
      if (method === "POST" || method === "PATCH" || method === "GET") {
        return { status: 200, body: this.messageObject(request.body, webhook[3] === "@original" ? undefined : webhook[3]) };
      }
    }
    if (method === "PUT" && /^\/applications\/[^/]+(?:\/guilds\/[^/]+)?\/commands$/.test(path) && Array.isArray(request.body)) {
      const guildId = /\/guilds\/([^/]+)\//.exec(path)?.[1];
      return {
        status: 200,
        body: request.body.map((command: object, i: number) => ({
          id: String(900000000000000000n + BigInt(i)),
          application_id: this.applicationId,
          version: "1",
          type: 1,
          ...(guildId ? { guild_id: guildId } : {}),
          ...command,
        })),
      };
    }
    return { status: 404, body: { message: "404: Not Found", code: 0 } };
  }

  /**
   * A message object as Discord returns it for a webhook send or edit of
   * `body`; also what a test puts under a button click (`buttonClick`).
   */
  messageObject(body: unknown, id?: string): Record<string, unknown> {
    const data = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    return {
      id: id ?? String(800000000000000000n + BigInt(++this.#messageSeq)),
      channel_id: "333333333333333333",
      type: 20,
      content: data.content ?? "",
      author: { id: this.applicationId, username: "pact-desk", discriminator: "0", avatar: null, bot: true, global_name: null },
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: data.embeds ?? [],
      components: data.components ?? [],
      pinned: false,
      flags: data.flags ?? 0,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
    };
  }

  #handleSocket(socket: WebSocket): void {
    const connection: Connection = { socket, sequence: 0, identified: false, shard: 0 };
    this.#connections.add(connection);
    socket.on("close", () => this.#connections.delete(connection));
    socket.on("message", (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d: unknown };
      this.gatewayFrames.push(frame);
      if (frame.op === 1) this.#send(connection, 11, null);
      if (frame.op === 2) {
        connection.identified = true;
        const [shard = 0] = (frame.d as { shard?: [number, number] } | null)?.shard ?? [];
        connection.shard = shard;
        this.#send(connection, 0, this.#ready(shard), "READY");
      }
      if (frame.op === 6) {
        connection.identified = true;
        this.#send(connection, 0, {}, "RESUMED");
      }
    });
    this.#send(connection, 10, { heartbeat_interval: this.#heartbeatIntervalMs });
  }

  #ready(shard: number): Record<string, unknown> {
    return {
      v: 10,
      user: { id: this.applicationId, username: "pact-desk", discriminator: "0", avatar: null, bot: true, global_name: null, flags: 0 },
      guilds: [],
      session_id: `fake-session-${Date.now()}`,
      resume_gateway_url: this.gatewayUrl,
      application: { id: this.applicationId, flags: 0 },
      shard: [shard, this.#shards],
    };
  }

  #send(connection: Connection, op: number, d: unknown, t: string | null = null): void {
    if (connection.socket.readyState !== connection.socket.OPEN) return;
    connection.socket.send(JSON.stringify({ op, d, s: op === 0 ? ++connection.sequence : null, t }));
  }
}

function parseBody(raw: Buffer, contentType: string | undefined): { body: unknown; files: RecordedFile[] } {
  if (raw.length === 0) return { body: undefined, files: [] };
  const boundary = /multipart\/form-data;\s*boundary=("?)([^";]+)\1/i.exec(contentType ?? "")?.[2];
  if (!boundary) {
    const text = raw.toString("utf8");
    try {
      return { body: JSON.parse(text), files: [] };
    } catch {
      return { body: text, files: [] };
    }
  }
  let body: unknown;
  const files: RecordedFile[] = [];
  for (const part of splitMultipart(raw, boundary)) {
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd < 0) continue;
    const headers = part.subarray(0, headerEnd).toString("utf8");
    const data = part.subarray(headerEnd + 4);
    const field = /name="([^"]*)"/i.exec(headers)?.[1] ?? "";
    if (field === "payload_json") body = JSON.parse(data.toString("utf8"));
    else files.push({ field, filename: /filename="([^"]*)"/i.exec(headers)?.[1], contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1], data });
  }
  return { body, files };
}

function splitMultipart(raw: Buffer, boundary: string): Buffer[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let start = raw.indexOf(delimiter);
  while (start >= 0) {
    const contentStart = start + delimiter.length + 2; // skip CRLF after the delimiter
    const next = raw.indexOf(delimiter, contentStart);
    if (next < 0) break;
    parts.push(raw.subarray(contentStart, next - 2)); // drop the CRLF before the next delimiter
    start = next;
  }
  return parts;
}
