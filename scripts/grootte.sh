#!/usr/bin/env bash
# Size budgets of what comes before the first amount (a size is deterministic, so this is a test,
# not a benchmark; brotli -q 11, as served). Two visits (ADR 0022):
# - the bare address: the page rendered ahead of time holds its amounts, so the first amount needs
#   index.html (with the start script inline) and the stylesheet; nothing else;
# - a shared link: its amounts are calculated in the first wasm module, so it needs those plus the
#   JS glue, the split loader and the first wasm.
# Fails above a budget. The budgets are a ratchet at the measured size plus a small margin, lowered
# whenever the size goes down (docs/performance.md). The file after the first amount (the app, with
# the parts below the amounts) is reported beside them. The page for many employees (its own wasm,
# ADR 0016) has a budget of its own: the spreadsheet reader and writer (ADR 0023) load only when
# used, so they must never be named by its tags; their sizes are reported.
set -euo pipefail
cd "$(dirname "$0")/.."
# Issue 30 raised all three by what it measured (docs/performance.md): the form's new question,
# the announced values in the core, the group page's December/January totals. Issue 31 raised them
# again: the chart's title and sentence in the page made ahead of time, the stacking and chart rules
# in the shared stylesheet, and on the group page the print of every row, the empty-loonwaarde
# choice and the core's period steps (the group page's budget with main's +1.000 of the review of
# issue 30 beside it). Issue 34 raised the group page's by what it measured: the pool of calculating
# workers, the bytes of their answers, the running totals and the stop button (+3,5 KB). Issue 33
# set all three at what it measured after merging those (main 7371dc8 → merged: bare 8.206 → 8.372,
# shared link 81.015 → 71.628, group page 206.664 → 202.573 B): the trail's words out of the first
# module (shared link and group page down), the start script inline in the page (bare address up: it
# now also starts the wasm). After merging issue 33 beside issue 32 and issue 34's second round
# (measured: bare 8.372 → 8.440, shared link 71.628 → 72.134, group page 202.573 → 203.071 B): the
# 1 January reasons as buttons with a visible focus and the print rules in the shared stylesheet
# (+68 B), the resolver's validity per period in the first module (issue 34, +340 B measured on its
# own branch) and the typed lookups, on the group page its line list read from the core. The bare
# address +40 (8.440 → 8.477 measured): a low window (400% zoom, 320×256) keeps no fixed phone bar
# (WCAG 1.4.10/2.4.11), a rule in the shared stylesheet (the shared link +37, inside its budget).
# The shared link +100 (72.171 → 72.267 measured): while a field has an error the link, the print and
# the pin carry the scenario of the amounts on screen, the copy notice and the phone bar say so in
# words (the texts are data of the first module: wasm-split keeps all data there); the bar's words
# are rendered only then, which leaves the page made ahead of time two markers (bare address +46 B:
# 8.477 → 8.523). Issue 32's one function from fields to scenario: the shared link −579 B.
# The group page +300 (203.171 → 203.393): January's "voorlopig" in its December/January table, and
# from issue 32/34's merges the premium wage's one home (regels/premieloon.rs) and the CSV cell writer.
# Fourth session (measured after merging i32t, i33t, i34t and the walkthrough's fixes): the shared
# link 71.674 → 71.787 (+113: the typed input handed to the app as a value, issue 32, +70 on its own
# branch; the lid-5 line's label "50%, lid 5" in both languages; the compact view's open card and the
# comparison's print rule in the shared stylesheet, the bare address −2 with the contract's ids).
# The group page 203.329 → 203.587 (+258): December/January counting rows without a loonwaarde
# apart from errors, the download names per period, the print's sentence on the own reference.
# Then the first module measured +118 B (59.101 → 59.219, shared link 71.919) after a change to the
# group page's sources only (src/meerdere, src/teksten/meerdere.rs): none of their strings is in the
# first module (grep of the wasm), so this is the code's layout in the linked file moving with the
# crate, not new code; not yet explained further. Budget 71.950: a margin of 31 B.
# The group page 203.587 → 203.897 (+310): December/January following the chosen meaning of an empty
# loonwaarde, "niet gemeten (daarna N%)" in the table and the print, the chart's sentence on rows
# without a measured loonwaarde, the hint on the prefilled 30.
BUDGET_KAAL=${BUDGET_KAAL:-8560}
BUDGET_GEDEELD=${BUDGET_GEDEELD:-71950}
BUDGET_MEERDERE=${BUDGET_MEERDERE:-203950}

