// Dates of the bureau's working life are dates in China (UTC+8), whatever the server's zone.
const ZONE = 'Asia/Shanghai';
let fixedToday: string | undefined;

/** Today's date in China as YYYY-MM-DD. */
export function today(): string {
  return fixedToday ?? new Date().toLocaleDateString('sv-SE', { timeZone: ZONE });
}

/** Pins "today" (tests of deadlines and windows); undefined restores the real clock. */
export function setToday(date: string | undefined): void {
  fixedToday = date;
}
