// The generated group of the benchmarks (issue 34): the same rows as the native benchmark
// (crates/rekenkern/examples/meet_batch.rs), so the page and the native calculation can be compared:
// ages 18-67, 20-36 hours, loonwaarde 0-100%, a 37-hour week, peildatum 1-1-2026.
// usage: import { groepCsv, groepXlsx } from './groep.mjs'; or `node e2e/groep.mjs 100000 > groep.csv`
import { maakXlsx } from './maak-xlsx.mjs';

/** Header and `n` rows, cell by cell. */
export function groepRijen(n) {
  const rijen = [['id', 'datum', 'leeftijd', 'uren', 'loonwaarde', 'voltijd']];
  for (let i = 0; i < n; i++) rijen.push([`P${i}`, '2026-01-01', 18 + (i % 50), 20 + (i % 17), i % 101, 37]);
  return rijen;
}

/** The group as a CSV text, as meet_batch writes it. */
export function groepCsv(n) {
  return groepRijen(n).map((r) => r.join(',')).join('\n') + '\n';
}

/** The group as an .xlsx workbook (numbers as numbers). */
export function groepXlsx(n) {
  return maakXlsx(groepRijen(n));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n = '10000', soort = 'csv'] = process.argv.slice(2);
  process.stdout.write(soort === 'xlsx' ? groepXlsx(Number(n)) : groepCsv(Number(n)));
}
