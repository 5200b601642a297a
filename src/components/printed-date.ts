/**
 * Dates as the sources print them, for reading: a day as "25 June 2019", a
 * month (`2021-12`, "updated December 2021") as "December 2021", a year as
 * "2018". The value keeps its precision; we never invent a day the source
 * did not give.
 */
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatPrintedDate(value: string): string {
  const [year, month, day] = value.split('-');
  if (!month) return year;
  const monthName = months[Number(month) - 1];
  if (!monthName) throw new Error(`Not a printed date: ${value}`);
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
