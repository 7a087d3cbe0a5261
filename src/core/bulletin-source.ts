// bulletins/*.md → Bulletin. The front matter (between two '---' lines at the top)
// is YAML with a title and a date; the rest is Markdown, kept raw: rendering and
// sanitising it belongs to the Markdown pipeline, not to the loader.

import { parseDocument } from 'yaml';
import type { Bulletin, Diagnostic } from './types.ts';
import { ID_PATTERN } from './schema.ts';
import { parseDate } from './cells.ts';
import { countLines, normalizeLineEndings } from './decode.ts';
import { diagnostic } from './report.ts';

export const BULLETIN_FILE = /^bulletins\/([^/]+)\.md$/;

export interface BulletinResult {
  bulletin?: Bulletin;
  diagnostics: Diagnostic[];
}

const KNOWN_KEYS = ['title', 'date', 'summary'];

export function parseBulletin(file: string, text: string): BulletinResult {
  const diagnostics: Diagnostic[] = [];
  const slug = BULLETIN_FILE.exec(file)?.[1] ?? file.replace(/^.*\//, '').replace(/\.md$/, '');
  const error = (line: number | undefined, field: string | undefined, zh: string, en: string, value?: string) =>
    diagnostics.push(diagnostic('front-matter-error', 'error', { file, line, field, value }, zh, en));

  const lines = normalizeLineEndings(text).split('\n');
  const totalLines = Math.max(1, countLines(text));
  if ((lines[0] ?? '').replace(/^\uFEFF/, '').trim() !== '---') {
    error(
      1,
      undefined,
      '通报文件开头缺少标题和日期。请在第一行写“---”，接着写“title: 标题”和“date: 2025-09-01”，再写一行“---”，然后才是正文。',
      'The bulletin has no front matter. Start with a line "---", then "title: …" and "date: 2025-09-01", then another "---" line, then the text.',
    );
    return { diagnostics };
  }
  const close = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (close === -1) {
    error(
      1,
      undefined,
      '开头的“---”没有配对：标题和日期写完后要再写一行“---”，把它们和正文分开。',
      'The opening "---" is never closed: add a "---" line after the title and date to separate them from the text.',
    );
    return { diagnostics };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const body = lines.slice(close + 1).join('\n').replace(/^\n+/, '');

  let data: unknown;
  try {
    const doc = parseDocument(yamlText, { prettyErrors: false });
    for (const e of doc.errors) {
      const line = Math.min(totalLines, (e.linePos?.[0]?.line ?? 1) + 1);
      error(line, undefined, `开头的设置（YAML）写法有误：${firstLine(e.message)}。请检查冒号后是否有空格、引号是否成对。`, `The front matter (YAML) is malformed: ${firstLine(e.message)}. Check that each colon is followed by a space and quotes are paired.`);
    }
    if (doc.errors.length > 0) return { diagnostics };
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    error(2, undefined, '开头的设置（YAML）无法读取，请检查写法。', `The front matter (YAML) cannot be read: ${e instanceof Error ? e.message : String(e)}.`);
    return { diagnostics };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    error(2, undefined, '开头的设置应写成“键: 值”的形式，如“title: 第3期督查通报”。', 'The front matter must be "key: value" lines, such as "title: …".');
    return { diagnostics };
  }
  const fm = data as Record<string, unknown>;
  const lineOf = (key: string): number => {
    const i = lines.slice(1, close).findIndex((l) => l.startsWith(key + ':'));
    return i === -1 ? 1 : i + 2;
  };

  for (const key of Object.keys(fm)) {
    if (!KNOWN_KEYS.includes(key)) {
      diagnostics.push(
        diagnostic(
          'front-matter-error',
          'warning',
          { file, line: lineOf(key), field: key },
          `不认识的设置项“${key}”，已忽略。可用的有：title（标题）、date（日期）、summary（摘要）。`,
          `Unknown front-matter key "${key}"; ignored. Known keys: title, date, summary.`,
        ),
      );
    }
  }

  const title = scalarText(fm.title);
  if (title === undefined || title === '') {
    error(close + 1, 'title', '缺少标题：请在开头的设置中加一行“title: 标题”。', 'The title is missing: add a line "title: …" to the front matter.');
  }
  const rawDate = fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : scalarText(fm.date);
  const date = rawDate === undefined ? undefined : parseDate(rawDate);
  if (rawDate === undefined || rawDate === '') {
    error(close + 1, 'date', '缺少日期：请在开头的设置中加一行“date: 2025-09-01”。', 'The date is missing: add a line "date: 2025-09-01" to the front matter.');
  } else if (date === undefined) {
    error(lineOf('date'), 'date', `日期“${rawDate}”无法识别。请写成2025-09-01或2025年9月1日。`, `The date "${rawDate}" is not understood. Write 2025-09-01 or 2025年9月1日.`, rawDate);
  }
  const summary = scalarText(fm.summary);
  if (fm.summary !== undefined && fm.summary !== null && summary === undefined) {
    error(lineOf('summary'), 'summary', '摘要（summary）应是一段文字。', 'The summary must be text.');
  }
  if (!new RegExp(ID_PATTERN).test(slug)) {
    diagnostics.push(
      diagnostic(
        'file-name-error',
        'warning',
        { file },
        `通报的文件名“${slug}.md”会成为网页地址，建议只用英文字母、数字和短横线，如“2025-09-05.md”。`,
        `The file name "${slug}.md" becomes a web address; use only letters, digits and hyphens, e.g. "2025-09-05.md".`,
      ),
    );
  }
  if (title === undefined || title === '' || date === undefined || diagnostics.some((d) => d.severity === 'error')) {
    return { diagnostics };
  }
  const bulletin: Bulletin = { slug, file, title, date, body };
  if (summary !== undefined && summary !== '') bulletin.summary = summary;
  return { bulletin, diagnostics };
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
