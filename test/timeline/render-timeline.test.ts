/**
 * The timeline picture end to end: fixture registry → Vega-Lite → SVG → PNG,
 * checked the way a person would look at it (size, ink, labels, legend,
 * highlight, year filter) and for its cache.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/dataset/schema.ts";
import { renderTimeline, type TimelineImage, type TimelineResult } from "../../src/timeline/index.ts";
import { loadMeasureText } from "../../src/timeline/fonts.ts";
import { layoutChart } from "../../src/timeline/layout.ts";
import { buildTimelineModel } from "../../src/timeline/model.ts";
import { resolveTimelineOptions } from "../../src/timeline/options.ts";
import { timelineSpec } from "../../src/timeline/spec.ts";
import { timelineStrings } from "../../src/timeline/strings.ts";
import { loadFixture } from "./fixture.ts";
import { inkedShare, luminanceVariance, pngPixels, pngSize } from "./png.ts";

interface SvgText {
  text: string;
  x: number;
  y: number;
  bold: boolean;
  fill: string | null;
}

/** Every <text> of the SVG with its position, lines of multi-line texts joined by "\n". */
function svgTexts(svg: string): SvgText[] {
  const unescape = (value: string) =>
    value.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
  return [...svg.matchAll(/<text\b([^>]*)>(.*?)<\/text>/gs)].map(([, attributes = "", body = ""]) => {
    const [, x = "0", y = "0"] = /transform="translate\(([-\d.e]+),([-\d.e]+)\)"/.exec(attributes) ?? [];
    const lines = body.includes("<tspan") ? [...body.matchAll(/<tspan\b[^>]*>(.*?)<\/tspan>/gs)].map((m) => m[1] ?? "") : [body];
    return {
      text: unescape(lines.join("\n")),
      x: Number(x),
      y: Number(y),
      bold: /font-weight="bold"/.test(attributes),
      fill: /fill="([^"]+)"/.exec(attributes)?.[1] ?? null,
    };
  });
}

function textNamed(svg: string, text: string): SvgText {
  const found = svgTexts(svg).filter((item) => item.text === text);
  expect(found, `one SVG text "${text}"`).toHaveLength(1);
  return found[0]!;
}

