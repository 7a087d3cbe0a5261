// A hostile data folder: the sample generator's output at a small size, with every free
// text and name field replaced by payloads from a corpus of XSS strings, and a bulletin
// whose front matter and body carry them too. Ids, numbers, dates and enums stay valid,
// so the folder builds and every page can be visited.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { resources } from '../../src/core/schema.ts';

/** Every payload, when it runs, sets window.__pwned or opens a dialog. */
export const HOSTILE_STRINGS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  "'><svg/onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  'JaVaScRiPt:alert(1)',
  '</script><script>window.__pwned=1</script>',
  '</title><script>alert(1)</script>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<a href="javascript:alert(1)">点击查看</a>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<embed src="javascript:alert(1)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=alert() )//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<style>body{display:none}</style>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '=HYPERLINK("http://evil.example","点我")',
  '+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '\u2028\u2029<!--<script>alert(1)//-->',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
];

const SKIP_TYPES = new Set(['integer', 'number', 'money', 'percent', 'date', 'yearmonth', 'year', 'enum']);

/** Field labels (as the generator writes them in --plain mode: canonical names) that take payloads. */
function hostileFields(resourceName: string): Set<string> {
  const r = resources.find((x) => x.name === resourceName);
  if (!r) return new Set();
  const keys = new Set([...(r.primaryKey ?? []), ...(r.foreignKeys ?? []).flatMap((f) => f.fields)]);
  return new Set(r.fields.filter((f) => !SKIP_TYPES.has(f.type) && !f.pattern && !keys.has(f.name) && !f.private).map((f) => f.name));
}

function resourceOf(file: string): string | undefined {
  if (file.startsWith('ledger/')) return 'ledger';
  return resources.find((r) => r.path === file)?.name;
}

/** Writes a hostile data folder into `dir` (which must not exist yet). Returns the number of payloads planted. */
export function writeHostileData(dir: string): number {
  execFileSync(process.execPath, ['scripts/generate-sample.ts', '--plain', '--projects', '16', '--months', '3', '--start', '2026-08', '--peers', '2', '--out', dir], { stdio: 'ignore' });
  let planted = 0;
  const next = () => HOSTILE_STRINGS[planted++ % HOSTILE_STRINGS.length]!;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.csv')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, file).split(path.sep).join('/');
    const resource = resourceOf(rel);
    if (!resource) continue;
    const fields = hostileFields(resource);
    const rows = csvParseRows(readFileSync(file, 'utf8'));
    const header = rows[0] ?? [];
    const columns = header.map((h, i) => (fields.has(h) ? i : -1)).filter((i) => i >= 0);
    for (const row of rows.slice(1)) for (const i of columns) if (row[i] !== undefined && row[i] !== '') row[i] = next();
    writeFileSync(file, csvFormatRows(rows) + '\n');
  }
  const bulletin = [
    '---',
    `title: ${JSON.stringify('通报' + HOSTILE_STRINGS[0] + HOSTILE_STRINGS[2])}`,
    'date: 2026-10-20',
    `summary: ${JSON.stringify(`${HOSTILE_STRINGS[1]}${HOSTILE_STRINGS[6]}`)}`,
    '---',
    '',
    ...HOSTILE_STRINGS.map((s, i) => (i % 2 ? s : `- ${s}`)),
    '',
    '[点击](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>) <a href="vbscript:msgbox(1)">v</a>',
    '',
    '| 项目 | 说明 |',
    '| --- | --- |',
    `| <img src=x onerror=alert(1)> | ${HOSTILE_STRINGS[2]} |`,
    '',
  ].join('\n');
  mkdirSync(path.join(dir, 'bulletins'), { recursive: true });
  writeFileSync(path.join(dir, 'bulletins', '2026-10-20-hostile.md'), bulletin);
  return planted + HOSTILE_STRINGS.length;
}
