/**
 * `npm run bank-holidays`: refresh the England and Wales bank holidays that
 * working days skip (src/lib/dates/bank-holidays-england-and-wales.json)
 * from GOV.UK's published list.
 *
 *   node scripts/refresh-bank-holidays.ts [--from FILE] [--taken YYYY-MM-DD] [--via TEXT]
 *
 * Without --from it fetches https://www.gov.uk/bank-holidays.json. With
 * --from it reads a copy of that file saved earlier (for a machine without
 * internet); say where the copy came from with --via, and the day it was
 * taken with --taken (default: today in London).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { londonToday } from '../src/lib/compliance/calendar.ts';
import { BANK_HOLIDAYS_FILE, BANK_HOLIDAYS_SOURCE, fromGovUk } from '../src/lib/dates/bank-holidays.ts';

const { values } = parseArgs({ options: { from: { type: 'string' }, taken: { type: 'string' }, via: { type: 'string' } } });

async function read(): Promise<unknown> {
  if (values.from) return JSON.parse(readFileSync(values.from, 'utf8'));
  const response = await fetch(BANK_HOLIDAYS_SOURCE);
  if (!response.ok) throw new Error(`${BANK_HOLIDAYS_SOURCE} answered ${response.status}`);
  return response.json();
}

const file = fromGovUk(await read(), values.taken ?? londonToday().toString(), values.via);
writeFileSync(resolve(import.meta.dirname, '..', BANK_HOLIDAYS_FILE), `${JSON.stringify(file, null, 2)}\n`);
console.log(`${BANK_HOLIDAYS_FILE}: ${file.events.length} bank holidays, ${file.firstYear} to ${file.lastYear}, taken ${file.taken}`);
