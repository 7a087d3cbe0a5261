// A minimal .xlsx writer for tests: one or more sheets of strings, numbers and dates, with
// shared strings, a date style and optional merged cells, zipped with fflate. It writes what
// Excel and LibreOffice write for such cells, so property tests can make any number of
// workbooks (the committed fixtures are LibreOffice's own).

import { strToU8, zipSync } from 'fflate';
import { columnLetters as letters } from '../../src/core/xlsx.ts';

export type XCell = string | number | { date: string } | { formula: string; value?: number | string } | null;

export interface XSheet {
  name: string;
  rows: XCell[][];
  merges?: string[];
  hidden?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** '2025-09-30' → Excel's serial day number (1900 date system). */
export function serialOf(iso: string): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export function writeXlsx(sheets: XSheet[], extra: Record<string, string> = {}): Uint8Array {
  const shared: string[] = [];
  const index = new Map<string, number>();
  const sst = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = shared.length;
      shared.push(s);
      index.set(s, i);
    }
    return i;
  };
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, n) => {
    const rows = sheet.rows
      .map((cells, r) => {
        const xs = cells
          .map((cell, c) => {
            const ref = `${letters(c)}${r + 1}`;
            if (cell === null || cell === '') return '';
            if (typeof cell === 'string') return `<c r="${ref}" t="s"><v>${sst(cell)}</v></c>`;
            if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
            if ('date' in cell) return `<c r="${ref}" s="1"><v>${serialOf(cell.date)}</v></c>`;
            const v = cell.value === undefined ? '' : `<v>${esc(String(cell.value))}</v>`;
            return `<c r="${ref}"${typeof cell.value === 'string' ? ' t="str"' : ''}><f>${esc(cell.formula)}</f>${v}</c>`;
          })
          .join('');
        return xs === '' ? '' : `<row r="${r + 1}">${xs}</row>`;
      })
      .join('');
    const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
    files[`xl/worksheets/sheet${n + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${merges}</worksheet>`,
    );
  });
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared
      .map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`)
      .join('')}</sst>`,
  );
  files['xl/styles.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>',
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map((s, n) => `<sheet name="${esc(s.name)}" sheetId="${n + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${n + 1}"/>`)
      .join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, n) => `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n + 1}.xml"/>`)
      .join('')}</Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  for (const [path, content] of Object.entries(extra)) files[path] = strToU8(content);
  return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2025, 0, 1)) });
}
