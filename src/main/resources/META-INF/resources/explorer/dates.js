// Dates as the service gives them: "2016" (a year), "2024-03" (a month) or "2023-09-10" (a day). A date names a
// span, and the explorer draws that span, never a day it does not name.

const DAY = 86400000;

export function precision(date) {
  if (!date) return null;
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The first instant (UTC ms) of the span a date names. */
export function startOf(date) {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

/** The instant just after the span a date names. */
export function endOf(date) {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return Date.UTC(y + 1, 0, 1);
  if (d === undefined) return Date.UTC(y, m, 1);
  return Date.UTC(y, m - 1, d) + DAY;
}

/** The span of a record: from the start of its date to the end of its end date (or of its date). */
export function spanOf(date, endDate) {
  if (!date) return null;
  return { start: startOf(date), end: endOf(endDate || date), precision: precision(date) };
}

/** A record's date as the source gives it, with its precision said where it is not a day. */
export function describe(date, endDate) {
  if (!date) return 'date not given';
  const p = precision(date);
  const said = p === 'day' ? date : `${date} (${p} only)`;
  return endDate && endDate !== date ? `${said} to ${endDate}` : said;
}

/** A day as an ISO date, for the URL and the service's from/to. */
export function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The span from the start of `from` to the end of `to`, each an ISO date at any precision. */
export function period(from, to) {
  return { start: startOf(from), end: endOf(to) };
}

export const DAY_MS = DAY;
