/** Text written into a regular expression as itself: "US$" matches "US$", not "US" at the end of a line. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
