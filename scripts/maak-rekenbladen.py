#!/usr/bin/env python3
"""Makes the spreadsheet fixtures in crates/rekenkern/tests/bestanden/ the way controllers get them
(issue 26): a payroll export written by a library (openpyxl, typed cells, shared strings, a title
row, a totals row with values, an explanation sheet before the data), and a controller's own sheet
saved by LibreOffice Calc as .ods, .xlsx and Excel 97 .xls (formulas with their stored results, a
percentage column, an extra column the rekenhulp does not know). Plus the bad ones: password
protected, cut off, a zip that expands past the limit, and an empty sheet.

The core's tests, the CLI's tests and the end-to-end tests read these same files; the expected
amounts are the hand calculations of crates/rekenkern/tests/bestanden.rs (the same employees as the
CSV fixtures).

usage: python3 scripts/maak-rekenbladen.py
needs: openpyxl 3.1.5, msoffcrypto-tool 5.4.2 (pip), LibreOffice 7.4 (`soffice`, Debian package
libreoffice-calc-nogui). The files are committed; CI does not run this.
"""
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from msoffcrypto.format.ooxml import OOXMLFile
import openpyxl
from openpyxl.styles import Font

UIT = os.path.join(os.path.dirname(__file__), "..", "crates", "rekenkern", "tests", "bestanden")
DATUM = "DD-MM-YYYY"
EURO = '"€" #,##0.00'


def rijen_schrijven(ws, rijen, eerste, opmaak):
    """Rows from row `eerste`, typed as a spreadsheet holds them: a date cell with a date format,
    and the number formats of `opmaak` (column number -> format) on the other cells."""
    for r, rij in enumerate(rijen, start=eerste):
        for c, w in enumerate(rij, start=1):
            cel = ws.cell(row=r, column=c, value=w)
            if isinstance(w, dt.date):
                cel.number_format = DATUM
            elif c in opmaak:
                cel.number_format = opmaak[c]


def salarisexport(pad):
    """A payroll export: an explanation sheet first, then a title, an empty row, the header, three
    employees with typed cells, and a totals row with the sums as values (no formulas)."""
    wb = openpyxl.Workbook()
    info = wb.active
    info.title = "Toelichting"
    info["A1"] = "Export uit het salarissysteem"
    info["A2"] = "Gemaakt op"
    info["B2"] = dt.date(2026, 11, 30)
    info["B2"].number_format = DATUM
    ws = wb.create_sheet("Medewerkers")
    ws["A1"] = "Salarisexport beschut werk, peildatum 1 januari 2026"
    ws["A1"].font = Font(bold=True, size=14)
    koppen = ["Personeelsnummer", "Peildatum", "Geboortedatum", "Uren per week", "Loonwaarde",
              "Volledige werkweek", "Bruto uurloon", "Loon"]
    for i, k in enumerate(koppen, start=1):
        ws.cell(row=3, column=i, value=k).font = Font(bold=True)
    rijen = [
        ("P-1", dt.date(2026, 1, 1), dt.date(1995, 3, 15), 36, 0.5, 37, None, None),
        ("P-2", dt.date(2026, 1, 1), dt.date(2006, 6, 1), 36, 0.5, 37, None, None),
        ("P-3", dt.date(2026, 1, 1), dt.date(1995, 3, 15), 36, 0.5, 37, 15.5, "eigen"),
    ]
    rijen_schrijven(ws, rijen, 4, {5: "0%", 7: EURO})
    totaal = ws.cell(row=7, column=1, value="Totaal")
    totaal.font = Font(bold=True)
    ws.cell(row=7, column=4, value=108)
    ws.cell(row=7, column=7, value=15.5).number_format = EURO
    wb.save(pad)


def eigen_blad(pad):
    """A controller's own sheet (source for LibreOffice): a title, the header in row 2, hours as a
    formula, a percentage column, an unknown column 'Afdeling', and a totals row with SUM formulas."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Beschut 2026"
    ws["A1"] = "Beschut werk, begroting 2026"
    koppen = ["Medewerker", "Peildatum", "Leeftijd", "Uren per week", "Loonwaarde (%)", "Volledige werkweek", "Afdeling"]
    for i, k in enumerate(koppen, start=1):
        ws.cell(row=2, column=i, value=k)
    rijen = [
        ("MW-é01", dt.date(2026, 1, 1), 30, "=18*2", 0.5, 37, "Groen"),
        ("MW-02", dt.date(2026, 1, 1), 30, 36, 0.5, 37, "Post"),
    ]
    rijen_schrijven(ws, rijen, 3, {5: "0%"})
    ws["A5"] = "Totaal"
    ws["D5"] = "=SUM(D3:D4)"
    ws["E5"] = "=AVERAGE(E3:E4)"
    ws["E5"].number_format = "0%"
    wb.save(pad)


def libreoffice(bron, doelen, map_):
    """Opens the source in LibreOffice Calc, recalculates, and saves it in each format."""
    for filter_, naam in doelen:
        tmp = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "--calc", "--convert-to", filter_, "--outdir", tmp, bron],
                       check=True, stdout=subprocess.DEVNULL)
        gemaakt = [f for f in os.listdir(tmp)]
        shutil.move(os.path.join(tmp, gemaakt[0]), os.path.join(map_, naam))
        shutil.rmtree(tmp)


def beveiligd(bron, pad):
    """The payroll export with a password, as Excel encrypts it (an OLE container, agile encryption)."""
    with open(bron, "rb") as i, open(pad, "wb") as u:
        f = OOXMLFile(i)
        f.encrypt("geheim", u)


def afgebroken(bron, pad):
    """A download cut off halfway: the end of the zip (its directory) is missing."""
    with open(bron, "rb") as i:
        data = i.read()
    with open(pad, "wb") as u:
        u.write(data[: len(data) // 2])


def zipbom(pad):
    """A valid-looking workbook whose sheet expands to 300 MB (spaces inside the sheet XML)."""
    kop = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    staart = '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row></sheetData></worksheet>'
    with zipfile.ZipFile(pad, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   '<sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as s:
            s.write(kop.encode())
            blok = b" " * (1 << 20)
            for _ in range(300):
                s.write(blok)
            s.write(staart.encode())


def leeg(pad):
    """A workbook whose only sheet is empty."""
    wb = openpyxl.Workbook()
    wb.active.title = "Blad1"
    wb.save(pad)


def main():
    if shutil.which("soffice") is None:
        sys.exit("soffice ontbreekt: apt-get install libreoffice-calc-nogui")
    os.makedirs(UIT, exist_ok=True)
    export = os.path.join(UIT, "salarisexport.xlsx")
    salarisexport(export)
    tmp = tempfile.mkdtemp()
    bron = os.path.join(tmp, "eigen-blad.xlsx")
    eigen_blad(bron)
    libreoffice(bron, [("ods", "libreoffice.ods"), ('xlsx:Calc MS Excel 2007 XML', "libreoffice.xlsx"),
                       ("xls:MS Excel 97", "libreoffice.xls")], UIT)
    shutil.rmtree(tmp)
    beveiligd(export, os.path.join(UIT, "beveiligd.xlsx"))
    afgebroken(export, os.path.join(UIT, "afgebroken.xlsx"))
    zipbom(os.path.join(UIT, "zipbom.xlsx"))
    leeg(os.path.join(UIT, "leeg.xlsx"))
    for f in sorted(os.listdir(UIT)):
        print(f"{os.path.getsize(os.path.join(UIT, f)):>9}  {f}")


if __name__ == "__main__":
    main()
