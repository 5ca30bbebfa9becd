/**
 * A real `redis-server` for one test file: on a free port of 127.0.0.1, in
 * a temporary folder, nothing saved to disk. `stop()` and `start()` again
 * (on the same port) make an outage and its end.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export class RedisServer {
  readonly port: number;
  readonly #dir: string;
  #process: ChildProcess | undefined;

  private constructor(port: number) {
    this.port = port;
    this.#dir = mkdtempSync(join(tmpdir(), "pact-desk-redis-"));
  }

  /** Starts a server on a free port; resolves once it answers PING. */
  static async start(): Promise<RedisServer> {
    const server = new RedisServer(await freePort());
    await server.start();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.#process !== undefined;
  }

  /** Starts the server (again, after `stop`) on its port. */
  async start(): Promise<void> {
    const child = spawn("redis-server", ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", this.#dir], { stdio: "ignore" });
    this.#process = child;
    let failed: Error | undefined;
    child.once("error", (error: NodeJS.ErrnoException) => {
      failed = error.code === "ENOENT" ? new Error("redis-server is not installed: the Redis tests start a real one (Debian: apt-get install redis-server; .ci/run installs it)") : error;
    });
    const deadline = Date.now() + 5_000;
    while (!(await answersPing(this.port))) {
      if (failed !== undefined) throw failed;
      if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode} (is port ${this.port} taken?)`);
      if (Date.now() > deadline) throw new Error("redis-server did not answer PING within 5 s");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Stops the server (its data goes with it: nothing is saved). */
  async stop(): Promise<void> {
    const child = this.#process;
    if (!child) return;
    this.#process = undefined;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    }
  }

  /** Stops the server and removes its folder. */
  async close(): Promise<void> {
    await this.stop();
    rmSync(this.#dir, { recursive: true, force: true });
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Whether a Redis server on `port` answers PING with PONG. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(500, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(data.toString().startsWith("+PONG")));
  });
}
