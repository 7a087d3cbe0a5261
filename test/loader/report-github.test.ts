// GitHub workflow commands and the job summary: escaping as @actions/core does it, paths
// relative to the repository, one line per diagnostic, a Chinese summary table.
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/core/report.ts';
import { escapeData, escapeProperty, formatGithubAnnotations, formatGithubSummary, SUMMARY_ROWS } from '../../src/core/report-github.ts';

const typeError = diagnostic('type-error', 'error', { file: 'ledger/2026-10.csv', line: 5, column: 3, field: 'year_plan', value: '约3000' }, '「年度计划投资」应填写金额。', 'year_plan must be a number.');
const warning = diagnostic('extra-label', 'warning', { file: 'projects.csv', line: 1, column: 9, field: '备注' }, '未规定的列“备注”，不读取。', 'Undeclared column "备注"; dropped.');
const folder = diagnostic('file-name-error', 'error', { file: '' }, '缺少projects.csv。', 'projects.csv is missing.');

describe('escaping', () => {
  it('escapes % CR LF in data, and also : , in properties', () => {
    expect(escapeData('100%\r\n2')).toBe('100%25%0D%0A2');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    // % first, so an escape is never escaped twice.
    expect(escapeData('%0A')).toBe('%250A');
  });
});

describe('formatGithubAnnotations', () => {
  it('one ::error or ::warning per diagnostic, in report order, with the Chinese message first', () => {
    const out = formatGithubAnnotations([warning, typeError, folder], { dataDir: 'data' });
    expect(out.split('\n').filter(Boolean)).toEqual([
      '::error file=data,title=数据检查 file-name-error::缺少projects.csv。%0AError: projects.csv is missing.',
      '::error file=data/ledger/2026-10.csv,line=5,col=3,title=数据检查 type-error::值“约3000”：「年度计划投资」应填写金额。%0AError: year_plan must be a number.',
      '::warning file=data/projects.csv,line=1,col=9,title=数据检查 extra-label::未规定的列“备注”，不读取。%0AWarning: Undeclared column "备注"; dropped.',
    ]);
  });

  it('escapes what a file name or message could smuggle in', () => {
    const evil = diagnostic('type-error', 'error', { file: 'a,b:c.csv', line: 1 }, '第一行\n::error::伪造', 'x%y');
    const [line] = formatGithubAnnotations([evil], { dataDir: './data/' }).split('\n');
    expect(line).toBe('::error file=data/a%2Cb%3Ac.csv,line=1,title=数据检查 type-error::第一行%0A::error::伪造%0AError: x%25y');
  });

  it('prints nothing for clean data', () => {
    expect(formatGithubAnnotations([], { dataDir: 'data' })).toBe('');
  });
});

describe('formatGithubSummary', () => {
  it('a headline and a Markdown table in Chinese', () => {
    const md = formatGithubSummary([typeError, warning], { dataDir: 'data' });
    expect(md).toContain('## ❌ 数据检查未通过，网站不会更新');
    expect(md).toContain('共1个错误，1个警告');
    expect(md).toContain('| 级别 | 文件 | 行 | 列 | 字段 | 值 | 问题与改法 |');
    expect(md).toContain('| 错误 | data/ledger/2026-10.csv | 5 | 3 | year_plan | 约3000 | 「年度计划投资」应填写金额。 |');
    expect(formatGithubSummary([warning], { dataDir: 'data' })).toContain('## ⚠️ 数据检查通过（有警告）');
    expect(formatGithubSummary([], { dataDir: 'data' })).toContain('## ✅ 数据检查通过');
  });

  it('keeps a cell in its cell, and caps the table', () => {
    const pipe = diagnostic('type-error', 'error', { file: 'projects.csv', line: 2, value: 'a|b' }, '一\n二', 'x');
    expect(formatGithubSummary([pipe], { dataDir: 'data' })).toContain('| a\\|b | 一 二 |');
    const many = Array.from({ length: SUMMARY_ROWS + 3 }, (_, i) => diagnostic('type-error', 'error', { file: 'projects.csv', line: i + 2 }, '错', 'x'));
    const md = formatGithubSummary(many, { dataDir: 'data' });
    expect(md.split('\n').filter((l) => l.startsWith('| 错误'))).toHaveLength(SUMMARY_ROWS);
    expect(md).toContain('另有3条未列出');
  });
});
