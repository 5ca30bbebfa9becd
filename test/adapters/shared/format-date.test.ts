/**
 * Dates as every adapter shows them: day first and the month in words, so
 * "13 June 2024" cannot be misread, in the answer's language.
 */
import { expect, it } from "vitest";
import { formatDate } from "../../../adapters/shared/format-date.ts";

it("writes day, month name and year, and copes with partial dates and text that is not a date", () => {
  expect(formatDate("2024-06-13")).toBe("13 June 2024");
  expect(formatDate("2025-01-02", "en")).toBe("2 January 2025");
  expect(formatDate("2025-11")).toBe("November 2025");
  expect(formatDate("2024")).toBe("2024");
  expect(formatDate("soon")).toBe("soon");
  expect(formatDate("2024-13-01")).toBe("2024-13-01");
});

it("writes Ukrainian dates as the answers' own text does, month names in the case a date needs", () => {
  expect(formatDate("2024-06-13", "uk")).toBe("13 червня 2024 року");
  expect(formatDate("2025-11", "uk")).toBe("листопад 2025 року");
  expect(formatDate("2024", "uk")).toBe("2024");
});
