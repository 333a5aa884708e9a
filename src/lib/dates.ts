/** The value of an `<input type="date">` for a moment, in the user's time zone. */
export function toDateInputValue(epochMs: number | undefined): string {
  if (epochMs === undefined) return '';
  const date = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Noon local time on the chosen day, so a time-zone shift never moves it to another day. */
export function fromDateInputValue(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match;
  return new Date(Number(year), Number(month) - 1, Number(day), 12).getTime();
}
