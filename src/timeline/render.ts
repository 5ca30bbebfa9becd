/**
 * Vega-Lite spec → SVG (Vega's headless view) → PNG (resvg). The three
 * libraries are imported on first use, so loading the engine does not pay
 * for them.
 */
import type { TopLevelSpec } from "vega-lite";
import { FONT_FAMILY, fontFiles, type MeasureText } from "./fonts.ts";

export interface RenderedChart {
  svg: string;
  png: Buffer;
  /** PNG size in pixels. */
  width: number;
  height: number;
}

/** The part of Vega's text measurer that is swapped; vega's typings do not declare it. */
interface VegaTextMetrics {
  width: (item: { fontSize?: number; fontWeight?: string | number }, text?: unknown) => number;
}

/** Renders `spec` to SVG and to a PNG `scale` times the SVG's pixel size. */
export async function renderChart(spec: TopLevelSpec, measure: MeasureText, scale: number): Promise<RenderedChart> {
  const [vega, vegaLite, resvg] = await Promise.all([import("vega"), import("vega-lite"), import("@resvg/resvg-js")]);
  measureWithFont(vega as unknown as { textMetrics: VegaTextMetrics }, measure);
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: "none" });
  let svg: string;
  try {
    svg = await view.toSVG();
  } finally {
    view.finalize();
  }
  const files = fontFiles();
  const image = await resvg.renderAsync(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "#ffffff",
    font: {
      fontFiles: [files.regular, files.bold],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return { svg, png: image.asPng(), width: image.width, height: image.height };
}

/**
 * Without node-canvas Vega guesses text widths (0.8 em a character), which
 * misplaces titles and legends; Vega supports a user-defined measurer
 * (vl-convert does the same), here the font resvg draws with. Labels' `limit`
 * truncation is not modelled: the spec keeps limits wider than its texts.
 */
function measureWithFont(vega: { textMetrics: VegaTextMetrics }, measure: MeasureText): void {
  vega.textMetrics.width = (item, text) => {
    const line = text === undefined || text === null ? "" : String(text).trim();
    const weight = item.fontWeight;
    const bold = weight === "bold" || weight === "bolder" || Number(weight) >= 600;
    return measure(line, item.fontSize ?? 11, bold);
  };
}
