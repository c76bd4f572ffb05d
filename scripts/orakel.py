#!/usr/bin/env python3
"""Independent oracle for the case files in crates/rekenkern/tests/gevallen/*.toml.

A second model of the rules, written apart from the Rust core: its own parameter tables (copied
from ../shared/research/domain.md, not from the Rust sources), its own arithmetic (Python's
decimal at 60 digits), its own reading of the law as described in docs/adr/. It never imports or
runs the core. Two models that agree to the cent on every case are a much stronger check than
one model checked against itself.

Usage:
  python3 scripts/orakel.py            check every case: each amount the script can compute must
                                       equal the case file (any oracle kind); exit 1 on a mismatch
  python3 scripts/orakel.py --schrijf  rewrite the amounts of cases with orakel_soort = "script"

Cases of kind "script" carry values produced here; cases of other kinds (law text, published
amount, hand calculation) are only compared, never rewritten.
"""
import pathlib
import re
import sys
import tomllib
from decimal import ROUND_HALF_UP, Decimal as D, getcontext

getcontext().prec = 60
MAP = pathlib.Path(__file__).resolve().parent.parent / "crates/rekenkern/tests/gevallen"
VANDAAG = "2026-11-25"

# ---- Tables (domain.md §0a.1, a1, a2, a4, a5, a6). Dates are ISO strings; a value holds from its
# date until the next. KNOWN_UNTIL: after it the value is unknown (the user supplies it, or
# voorlopig=ja takes the last known one).
RML = {"2024-01-01": "2069.40", "2024-07-01": "2133.60", "2025-01-01": "2191.80",
       "2025-07-01": "2245.80", "2026-01-01": "2294.40", "2026-07-01": "2337.00"}
WML_21 = {"2024-01-01": "13.27", "2024-07-01": "13.68", "2025-01-01": "14.06",
          "2025-07-01": "14.40", "2026-01-01": "14.71", "2026-07-01": "14.99"}
# Besluit minimumjeugdloon: youth hourly = adult × percentage, half up to the cent (domain a1).
JEUGD = {15: "0.30", 16: "0.345", 17: "0.395", 18: "0.50", 19: "0.60", 20: "0.80"}
# Announced (ADR 0024): a cabinet decision with a date, counted unless aangekondigd=nee.
# Youth scale from 1-1-2027: Kamerbrief 4-7-2025, Kamerstuk 36 545, nr. 19 (found-2026-12c §1).
JEUGD_2027 = {15: "0.30", 16: "0.40", 17: "0.50", 18: "0.625", 19: "0.75", 20: "0.875"}
# Premiums 2027 in the SZW budget, MvT § 7.1.1 ("voorlopig"; found-2026-12c §2): awf_laag, awf_hoog,
# aof_laag, aof_hoog, wko. The other 2027 premiums are not known.
PREMIES_2027 = ("0.0274", "0.0774", "0.0667", "0.0803", "0.005")
TOT_2026 = "2026-12-31"
PREMIES = {  # year: (awf_laag, awf_hoog, ufo, aof_laag, aof_hoog, wko, whk, zvw, max_premieloon)
    2024: ("0.0264", "0.0764", "0.0068", "0.0618", "0.0754", "0.005", None, "0.0657", "71628"),
    2025: ("0.0274", "0.0774", "0.0068", "0.0628", "0.0764", "0.005", "0.0133", "0.0651", "75864"),
    2026: ("0.0274", "0.0774", "0.0068", "0.0627", "0.0763", "0.005", "0.0152", "0.061", "79409"),
}
VB = D("0.08")
MAXIMUM = D("0.70")
URENBASIS = D(36)
LID5 = D("0.50")
FORFAIT = D("0.68")
PWRI = (D("0.238"), D("13033"), D("0.70"), 18)  # premium, franchise, employer share, entry age
LKV = (D("1.01"), D("2000"))


def wgl_tabel(datum):
    return D("0.235") if datum >= "2018-01-01" else D("0.23")


def cao_voltijd(datum):
    return D(36) if datum >= "2027-01-01" else D(37)


def cao_eju(datum):
    return D(350) if datum >= "2026-01-01" else D(0)


def cao_eenmalig(datum):
    return D(150) if datum >= "2026-01-01" else D(500) if datum >= "2025-01-01" else None


class Onbekend(Exception):
    """The tables have no value for this date and nothing was supplied."""


