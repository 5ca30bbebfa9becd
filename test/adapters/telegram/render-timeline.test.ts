/** The timeline photo's caption: within Telegram's 1024 characters, sources moved to a message when they do not fit. */
import { describe, expect, it } from "vitest";
import { renderTimelineMessages } from "../../../adapters/telegram/render-timeline.ts";
import type { Citation } from "../../../src/index.ts";
import { parseTelegramHtml } from "../../fakes/telegram-html.ts";

const citation = (n: number, title: string): Citation => ({
  n,
  id: `source-${n}`,
  title,
  publisher: "Office of the President of Ukraine",
  published: "2024-06-13",
  url: `https://example.org/agreements/${n}?a=1&b=<2>`,
});

const summary = "28 agreements in Ukraine's official count, as of 25 January 2026. Also shown, not in the official count: Croatia & <Others>.";

describe("renderTimelineMessages", () => {
  it("puts the sources in the caption as links when they fit, escaping what the data holds", () => {
    const { caption, followUp } = renderTimelineMessages({ caption: summary, citations: [citation(1, "Agreement <text> & annex")] }, "en");
    const seen = parseTelegramHtml(caption);
    expect(seen.text).toBe(`${summary}\n\nSources:\n[1] Agreement <text> & annex — Office of the President of Ukraine, 13 June 2024`);
    expect(seen.entities.find((entity) => entity.type === "text_link")).toMatchObject({ url: "https://example.org/agreements/1?a=1&b=<2>" });
    expect(followUp).toEqual([]);
  });

  it("keeps the caption within 1024 characters and sends the sources after it when they do not fit", () => {
    const citations = Array.from({ length: 12 }, (_, index) => citation(index + 1, `A long source title number ${index + 1} ${"with many words ".repeat(6)}`));
    const { caption, followUp } = renderTimelineMessages({ caption: summary, citations }, "uk");
    expect(parseTelegramHtml(caption).text).toBe(summary);
    const listed = followUp.map((message) => parseTelegramHtml(message).text).join("\n");
    expect(listed.startsWith("Джерела:")).toBe(true);
    for (const source of citations) expect(listed).toContain(source.title.trim());
  });
});
