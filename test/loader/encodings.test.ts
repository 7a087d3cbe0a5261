// The same ledger saved the three ways Excel and editors save it loads to the same records.

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, firstBadByte, lineOfByte } from '../../src/core/decode.ts';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { filesOf, fixtureFiles } from './helpers.ts';

// 䶮 is two bytes in GB18030 (FE 9F); 㐀 and 𠀀 are four bytes (81 39 EE 39, 95 32 82 36).
const LEDGER = `示例县2025年1-8月重点项目推进情况表
项目编号,项目名称,年度计划投资(万元),1-8月完成投资(万元),进展阶段,形象进度
SL-001,示例县城南污水处理厂二期工程,5000,3350,在建,主体结构已封顶
SL-002,䶮山路改造工程,4000,1200,在建,"路基施工，㐀𠀀段完成"
SL-003,示例县人民医院综合楼,9000,6100,在建,外墙装饰
`;

const PROJECTS = `项目编号,项目名称
SL-001,示例县城南污水处理厂二期工程
SL-002,䶮山路改造工程
SL-003,示例县人民医院综合楼
`;

function withLedger(bytes: Uint8Array) {
  return loadDataset(filesOf({ 'projects.csv': PROJECTS, 'ledger/2025-08.csv': bytes }));
}

const utf8 = new TextEncoder().encode(LEDGER);
const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
const gb = new Uint8Array(iconv.encode(LEDGER, 'gb18030'));
const crlfGb = new Uint8Array(iconv.encode(LEDGER.replace(/\n/g, '\r\n'), 'gb18030'));