def op(tabel, datum, voorlopig, tot=TOT_2026):
    keys = sorted(k for k in tabel if k <= datum)
    if not keys:
        raise Onbekend(datum)
    if datum > tot and not voorlopig:
        raise Onbekend(datum)
    return D(tabel[keys[-1]])


def cent(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)  # half away from zero


GELDIG = {  # the scenario format's limits (docs/scenario.md); an invalid value is skipped
    "uren": lambda w: 0 < getal(w) <= 60,
    "voltijd": lambda w: 0 < getal(w) <= 60,
    "loonwaarde": lambda w: w.isdigit() and int(w) <= 100,
    "leeftijd": lambda w: w.isdigit() and 15 <= int(w) <= 99,
    "forfait": lambda w: w in ("A", "B", "C"),
}


def lees(scenario):
    s = {}
    for paar in scenario.lstrip("#?").split("&"):
        if "=" in paar:
            k, w = paar.split("=", 1)
            if k in s:
                continue  # the first value counts
            w = w.replace("%2C", ",").replace("%2c", ",")
            try:
                if GELDIG.get(k, lambda _: True)(w):
                    s[k] = w
                else:
                    s[k] = None
            except ArithmeticError:
                s[k] = None
    return {k: w for k, w in s.items() if w is not None}


def getal(w):
    return D(w.replace(",", "."))


def eerste_januari(d):
    return d[:4] + "-01-01"


