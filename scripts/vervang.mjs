// The build's rewrites of a built page (scripts/start.mjs, scripts/voorweergave.mjs): each hits
// exactly once, or the build fails with `waar` (another trunk or a changed template, not a broken page).
// `lees`/`schrijf` get and set the page's text, `fout` stops the build.
export function vervanger(lees, schrijf, fout) {
  return function vervang(oud, nieuw, waar) {
    const html = lees();
    const n = html.split(oud).length - 1;
    if (n !== 1) fout(`${waar}: ${n} keer gevonden, 1 verwacht`);
    schrijf(html.replace(oud, () => nieuw));
  };
}