/** Hollow symbols: white-filled points and legend symbols. */
function hollowSymbols(svg: string): number {
  return [...svg.matchAll(/<path\b[^>]*fill="#ffffff"[^>]*stroke="[^"]+"/g)].length;
}

async function imageOf(pending: Promise<TimelineResult>): Promise<TimelineImage> {
  const result = await pending;
  if (!result.ok) throw new Error(`expected a picture, got ${result.error.code}: ${result.error.message}`);
  return result.image;
}

function edited(dataset: Dataset, id: string, change: Partial<Dataset["agreements"][number]>): Dataset {
  const copy = structuredClone(dataset);
  const agreement = copy.agreements.find((candidate) => candidate.id === id);
  if (agreement === undefined) throw new Error(`no agreement ${id} in the fixture`);
  Object.assign(agreement, change);
  return copy;
}

const dataset = loadFixture();
const milestones = dataset.events.filter((event) => event.milestone);
let image: TimelineImage;

beforeAll(async () => {
  image = await imageOf(renderTimeline(dataset));
});

describe("the picture", () => {
  it("is a 2400×1520 PNG (1200×760 at 2×) rasterised from a 1200×760 SVG", () => {
    expect(pngSize(image.png)).toEqual({ width: 2400, height: 1520 });
    expect({ width: image.width, height: image.height }).toEqual({ width: 2400, height: 1520 });
    expect(image.svg).toMatch(/^<svg[^>]* width="1200" height="760"/);
  });

  it("is not blank: the pixels vary and part of the picture is inked", () => {
    const { rgba } = pngPixels(image.png);
    expect(luminanceVariance(rgba)).toBeGreaterThan(100);
    expect(inkedShare(rgba)).toBeGreaterThan(0.02);
    expect(inkedShare(rgba)).toBeLessThan(0.5);
  });

  it("draws its text with the shipped font: the title area holds dark glyph pixels", () => {
    const { width, rgba } = pngPixels(image.png);
    let dark = 0;
    let all = 0;
    // The title sits at the top left, about 24–500 × 25–55 CSS pixels; nothing else is drawn there.
    for (let y = 50; y < 110; y++) {
      for (let x = 48; x < 1000; x++) {
        const i = (y * width + x) * 4;
        all++;
        if (rgba[i]! + rgba[i + 1]! + rgba[i + 2]! < 300) dark++;
      }
    }
    expect(dark / all).toBeGreaterThan(0.05);
    expect(image.svg).toContain('font-family="DejaVu Sans"');
  });

  it("labels every partner and every milestone, and draws no other events", () => {
    const texts = svgTexts(image.svg).map((item) => item.text).join("\n");
    for (const agreement of dataset.agreements) expect(texts).toContain(agreement.partner);
    for (const milestone of milestones) expect(texts).toContain(milestone.name);
    expect(texts).not.toContain("Munich Security Conference");
  });

  it("groups partners that signed on the same day into one label, in the registry's order", () => {
    expect(svgTexts(image.svg).map((item) => item.text)).toEqual(expect.arrayContaining(["Germany, France", "Italy, Canada", "Japan, United States"]));
  });

  it("has a title, a footer with the as-of date and the main sources, and numbered citations", () => {
    const texts = svgTexts(image.svg).map((item) => item.text);
    expect(texts).toContain("Ukraine's bilateral security agreements");
    const footer = texts.find((text) => text.startsWith("As of 21 January 2025."));
    expect(footer).toBeDefined();
    expect(footer).toContain("Source:");
    expect(image.citations.map((citation) => citation.n)).toEqual(image.citations.map((_, index) => index + 1));
    for (const citation of image.citations) {
      const source = dataset.sources.find((candidate) => candidate.id === citation.id);
      expect(source).toMatchObject({ url: citation.url, publisher: citation.publisher, title: citation.title });
      expect(footer!.replaceAll("\n", " ")).toContain(citation.publisher);
    }
    // The official tally's source backs the count and is credited first.
    expect(image.citations[0]!.id).toBe(dataset.tallies[0]!.sources[0]);
  });

  it("has a caption with the official count and the as-of date", () => {
    expect(image.caption).toContain("10 agreements in Ukraine's official count, as of 21 January 2025.");
    expect(image.caption).toContain("not in the official count: Croatia");
  });
});

describe("records the sources dispute", () => {
  let undisputed: TimelineImage;
  beforeAll(async () => {
    const settled = edited(edited(dataset, "croatia", { inOfficialCount: true, confidence: "high" }), "greece", { confidence: "high" });
    undisputed = await imageOf(renderTimeline(settled));
  });

  it("draws a signing outside the official count hollow, with a legend saying why", async () => {
    // Croatia is left out of the count and its record is disputed (confidence: medium), as the answers say.
    expect(svgTexts(image.svg).map((item) => item.text)).toContain("Not in the official count, and sources differ on details");
    expect(svgTexts(undisputed.svg).map((item) => item.text).join("\n")).not.toContain("Not in");
    // The point and its legend symbol.
    expect(hollowSymbols(image.svg) - hollowSymbols(undisputed.svg)).toBe(2);
    expect(textNamed(image.svg, "Croatia").fill).not.toBe(textNamed(image.svg, "Greece").fill);
    // Left out but settled: hollow and grey, with its own words.
    const leftOut = await imageOf(renderTimeline(edited(dataset, "croatia", { confidence: "high" })));
    expect(svgTexts(leftOut.svg).map((item) => item.text)).toContain("Not in Ukraine's official count");
  });

  it("marks every record the answers treat with care, in or out of the count, and only those", async () => {
    const low = await imageOf(renderTimeline(edited(dataset, "japan", { confidence: "low" })));
    const texts = svgTexts(low.svg).map((item) => item.text);
    expect(texts).toContain("In the official count, but sources differ on details");
    // Japan signed with the United States on one day: the settled record keeps a point (and label) of its own.
    textNamed(low.svg, "Japan");
    textNamed(low.svg, "United States");
    expect(svgTexts(image.svg).map((item) => item.text)).toContain("Japan, United States");
  });

  it("keeps it out of the count the line climbs to, and marks it in the text timeline", () => {
    expect(image.caption).toMatch(/^10 agreements/);
    expect(undisputed.caption).toMatch(/^11 agreements/);
    expect(image.text.split("\n")).toEqual(expect.arrayContaining(["2024-10  Croatia*, Greece  [9]", "* not in Ukraine's official count"]));
    expect(undisputed.text).toContain("2024-10  Croatia, Greece  [10]");
  });

  it("names the records whose details sources dispute in the legend", () => {
    expect(svgTexts(image.svg).map((item) => item.text)).toContain("In the official count, but sources differ on details");
    expect(svgTexts(undisputed.svg).map((item) => item.text).join("\n")).not.toContain("sources differ");
  });
});

describe("options", () => {
  it("year: 2025 shows only that year's partners and counts on from the years before", async () => {
    const year = await imageOf(renderTimeline(dataset, { year: 2025 }));
    const texts = svgTexts(year.svg).map((item) => item.text);
    expect(texts).toContain("Albania");
    for (const agreement of dataset.agreements.filter((candidate) => !candidate.signed.startsWith("2025"))) {
      expect(texts.join("\n")).not.toContain(agreement.partner);
    }
    expect(texts).toContain("Ukraine's bilateral security agreements in 2025");
    expect(year.caption).toContain("2025: 1 of the 10 agreements in Ukraine's official count was signed that year");
    expect(year.text).toContain("2025-01  Albania  [10]");
    expect(year.text).not.toContain("2024-");
  });

  it("partner highlights that partner's point and name, and changes the picture", async () => {
    const highlighted = await imageOf(renderTimeline(dataset, { partner: "united-states" }));
    expect(highlighted.svg).not.toBe(image.svg);
    expect(Buffer.compare(highlighted.png, image.png)).not.toBe(0);
    const name = textNamed(highlighted.svg, "United States");
    expect(name.bold).toBe(true);
    expect(textNamed(highlighted.svg, "Japan,").bold).toBe(false);
    const subtitle = svgTexts(highlighted.svg).find((item) => item.text.startsWith("Cumulative number of agreements"));
    expect(subtitle?.text.split("\n")).toContain("Highlighted: United States, signed 13 June 2024 (17th in the official count)");
    expect(highlighted.caption).toContain("Highlighted: United States, signed 13 June 2024.");
  });

  it("lang: uk writes the chart's words, partner names and dates in Ukrainian, as answers do", async () => {
    const uk = await imageOf(renderTimeline(dataset, { lang: "uk" }));
    const texts = svgTexts(uk.svg).map((item) => item.text);
    expect(texts).toContain("Двосторонні безпекові угоди України");
    expect(texts).toContain("Поза офіційним підрахунком; джерела розходяться");
    expect(texts).toContain("січ. 2024");
    expect(texts.join("\n")).toContain("Велика Британія");
    expect(texts.join("\n")).not.toContain("United Kingdom");
    expect(uk.caption).toBe("10 угод в офіційному підрахунку України станом на 21 січня 2025 року. Також показано, поза офіційним підрахунком: Хорватія.");
    const japan = await imageOf(renderTimeline(dataset, { lang: "uk", partner: "japan" }));
    expect(japan.caption).toContain("Виділено: угоду з Японією, підписану 13 червня 2024 року.");
  });
});

describe("cache and data changes", () => {
  it("returns the same image object for the same dataset and options", async () => {
    const again = await imageOf(renderTimeline(dataset));
    expect(again).toBe(image);
    expect(await imageOf(renderTimeline(dataset, { partner: "United-States" }))).toBe(await imageOf(renderTimeline(dataset, { partner: "united-states" })));
  });

  it("renders a new dataset object anew, to the same picture when the data are the same", async () => {
    const copy = await imageOf(renderTimeline(structuredClone(dataset)));
    // Not the cached object. (Not `expect(copy).not.toBe(image)`: a passing `.not.toBe` deep-compares
    // the two images, PNG bytes included, for its message, which cost a second of CPU.)
    expect(copy === image, "a new image object").toBe(false);
    expect(copy.svg).toBe(image.svg);
  });

  it("moves a point when its signing date changes", async () => {
    const moved = await imageOf(renderTimeline(edited(dataset, "luxembourg", { signed: "2024-09-20" })));
    // Two months later, across a quiet stretch the axis compresses: still clearly to the right.
    expect(textNamed(moved.svg, "Luxembourg").x).toBeGreaterThan(textNamed(image.svg, "Luxembourg").x + 20);
    expect(moved.text).toContain("2024-09  Luxembourg  [8]");
    expect(image.text).toContain("2024-07  Luxembourg  [8]");
  });
});

describe("on a phone", () => {
  /** Font sizes of every <text> in the SVG, in the SVG's CSS pixels. */
  const fontSizes = (svg: string): number[] => [...svg.matchAll(/<text\b[^>]*font-size="([\d.]+)px"/g)].map((m) => Number(m[1]));
  const svgWidth = (svg: string): number => Number(/^<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);

  it.each([{}, { lang: "uk" as const }, { partner: "united-states" }, { year: 2024 }])("at 400 px wide every text is at least 11 px tall (%j)", async (options) => {
    const phone = await imageOf(renderTimeline(dataset, { ...options, width: 400 }));
    const sizes = fontSizes(phone.svg);
    expect(sizes.length).toBeGreaterThan(20);
    // Shown 400 px wide, a text of font size s in an SVG w wide is s·400/w pixels tall.
    const shown = Math.min(...sizes) * (400 / svgWidth(phone.svg));
    expect(shown).toBeGreaterThanOrEqual(11);
    // Sharp on a phone's screen: the PNG has at least 2 pixels per CSS pixel.
    expect(phone.width).toBeGreaterThanOrEqual(800);
    expect(phone.height).toBeGreaterThan(phone.width);
  });

  it("still names every partner and milestone, and the default picture is unchanged in size", async () => {
    const phone = await imageOf(renderTimeline(dataset, { width: 400 }));
    const texts = svgTexts(phone.svg).map((item) => item.text.replaceAll("\n", " ")).join("\n");
    for (const agreement of dataset.agreements) expect(texts).toContain(agreement.partner);
    for (const milestone of milestones) expect(texts).toContain(milestone.name.split(" ")[0]!);
    expect(image.svg).toMatch(/^<svg[^>]* width="1200"/);
  });
});

describe("the time axis", () => {
  it("runs from before the first milestone to the as-of date", async () => {
    // The fixture's as-of date is its last signing's day; a later one shows the months since.
    for (const [options, end] of [[{}, "2025-01-31"], [{ width: 400 }, "2025-01-31"], [{ asOf: "2025-06-30" }, "2025-06-30"], [{ asOf: "2025-09", width: 400 }, "2025-09-30"]] as const) {
      const resolved = resolveTimelineOptions(dataset, options);
      if (!resolved.ok) throw new Error(resolved.error.message);
      const strings = timelineStrings(dataset, resolved.options.lang);
      const model = buildTimelineModel(dataset, resolved.options, strings.names);
      const spec = timelineSpec(model, layoutChart(model, strings, await loadMeasureText(), resolved.options.width), strings) as unknown as {
        layer: { encoding?: { x?: { scale?: { domain?: number[] } } } }[];
      };
      const domain = spec.layer.map((layer) => layer.encoding?.x?.scale?.domain).find((found) => found !== undefined)!;
      expect(new Date(domain[1]!).toISOString().slice(0, 10), JSON.stringify(options)).toBe(end);
      expect(domain[0]).toBeLessThan(Math.min(...milestones.map((milestone) => Date.parse(milestone.start))));
    }
  });
});
