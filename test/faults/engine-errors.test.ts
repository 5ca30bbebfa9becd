/**
 * A bug met while answering is visible to the operator: the entry points open
 * the engine with a logger, and every exception the engine catches becomes
 * one error line (with the stack, without the user's question at info level),
 * while the user is told something went wrong.
 */
import { Writable } from "node:stream";
import { expect, it } from "vitest";
import { createLogger } from "../../adapters/shared/logger.ts";
import { openEngine } from "../../adapters/shared/open-engine.ts";

function capturedLogger(level: string) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger(level, destination), lines };
}

function openWithFaultyJapan() {
  const { logger, lines } = capturedLogger("info");
  const opened = openEngine(undefined, logger);
  if (!opened.ok) throw new Error(opened.message);
  const japan = opened.engine.dataset.agreements.find((agreement) => agreement.partner === "Japan");
  if (japan === undefined) throw new Error("the fixture must hold Japan");
  Object.defineProperty(japan, "signed", {
    get() {
      throw new Error("record unreadable");
    },
  });
  return { engine: opened.engine, logger, lines };
}

const { engine, logger, lines } = openWithFaultyJapan();

it("logs the engine's caught exception once as an error with its stack, and keeps the question out of an info-level log", async () => {
  const answer = engine.answer("When did Japan sign?");
  expect(answer.text).toMatch(/^Something went wrong on my side/);
  await new Promise((resolve) => setImmediate(resolve));
  const errors = lines.filter((line) => line.level === 50);
  expect(errors).toHaveLength(1);
  expect(errors[0]?.msg).toBe("the engine failed to answer");
  expect(errors[0]?.method).toBe("answer");
  const err = errors[0]?.err as { message?: string; stack?: string } | undefined;
  expect(err?.message).toBe("record unreadable");
  expect(err?.stack).toMatch(/\n\s+at /);
  expect(JSON.stringify(lines)).not.toContain("When did Japan sign?");
});

it("puts the failing question in the line at debug level, so the bug can be reproduced", async () => {
  logger.level = "debug";
  lines.length = 0;
  engine.agreement("Japan");
  await new Promise((resolve) => setImmediate(resolve));
  const [error] = lines.filter((line) => line.level === 50);
  expect(error?.method).toBe("agreement");
  expect(error?.input).toBe("Japan");
});