def bereken(scenario, vandaag):
    s = lees(scenario)
    vl = s.get("voorlopig") != "nee"  # ADR 0013: provisional unless voorlopig=nee
    ak = s.get("aangekondigd") != "nee"  # ADR 0024: announced values count unless aangekondigd=nee
    datum = s.get("datum", vandaag)
    jaar = int(datum[:4])
    leeftijd = int(s.get("leeftijd", 21))
    uren = getal(s.get("uren", "36"))
    lw = D(int(s.get("loonwaarde", 30))) / 100
    werkgever = s.get("werkgever", "sob")
    if "voltijd" in s:
        voltijd, voltijd_cao = getal(s["voltijd"]), False
    elif werkgever == "sob":
        voltijd, voltijd_cao = cao_voltijd(datum), True
    else:
        voltijd, voltijd_cao = uren, False
    lezing = s.get("forfait", "A")
    beschut = s.get("beschut", "ja") == "ja"
    contract = s.get("contract", "tijdelijk")
    overheid = s.get("overheid", "ja" if werkgever == "sob" else "nee") == "ja"
    omvang = s.get("omvang", "groot")
    loon = s.get("loon", "wml")

    # Minimum wage: hourly for the wage, monthly for the subsidy.
    staffel = JEUGD_2027 if ak and datum >= "2027-01-01" else JEUGD
    if "wml" in s:
        wml_uur = getal(s["wml"])
    else:
        volw = op(WML_21, datum, vl)
        wml_uur = cent(volw * D(staffel[leeftijd])) if leeftijd < 21 else volw
    eigen_rml = getal(s["rml"]) if "rml" in s else None

    def rml_op(d, als_onbekend):
        try:
            return op(RML, d, False)
        except Onbekend:
            if als_onbekend is not None:
                return als_onbekend
            return op(RML, d, vl)

    rml_nu = eigen_rml if eigen_rml is not None else op(RML, datum, vl)
    subsidie = s.get("subsidie", "lopend" if "toekenning" in s else "nieuw")
    if subsidie == "lopend":
        t = s["toekenning"]
        jan = eerste_januari(datum)
        na_juli_vorig_jaar = t < jan and t[5:] >= "07-01"
        if na_juli_vorig_jaar and s.get("lid7") == "indexeren":
            rml_lks = rml_op(t, eigen_rml) * rml_op(jan, eigen_rml) / rml_op(eerste_januari(t), eigen_rml)
        else:
            rml_lks = rml_op(max(t, jan), eigen_rml)
    else:
        rml_lks = rml_nu
    jeugd = D(staffel[leeftijd]) if leeftijd < 21 else D(1)

    # Wage (hourly × hours × 52; month = year / 12).
    gewenst = None
    if loon == "eigen" or (loon == "cao" and s.get("schaal", "1") != "1"):
        gewenst = getal(s["uurloon"])
    if gewenst is not None:
        uurloon = max(gewenst, wml_uur)
    elif loon == "cao" and voltijd_cao and datum >= "2027-01-01":
        uurloon = wml_uur * D(37) / voltijd  # 36 hours without loss of wage (adr 0014)
    else:
        uurloon = wml_uur
    bruto = uurloon * uren * 52
    vb = bruto * VB
    deeltijd = min(uren / voltijd, D(1))
    cao = D(0)
    cao_delen = (D(0), D(0))
    if loon == "cao":
        eju = getal(s["eju"]) if "eju" in s else cao_eju(datum)
        een = getal(s["eenmalig"]) if "eenmalig" in s else cao_eenmalig(datum)
        if een is None:
            raise Onbekend("eenmalig")
        cao = (eju + een) * deeltijd
        cao_delen = (eju * deeltijd, een * deeltijd)
    loon_totaal = bruto + vb + cao
    p = PREMIES.get(jaar) or (PREMIES[max(PREMIES)] if vl and jaar > max(PREMIES) else (None,) * 9)
    if ak and jaar >= 2027:
        awf_l, awf_h, aof_l, aof_h, wko = PREMIES_2027
        p = (awf_l, awf_h, p[2], aof_l, aof_h, wko, p[6], p[7], p[8])

    def premie(sleutel, waarde):
        if sleutel == "-":
            if waarde is None:
                raise Onbekend("max_premieloon")
            return D(waarde)
        if sleutel in s:
            return getal(s[sleutel]) / 100
        if waarde is None:
            raise Onbekend(sleutel)
        return D(waarde)

    awf = premie("p_awf", p[0] if contract == "vast" else p[1])
    ufo = premie("p_ufo", p[2]) if overheid else D(0)
    aof = premie("p_aof", p[3] if omvang == "klein" else p[4])
    tarieven = [awf, ufo, aof, premie("p_wko", p[5]), premie("p_whk", p[6]), premie("p_zvw", p[7])]
    pct = sum(tarieven)
    maxpl = getal(s["max_premieloon"]) if "max_premieloon" in s else premie("-", p[8]) * 1
    premies = min(loon_totaal, maxpl) * pct
    pensioenloon = bruto + vb
    # The pension as (rate over the pension wage above the franchise, franchise per year).
    if "pensioen" in s:
        pensioenregel = (getal(s["pensioen"]) / 100, D(0))
    elif leeftijd < PWRI[3]:
        pensioenregel = (D(0), D(0))
    else:
        pensioenregel = (PWRI[2] * PWRI[0], PWRI[1] * deeltijd)
    pensioen = pensioenregel[0] * max(pensioenloon - pensioenregel[1], D(0))
    loonkosten = loon_totaal + premies + pensioen

    # Loonkostensubsidie (Pw art. 2, 10d lid 4, 5, 7).
    wgl = getal(s["wgl"]) / 100 if "wgl" in s else wgl_tabel(datum)
    if "wgl" not in s and datum > TOT_2026 and not vl:
        raise Onbekend("wgl")
    uren_lks = min(uren, voltijd)
    volledig = jeugd * rml_lks * (1 + VB) * 12 * uren_lks / URENBASIS  # per year at 100%
    binnen = s.get("wgl_max") == "binnen"
    if binnen:
        lks = min((1 - lw) * volledig * (1 + wgl), MAXIMUM * volledig)
        plafond = MAXIMUM * volledig
    else:
        lks = min(1 - lw, MAXIMUM) * volledig * (1 + wgl)
        plafond = MAXIMUM * volledig * (1 + wgl)
    lid5 = LID5 * volledig * (1 + wgl)
    grondslag = volledig / (1 + VB) if lezing == "B" else volledig
    forfait = FORFAIT * grondslag * ((1 + wgl) if lezing in "AB" else 1)
    lkv = D(0) if beschut else min(LKV[0] * uren * 52, LKV[1])
    per_jaar = {
        "brutoloon": bruto, "vakantiebijslag": vb, "cao_extra": cao, "premies": premies,
        "pensioen": pensioen, "werkgeverslasten": premies + pensioen, "loonkosten": loonkosten,
        "lks_meting": lks, "lks_forfait": forfait, "lks_lid5": lid5, "lkv": lkv,
        "nettokosten_meting": loonkosten - lks - lkv, "nettokosten_forfait": loonkosten - forfait - lkv,
    }
    per_100 = volledig * (1 + wgl)
    if forfait >= plafond:
        omslag = "forfait_altijd_hoger"
    else:
        omslag = str((1 - forfait / per_100).quantize(D("0.000001"), rounding=ROUND_HALF_UP).normalize())
    delers = {"per_jaar": D(1), "per_maand": D(12), "per_uur": uren * 52}
    jaar_delen = {"lks_meting": lks, "lks_forfait": forfait, "lks_lid5": lid5, "lkv": lkv}

    def strook(deler):
        """ADR 0021: the lines of a period as a payslip and a beschikking round them; totals summed."""
        b = cent(bruto / deler)
        v = cent(b * VB)  # Wml art. 15 on the rounded wage
        cao_p = sum(cent(c / deler) for c in cao_delen)  # each cao payment on its own
        premieloon = min(b + v + cao_p, maxpl / deler)
        prem = sum(cent(premieloon * t) for t in tarieven)  # each premium on its own
        pen = cent(pensioenregel[0] * max(b + v - pensioenregel[1] / deler, D(0)))
        r = {k: cent(w / deler) for k, w in jaar_delen.items()}  # the law's computation, rounded once
        kosten = b + v + cao_p + prem + pen
        return {"brutoloon": b, "vakantiebijslag": v, "cao_extra": cao_p, "premies": prem, "pensioen": pen,
                "werkgeverslasten": prem + pen, "loonkosten": kosten, **r,
                "nettokosten_meting": kosten - r["lks_meting"] - r["lkv"],
                "nettokosten_forfait": kosten - r["lks_forfait"] - r["lkv"]}

    uit = {sectie: strook(deler) for sectie, deler in delers.items()}
    uit["omslagpunt"] = omslag
    return uit