br() { brotli -q 11 -c "$1" | wc -c; }
fout() { echo "FOUT: $*" >&2; exit 1; }

# Files a page names in its tags (stylesheets, scripts, preloads), one level deep.
genoemd() { grep -oE '(href|src)=/?[A-Za-z0-9._-]+\.(js|css|wasm)' "dist/$1" | sed -E 's/^(href|src)=\/?//' | sort -u; }

# Prints each file's brotli size; leaves the sum in $TOTAAL.
meet() {
  local f b
  TOTAAL=0
  for f in "$@"; do
    [ -f "dist/$f" ] || fout "dist/$f ontbreekt"
    b=$(br "dist/$f")
    TOTAAL=$((TOTAAL + b))
    printf '  %-45s %8d\n' "$f" "$b"
  done
}

html=dist/index.html
stijl=$(grep -oE 'href=/stijl-[0-9a-f]+\.css' $html | sed 's|href=/||')
lijm=$(grep -oE 'href=/rekenhulp-app-[0-9a-f]+\.js' $html | sed 's|href=/||')
lader=$(grep -oE 'href=/splits-[0-9a-f]+\.js' $html | sed 's|href=/||')
wasm=$(grep -oE 'data-rh-wasm=/rekenhulp-app-[0-9a-f]+_bg\.wasm' $html | sed 's|data-rh-wasm=/||')
for n in stijl lijm lader wasm; do [ -n "${!n}" ] || fout "index.html noemt geen $n (build veranderd?)"; done
# Nothing else may come before the first amount: every file the page names is one of these.
for f in $(genoemd index.html); do
  case " $stijl $lijm $lader $wasm favicon.svg " in *" $f "*) ;; *) fout "index.html noemt $f: hoort dat bij de eerste weergave?";; esac
done

echo "kaal adres, vóór het eerste bedrag:"
meet index.html "$stijl"
kaal=$TOTAAL
echo "gedeelde link, vóór het eerste bedrag:"
meet index.html "$stijl" "$lijm" "$lader" "$wasm"
gedeeld=$TOTAAL
echo "na het eerste bedrag (geen budget):"
meet $(cd dist && ls app-*.wasm)
echo "  samen $TOTAAL"
echo "pagina meerdere medewerkers (apart geladen):"
meet $(genoemd meerdere.html | grep -v favicon) meerdere.html
meerdere=$TOTAAL
echo "  samen $TOTAAL"
genoemd meerdere.html | grep -q '^werkmap-' && fout "meerdere.html laadt een werkmap-worker vooraf (ADR 0023)"
# The calculating workers (ADR 0027) load after the page has started, while the user chooses a file.
echo "rekenaar (Web Workers, geladen na de start van die pagina, geen budget):"
meet $(cd dist && ls rekenaar-werker-*.js rekenaar-[0-9a-f]*.js rekenaar-*_bg.wasm)
echo "  samen $TOTAAL"
for rol in lezer schrijver; do
  echo "rekenblad-$rol (Web Worker, pas bij gebruik, geen budget):"
  meet $(cd dist && ls werkmap-$rol-werker-*.js werkmap-$rol-[0-9a-f]*.js werkmap-$rol-*_bg.wasm)
  echo "  samen $TOTAAL"
done

echo "kaal adres: $kaal bytes (budget $BUDGET_KAAL, doel 30720)"
echo "gedeelde link: $gedeeld bytes (budget $BUDGET_GEDEELD, doel 51200)"
[ "$kaal" -le "$BUDGET_KAAL" ] || fout "het kale adres is groter dan zijn budget"
[ "$gedeeld" -le "$BUDGET_GEDEELD" ] || fout "een gedeelde link is groter dan zijn budget"
echo "pagina meerdere medewerkers: $meerdere bytes (budget $BUDGET_MEERDERE)"
[ "$meerdere" -le "$BUDGET_MEERDERE" ] || fout "de pagina voor meerdere medewerkers is groter dan haar budget"
