/**
 * What the bot's log lines may carry: credential fields (a token, an
 * authorization header) are blanked at the top of a line and one level down,
 * in fields and in logged errors alike; other fields pass unchanged.
 */
import { expect, it } from "vitest";
import { LogCapture } from "./harness.ts";

class FailedCall extends Error {
  token = "error-field-token";
  headers = { authorization: "Bearer error-header", accept: "application/json" };
}

it("blanks tokens and authorization headers in fields and errors, and leaves other fields alone", () => {
  const logs = new LogCapture("debug");
  logs.logger.info({ token: "top-token", config: { token: "config-token", apiRoot: "http://127.0.0.1" } }, "configured");
  logs.logger.info({ request: { headers: { authorization: "Bearer nested", accept: "text/html" } } }, "request");
  logs.logger.error({ err: new FailedCall("boom") }, "update failed");
  logs.logger.info({ kind: "ask", chat: "private", status: "answered", note: '{"token":"quoted"}' }, "answered");

  const [configured, request, failed, answered] = logs.lines();
  expect(configured).toMatchObject({ token: "[REDACTED]", config: { token: "[REDACTED]", apiRoot: "http://127.0.0.1" } });
  expect(request).toMatchObject({ request: { headers: { authorization: "[REDACTED]", accept: "text/html" } } });
  expect(failed).toMatchObject({ err: { message: "boom", token: "[REDACTED]", headers: { authorization: "[REDACTED]", accept: "application/json" } } });
  // A string that merely looks like a credential field is text, not a field.
  expect(answered).toMatchObject({ platform: "telegram", kind: "ask", chat: "private", status: "answered", note: '{"token":"quoted"}' });
  for (const secret of ["top-token", "config-token", "Bearer nested", "error-field-token", "Bearer error-header"]) expect(logs.raw.join("")).not.toContain(secret);
});
