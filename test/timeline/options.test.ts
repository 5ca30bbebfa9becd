/**
 * Options that do not fit the data give an error value with a message an
 * adapter can show as it is; nothing is drawn for them.
 */
import { describe, expect, it } from "vitest";
import { renderTimeline, type TimelineError } from "../../src/timeline/index.ts";
import { loadFixture } from "./fixture.ts";

const dataset = loadFixture();

async function errorOf(options: unknown): Promise<TimelineError> {
  // Adapters pass what users typed; the check must hold for values outside the type too.
  const result = await renderTimeline(dataset, options as Parameters<typeof renderTimeline>[1]);
  if (result.ok) throw new Error("expected an error value, got a picture");
  return result.error;
}

describe("renderTimeline option errors", () => {
  it("a year without signings names the years that have some", async () => {
    const error = await errorOf({ year: 2023 });
    expect(error).toEqual({ code: "year-without-signings", message: "No agreements were signed in 2023. Years with agreements: 2024, 2025.", years: [2024, 2025] });
  });

  it("an unknown partner id is named in the message", async () => {
    const error = await errorOf({ partner: "atlantis" });
    expect(error.code).toBe("unknown-partner");
    expect(error.message).toBe('No partner in the registry matches "atlantis".');
  });

  it("a partner outside the chosen year says when it signed", async () => {
    const error = await errorOf({ year: 2024, partner: "albania" });
    expect(error.code).toBe("partner-outside-year");
    expect(error.message).toBe("Albania signed in 2025, not in 2024.");
  });

  it("values of the wrong type or unknown fields are invalid options, each named", async () => {
    const error = await errorOf({ year: "2024", lang: "fr", colour: "red" });
    expect(error.code).toBe("invalid-options");
    for (const field of ["year", "lang", "colour"]) expect(error.message).toContain(field);
  });

  it("messages follow the requested language", async () => {
    expect((await errorOf({ year: 2023, lang: "uk" })).message).toBe("У 2023 році угод не підписували. Роки з угодами: 2024, 2025.");
    expect((await errorOf({ partner: "atlantis", lang: "uk" })).message).toBe("У реєстрі немає партнера, що відповідає «atlantis».");
    expect((await errorOf({ partner: "japan", year: 2025, lang: "uk" })).message).toBe("Угоду з Японією підписано у 2024 році, а не у 2025.");
  });
});
