// A minimal .xlsx as a payroll export writes one (inline strings, numbers, one sheet), for tests that
// need a workbook too large to commit (100,000 employees). Deflated as Excel does (a sheet of
// 100,000 rows is 24 MB of XML, ~1 MB packed); CRC-32 by table. Fixtures of the real programs are made by scripts/maak-rekenbladen.py.
// usage: import { maakXlsx } from '../maak-xlsx.mjs'; maakXlsx([['id', 'uren'], ['A', 36]]) -> Buffer

import zlib from 'node:zlib';

const TABEL = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = TABEL[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function zip(bestanden) {
  const delen = [];
  const centraal = [];
  let plek = 0;
  for (const [naam, inhoud] of bestanden) {
    const n = Buffer.from(naam);
    const ruw = Buffer.from(inhoud);
    const crc = crc32(ruw);
    const data = zlib.deflateRawSync(ruw);
    const lokaal = Buffer.alloc(30);
    lokaal.writeUInt32LE(0x04034b50, 0); lokaal.writeUInt16LE(20, 4); lokaal.writeUInt16LE(8, 8); lokaal.writeUInt32LE(crc, 14);
    lokaal.writeUInt32LE(data.length, 18); lokaal.writeUInt32LE(ruw.length, 22); lokaal.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0); c.writeUInt16LE(20, 4); c.writeUInt16LE(20, 6); c.writeUInt16LE(8, 10); c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20); c.writeUInt32LE(ruw.length, 24); c.writeUInt16LE(n.length, 28); c.writeUInt32LE(plek, 42);
    centraal.push(c, n);
    delen.push(lokaal, n, data);
    plek += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centraal);
  const eind = Buffer.alloc(22);
  eind.writeUInt32LE(0x06054b50, 0); eind.writeUInt16LE(bestanden.length, 8); eind.writeUInt16LE(bestanden.length, 10);
  eind.writeUInt32LE(cd.length, 12); eind.writeUInt32LE(plek, 16);
  return Buffer.concat([...delen, cd, eind]);
}

const kolom = (k) => (k < 26 ? '' : String.fromCharCode(64 + Math.floor(k / 26))) + String.fromCharCode(65 + (k % 26));
const xml = (t) => String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Rows of cells (strings become inline strings, numbers numbers) as .xlsx bytes. */
export function maakXlsx(rijen, blad = 'Medewerkers') {
  const regels = rijen.map((rij, r) => `<row r="${r + 1}">${rij.map((w, k) => {
    const ref = `${kolom(k)}${r + 1}`;
    return typeof w === 'number' ? `<c r="${ref}"><v>${w}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${xml(w)}</t></is></c>`;
  }).join('')}</row>`).join('');
  return zip([
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'],
    ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'],
    ['xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${xml(blad)}" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'],
    ['xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${regels}</sheetData></worksheet>`],
  ]);
}