describe('encodings', () => {
  it('GB18030 bytes really differ from UTF-8 and hold four-byte characters', () => {
    expect(Buffer.from(gb).equals(Buffer.from(utf8))).toBe(false);
    expect(Buffer.from(gb).includes(Buffer.from([0x81, 0x39, 0xee, 0x39]))).toBe(true);
    expect(Buffer.from(gb).includes(Buffer.from([0xfe, 0x9f]))).toBe(true);
  });

  it('detects each encoding', () => {
    expect(decodeBytes(utf8, 'x')).toMatchObject({ ok: true, encoding: 'utf-8', text: LEDGER });
    expect(decodeBytes(bom, 'x')).toMatchObject({ ok: true, encoding: 'utf-8-bom', text: LEDGER });
    expect(decodeBytes(gb, 'x')).toMatchObject({ ok: true, encoding: 'gb18030', text: LEDGER });
  });

  it('UTF-8, UTF-8 with BOM, GB18030 and GB18030 with CRLF load to identical records', () => {
    const results = [utf8, bom, gb, crlfGb].map(withLedger);
    for (const r of results) expect(r.diagnostics).toEqual([]);
    const [first, ...rest] = results.map((r) => r.dataset.ledgers);
    expect(first?.[0]?.rows).toHaveLength(3);
    expect(first?.[0]?.rows[1]).toEqual({
      projectId: 'SL-002',
      projectName: '䶮山路改造工程',
      yearPlan: 4000,
      completedYtd: 1200,
      stage: 'construction',
      progress: '路基施工，㐀𠀀段完成',
      line: 4,
    });
    for (const other of rest) expect(other).toEqual(first);
  });

  it('records the encoding of each source file', () => {
    const sources = withLedger(gb).dataset.sources;
    expect(sources.map((s) => [s.file, s.encoding])).toEqual([
      ['ledger/2025-08.csv', 'gb18030'],
      ['projects.csv', 'utf-8'],
    ]);
    expect(sources[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sources[0]?.bytes).toBe(gb.length);
  });

  it('a byte that is neither UTF-8 nor GB18030 is an encoding-error with its line', () => {
    const bad = new Uint8Array([...iconv.encode('项目编号,项目名称\nSL-001,', 'gb18030'), 0xff, 0x41, 0x0a]);
    const result = decodeBytes(bad, 'ledger/2025-08.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostic).toMatchObject({ code: 'encoding-error', severity: 'error', line: 2 });
    expect(result.diagnostic.message).toContain('CSV UTF-8（逗号分隔）');
    expect(result.diagnostic.message).toMatchInlineSnapshot(
      `"文件编码无法识别：第2行（文件第26个字节，0xFF）既不是UTF-8也不是GB18030编码；按GB18030（GBK）读到这里出错，文件大概是GBK，但混入了其他编码的内容，或是繁体Big5等其他编码。请在表格软件中打开原表，重新保存为UTF-8编码的CSV：Excel：文件→另存为，保存类型选“CSV UTF-8（逗号分隔）(*.csv)”；WPS表格：文件→另存为，文件类型选“CSV (逗号分隔)(*.csv)”，编码选UTF-8；LibreOffice Calc：文件→另存为，文件类型选“文本 CSV (.csv)”，勾选“编辑筛选设置”，字符集选“Unicode (UTF-8)”。也可以直接提交.xlsx工作簿。"`,
    );
  });

  it('finds the first bad byte by bisection', () => {
    const bytes = new Uint8Array([0x61, 0x62, 0xe4, 0xb8, 0xad, 0xff, 0x63]);
    expect(firstBadByte('utf-8', bytes)).toBe(5);
    expect(firstBadByte('utf-8', bytes.subarray(0, 5))).toBe(5); // valid: the length
    expect(lineOfByte(new Uint8Array([0x61, 0x0a, 0x62, 0x0d, 0x0a, 0x63, 0x0d, 0x64]), 7)).toBe(4);
  });

  it('an empty file is empty-file, and a BOM alone has no rows', () => {
    expect(decodeBytes(new Uint8Array(), 'a.csv')).toMatchObject({ ok: false, diagnostic: { code: 'empty-file' } });
    const r = loadDataset(filesOf({ 'projects.csv': new Uint8Array([0xef, 0xbb, 0xbf]), 'ledger/2025-08.csv': '项目编号\nSL-001\n' }));
    expect(r.diagnostics.filter((d) => d.file === 'projects.csv').map((d) => d.code)).toEqual(['empty-file']);
  });

  it('the clean fixture reads the same whatever its encoding', () => {
    const files = fixtureFiles('base');
    const asGb = new Map(
      [...files].map(([path, bytes]) => [path, new Uint8Array(iconv.encode(new TextDecoder().decode(bytes), 'gb18030'))]),
    );
    const a = loadDataset(files);
    const b = loadDataset(asGb);
    expect(b.diagnostics).toEqual([]);
    expect(b.dataset.projects).toEqual(a.dataset.projects);
    expect(b.dataset.ledgers).toEqual(a.dataset.ledgers);
  });

  it('UTF-16 with a byte-order mark, little- and big-endian, comma- or tab-separated, loads to the same records', () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(LEDGER, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(LEDGER, 'utf16-be')]);
    expect(decodeBytes(le, 'x')).toMatchObject({ ok: true, encoding: 'utf-16le', text: LEDGER });
    expect(decodeBytes(be, 'x')).toMatchObject({ ok: true, encoding: 'utf-16be', text: LEDGER });
    // Excel's "Unicode 文本 (*.txt)": tab-separated UTF-16LE; a cell with a comma is not quoted.
    const tabbed = LEDGER.replace(/"路基施工，㐀𠀀段完成"/, '路基施工，㐀𠀀段完成').replace(/,/g, '\t');
    const txt = new Uint8Array([0xff, 0xfe, ...iconv.encode(tabbed, 'utf16le')]);
    const load = (path: string, bytes: Uint8Array) => loadDataset(filesOf({ 'projects.csv': PROJECTS, [path]: bytes }));
    const expected = withLedger(utf8).dataset.ledgers.map((m) => m.rows);
    for (const [path, bytes] of [['ledger/2025-08.csv', le], ['ledger/2025-08.csv', be], ['ledger/2025-08.txt', txt], ['ledger/2025-08.tsv', txt]] as const) {
      const r = load(path, bytes);
      expect(r.diagnostics, path).toEqual([]);
      expect(r.dataset.ledgers.map((m) => m.rows)).toEqual(expected);
    }
  });

  it('UTF-16 that breaks off is an encoding-error on the right line (a 0x0A byte inside a character is no line break)', () => {
    // 上 is U+4E0A: its low byte is 0x0A in UTF-16LE.
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode('上上\n上,', 'utf16le'), 0x00, 0xdc, 0x41, 0x00]);
    const r = decodeBytes(bytes, 'x');
    expect(r).toMatchObject({ ok: false, diagnostic: { code: 'encoding-error', line: 2 } });
    if (!r.ok) expect(r.diagnostic.message).toContain('UTF-16（小端）');
  });

  it('names what an unreadable file most likely is: UTF-16 without its mark, a workbook, binary', () => {
    const message = (bytes: Uint8Array) => {
      const r = decodeBytes(bytes, 'x');
      return r.ok ? '' : r.diagnostic.message + r.diagnostic.messageEn;
    };
    expect(message(new Uint8Array([...iconv.encode('项目编号,名称\nA,\uD800', 'utf16le')]))).toContain('没有字节顺序标记（BOM）的UTF-16');
    expect(message(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x81]))).toContain('.xlsx');
    expect(message(new Uint8Array([0x61, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]))).toMatch(/UTF-16|二进制/);
    // Every message gives the steps in Excel, WPS and LibreOffice.
    const m = message(new Uint8Array([0x61, 0xff]));
    for (const program of ['Excel', 'WPS', 'LibreOffice']) expect(m).toContain(program);
  });
});
