/** The timeline picture of the registry: `renderTimeline` and its types. */
export { renderTimeline, type TimelineImage, type TimelineResult } from "./render-timeline.ts";
export { signingYears, TimelineOptionsSchema, type TimelineError, type TimelineErrorCode, type TimelineOptions } from "./options.ts";