def main():
    schrijf = "--schrijf" in sys.argv
    fouten, vergeleken, overgeslagen = [], 0, 0
    for pad in sorted(MAP.glob("*.toml")):
        doc = tomllib.loads(pad.read_text())
        uitkomsten = {}
        for g in doc.get("geval", []):
            secties = [k for k in ("per_maand", "per_jaar", "per_uur", "omslagpunt") if k in g]
            if not secties or "fouten" in g:
                continue
            try:
                u = bereken(g["scenario"], g.get("vandaag", VANDAAG))
            except (Onbekend, KeyError) as e:
                overgeslagen += 1
                print(f"overgeslagen: {pad.name} :: {g['naam']} ({e!r})")
                continue
            uitkomsten[g["naam"]] = (g["orakel_soort"], u)
            for sectie in secties:
                if sectie == "omslagpunt":
                    vergeleken += 1
                    if g[sectie] != u[sectie]:
                        fouten.append(f"{pad.name} :: {g['naam']} :: omslagpunt: bestand {g[sectie]}, orakel {u[sectie]}")
                    continue
                for k, v in g[sectie].items():
                    vergeleken += 1
                    if D(v) != u[sectie][k]:
                        fouten.append(f"{pad.name} :: {g['naam']} :: {sectie}.{k}: bestand {v}, orakel {u[sectie][k]}")
        if schrijf:
            herschrijf(pad, uitkomsten)
    print(f"orakel: {vergeleken} waarden vergeleken, {len(fouten)} verschillen, {overgeslagen} gevallen overgeslagen")
    if fouten and not schrijf:
        print("\n".join(fouten))
        sys.exit(1)


def herschrijf(pad, uitkomsten):
    """Rewrites the amounts of script cases in place, keeping every other line as it is."""
    regels, naam, sectie = [], None, None
    for regel in pad.read_text().splitlines():
        m = re.match(r'^naam = "(.*)"$', regel)
        if regel.startswith("[[geval]]"):
            naam, sectie = None, None
        elif m:
            naam = m.group(1).replace('\\"', '"')
        elif regel.startswith("[geval."):
            sectie = regel.strip()[7:-1]
        kv = re.match(r'^(\w+) = "(.*)"$', regel)
        soort_u = uitkomsten.get(naam)
        if kv and soort_u and soort_u[0] == "script":
            u = soort_u[1]
            if sectie in ("per_maand", "per_jaar", "per_uur") and kv.group(1) in u[sectie]:
                regel = f'{kv.group(1)} = "{u[sectie][kv.group(1)]}"'
            elif sectie is None and kv.group(1) == "omslagpunt":
                regel = f'omslagpunt = "{u["omslagpunt"]}"'
        regels.append(regel)
    pad.write_text("\n".join(regels) + "\n")


if __name__ == "__main__":
    main()
