/** Reading a PNG back in tests: its header, and its pixels decoded by resvg's own PNG decoder. */
import { Resvg } from "@resvg/resvg-js";

const SIGNATURE = "89504e470d0a1a0a";

/** Width and height from the IHDR chunk, which the PNG format puts first. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png);
  if (bytes.subarray(0, 8).toString("hex") !== SIGNATURE || bytes.subarray(12, 16).toString("latin1") !== "IHDR") {
    throw new Error("not a PNG");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** RGBA pixels of the PNG, by drawing it 1:1 inside an SVG. */
export function pngPixels(png: Uint8Array): { width: number; height: number; rgba: Buffer } {
  const { width, height } = pngSize(png);
  const href = `data:image/png;base64,${Buffer.from(png).toString("base64")}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}"><image width="${width}" height="${height}" xlink:href="${href}"/></svg>`;
  const rendered = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { width: rendered.width, height: rendered.height, rgba: rendered.pixels };
}

/** Variance of the pixels' luminance (0–255 scale): 0 for a blank picture. */
export function luminanceVariance(rgba: Buffer): number {
  let sum = 0;
  let sumOfSquares = 0;
  const n = rgba.length / 4;
  for (let i = 0; i < rgba.length; i += 4) {
    const luminance = 0.2126 * rgba[i]! + 0.7152 * rgba[i + 1]! + 0.0722 * rgba[i + 2]!;
    sum += luminance;
    sumOfSquares += luminance * luminance;
  }
  const mean = sum / n;
  return sumOfSquares / n - mean * mean;
}

/** Share of pixels that are not (near) white. */
export function inkedShare(rgba: Buffer): number {
  let inked = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i]! < 235 || rgba[i + 1]! < 235 || rgba[i + 2]! < 235) inked++;
  return inked / (rgba.length / 4);
}
