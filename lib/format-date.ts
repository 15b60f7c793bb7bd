// Readable dates for newsroom people: "27 Nov 2026, 14:05" in UTC, stated as such,
// so two desks in different time zones read the same time.
const formatter = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

export function formatDateTime(date: Date | string): string {
  return `${formatter.format(new Date(date))} UTC`;
}

const dayFormatter = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDay(date: Date | string): string {
  return dayFormatter.format(new Date(date));
}
