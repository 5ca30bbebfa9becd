/** The timeline reply on its own: within Discord's embed limits whatever the sources, and errors shown as plain text. */
import { describe, expect, it } from "vitest";
import { renderTimelineReply } from "../../../adapters/discord/timeline.ts";
import type { Citation, TimelineImage } from "../../../src/index.ts";
import { limitViolations } from "./limits.ts";

const examples = { year: 2024, partner: "Japan" };

function image(citations: Citation[]): TimelineImage {
  return { png: Buffer.from("png"), svg: "<svg/>", width: 2400, height: 1520, caption: "28 agreements in Ukraine's official count, as of 25 January 2026.", citations, text: "" };
}

describe("renderTimelineReply", () => {
  it("cuts a long source list to fit the embed and says how many more there are", () => {
    const citations = Array.from({ length: 60 }, (_, index) => ({
      n: index + 1,
      id: `source-${index + 1}`,
      title: `A very long report title ${"with many words ".repeat(12)}${index + 1}`,
      publisher: `Publisher ${index + 1}`,
      published: "2024-06",
      url: `https://example.org/reports/${index + 1}/${"x".repeat(120)}`,
    }));
    const reply = renderTimelineReply({ ok: true, image: image(citations) }, "en", examples);
    expect(limitViolations(reply)).toEqual([]);
    const description = reply.embeds[0]?.description ?? "";
    expect(description.startsWith("28 agreements in Ukraine's official count, as of 25 January 2026.")).toBe(true);
    expect(description).toContain("**[1]** [A very long report title");
    expect(description).toMatch(/…and \d+ more: see \/sources\.$/);
    expect(reply.files[0]).toMatchObject({ name: "timeline.png", description: image([]).caption });
  });

  it("shows a refusal as text with markdown escaped, and no embed or file", () => {
    const error = { code: "unknown-partner" as const, message: 'No partner in the registry matches "__Atlantis__".', years: [2024, 2025] };
    const reply = renderTimelineReply({ ok: false, error }, "en", examples);
    expect(reply).toEqual({
      content: 'I can\'t draw that timeline. No partner in the registry matches "\\_\\_Atlantis\\_\\_". Try /timeline, or pick year:2024 or partner:Japan.',
      embeds: [],
      files: [],
    });
  });
});
