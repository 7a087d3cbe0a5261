// The checks of a project's life: credit codes (GB 32100-2015), project codes, dates in an
// impossible order, approvals outside the catalogue, document numbers that are identifiers.
// Places are pinned by the golden cases (test/fixtures/malformed/lifecycle-*.csv); the
// words an editor reads are pinned here.
import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckCharacter, CREDIT_CODE_CHARSET } from '../../src/core/credit-code.ts';
import { findPrivateData, parseCell } from '../../src/core/cells.ts';
import { loadDataset } from '../../src/core/load-dataset.ts';
import { approvals, parties } from '../../src/sections/lifecycle/resources.ts';
import { projects } from '../../src/core/schema.ts';
import { approvalItem } from '../../src/sections/lifecycle/catalogue.ts';
import { fixtureFiles } from '../loader/helpers.ts';

const encoder = new TextEncoder();
const withFiles = (extra: Record<string, string>) => {
  const files = fixtureFiles('base');
  for (const [path, text] of Object.entries(extra)) files.set(path, encoder.encode(text));
  return loadDataset(files);
};

describe('unified social credit codes (GB 32100-2015)', () => {
  // Codes that companies publish on their licences and websites.
  it.each([
    ['914403001922038216', '华为技术有限公司'],
    ['91330100799655058B', '阿里巴巴（中国）有限公司'],
    ['9144030071526726XG', '腾讯科技（深圳）有限公司'],
    ['91110000710925462X', '中国石油天然气股份有限公司'],
    ['91110108551385082Q', '小米科技有限责任公司'],
  ])('%s (%s) passes', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true });
  });

  it('finds one character copied wrong, and names the right check character', () => {
    expect(checkCreditCode('914403001922038217')).toEqual({ ok: false, reason: 'check', expected: '6' });
    expect(checkCreditCode('914403001922038226')).toMatchObject({ ok: false, reason: 'check' });
  });

  it('catches every single substitution in the first 17 characters of a valid code', () => {
    const code = '91330100799655058B';
    for (let i = 0; i < 17; i++) {
      for (const c of CREDIT_CODE_CHARSET) {
        if (c === code[i] || (i >= 2 && i < 8 && !/\d/.test(c))) continue;
        const changed = code.slice(0, i) + c + code.slice(i + 1);
        expect(checkCreditCode(changed).ok, changed).toBe(false);
      }
    }
  });

  it('refuses the shape: length, I O Z S V, letters in the division code, lower case', () => {
    for (const bad of ['91330100799655058', '91330100799655058BB', '9133010079965505IB', '91A30100799655058B', '91330100799655058b', '']) {
      expect(checkCreditCode(bad)).toEqual({ ok: false, reason: 'shape' });
    }
    expect(creditCodeCheckCharacter('short')).toBeUndefined();
  });

  it('words a wrong check character for the editor', () => {
    const r = withFiles({ 'parties.csv': '项目编号,参建角色,单位名称,统一社会信用代码\nSL-001,施工单位,某公司,9144030071526726XH\n' });
    expect(r.diagnostics.map((d) => [d.message, d.messageEn])).toMatchInlineSnapshot(`
      [
        [
          "「统一社会信用代码」“9144030071526726XH”（某公司）的校验码不对：按GB 32100-2015由前17位算出的第18位应是“G”，这里是“H”，说明其中有一位抄错了。请对照营业执照或国家企业信用信息公示系统逐位核对。",
          "Unified social credit code "9144030071526726XH" fails its check: by GB 32100-2015 the first 17 characters give "G" as the 18th, not "H", so one character was copied wrong. Check it against the business licence or the national enterprise credit information system.",
        ],
      ]
    `);
  });

  it('words a code off the shape', () => {
    const field = parties.fields.find((f) => f.name === 'credit_code')!;
    const r = parseCell('91430623MA4L2B3C4', field);
    expect(r.ok ? '' : r.problem.message).toMatchInlineSnapshot(`"「统一社会信用代码」“91430623MA4L2B3C4”格式不对。统一社会信用代码应为18位，由数字和大写英文字母组成（不用I、O、Z、S、V），第3至8位是数字（登记管理机关行政区划码）。请对照营业执照核对。"`);
  });
});

describe('project codes (投资项目统一代码)', () => {
  const field = projects.fields.find((f) => f.name === 'project_code')!;
  it.each(['2017-430623-48-01-012345', '2026-430623-78-01-000001'])('%s passes', (code) => {
    expect(parseCell(code, field)).toEqual({ ok: true, value: code });
  });
  it.each(['2017-430623-48-1-012345', '2017430623480101234', '17-430623-48-01-012345', '2017-430623-48-01-01234X', 'SL-001'])('%s is refused', (code) => {
    expect(parseCell(code, field).ok).toBe(false);
  });
  it('words the pattern for the editor, not as a regular expression', () => {
    const r = parseCell('2017-430623-48-1-012345', field);
    expect(r.ok ? [] : [r.problem.message, r.problem.messageEn]).toMatchInlineSnapshot(`
      [
        "「项目代码」“2017-430623-48-1-012345”格式不对。项目代码（投资项目统一代码）应写成“年份-行政区划代码-行业代码-类型代码-流水号”，即4位-6位-2位-2位-6位数字，如2017-430623-48-01-012345。请对照投资项目在线审批监管平台核对。",
        "project_code "2017-430623-48-1-012345" has the wrong form. The project code (投资项目统一代码) is year-division-sector-type-serial: 4, 6, 2, 2 and 6 digits, e.g. 2017-430623-48-01-012345. Check it on the online approval platform.",
      ]
    `);
  });
  it('项目代码 is no longer a label of the project id', () => {
    expect(projects.fields.find((f) => f.name === 'id')!.aliases).not.toContain('项目代码');
    const r = withFiles({
      'projects.csv': '项目编号,项目名称,项目代码\nSL-001,甲,2017-430623-48-01-012345\nSL-002,乙,\nSL-003,丙,\n',
    });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.dataset.projects[0]).toMatchObject({ id: 'SL-001', projectCode: '2017-430623-48-01-012345' });
  });
});

describe('document numbers are identifiers', () => {
  const documentNumber = approvals.fields.find((f) => f.name === 'document_number')!;
  const content = approvals.fields.find((f) => f.name === 'content')!;
  it('an 18-digit construction permit number is kept, not refused as a resident ID', () => {
    expect(parseCell('430623202603150101', documentNumber)).toEqual({ ok: true, value: '430623202603150101' });
    expect(findPrivateData('核发施工许可证（编号430623202603150101）')).toBeUndefined();
    expect(findPrivateData('施工许可证号：430623202603150101')).toBeUndefined();
  });
  it('a resident ID number in free text is still refused, also when called 身份证编号', () => {
    expect(findPrivateData('联系人身份证430101199003071234')).toBeDefined();
    expect(findPrivateData('身份证编号：430101199003071234')).toBeDefined();
    expect(parseCell('经办人430101199003071234', content).ok).toBe(false);
  });
  it('a permit number that a spreadsheet wrote in scientific notation is an error', () => {
    const r = parseCell('4.30623E+17', documentNumber);
    expect(r.ok).toBe(false);
  });
});

describe('dates in an impossible order', () => {
  it('an acceptance before the actual start', () => {
    const r = withFiles({
      'projects.csv': '项目编号,项目名称,实际开工时间\nSL-001,甲,2024-04-01\nSL-002,乙,\nSL-003,丙,\n',
      'acceptance.csv': '项目编号,验收类型,验收日期,验收结论\nSL-001,竣工验收,2024-03-20,合格\nSL-002,竣工验收,2024-03-20,合格\n',
    });
    expect(r.diagnostics.map((d) => [d.code, d.file, d.line, d.field, d.message])).toMatchInlineSnapshot(`
      [
        [
          "date-order",
          "acceptance.csv",
          2,
          "date",
          "验收日期2024-03-20早于项目清单中项目SL-001的实际开工时间2024-04-01，先后顺序不可能。请对照原始文件核对这两个日期，改正填错的一个。",
        ],
        [
          "name-mismatch",
          "ledger/2025-08.csv",
          2,
          "project_name",
          "项目编号SL-001在项目清单中的名称是“甲”，这里写的是“示例县城南污水处理厂二期工程”。网站以项目清单为准；如果编号填错了请改正，如果项目改了名请同时更新项目清单。",
        ],
        [
          "name-mismatch",
          "ledger/2025-08.csv",
          3,
          "project_name",
          "项目编号SL-002在项目清单中的名称是“乙”，这里写的是“䶮山路改造工程”。网站以项目清单为准；如果编号填错了请改正，如果项目改了名请同时更新项目清单。",
        ],
        [
          "name-mismatch",
          "ledger/2025-08.csv",
          4,
          "project_name",
          "项目编号SL-003在项目清单中的名称是“丙”，这里写的是“示例县人民医院综合楼”。网站以项目清单为准；如果编号填错了请改正，如果项目改了名请同时更新项目清单。",
        ],
      ]
    `);
  });
  it('an award before the tender notice, a contract before the award', () => {
    const r = withFiles({
      'tenders.csv': '项目编号,标段名称,招标公告日期,中标公示日期,合同签订日期\nSL-001,施工总承包,2025-03-10,2025-03-01,2025-03-25\nSL-002,监理,2025-03-12,2025-04-02,2025-03-30\n',
    });
    expect(r.diagnostics.map((d) => [d.message, d.messageEn])).toMatchInlineSnapshot(`
      [
        [
          "标段“施工总承包”的中标公示日期2025-03-01早于招标公告日期2025-03-10，先后顺序不可能。请对照原始文件核对这两个日期，改正填错的一个。",
          "Lot "施工总承包": the award notice 2025-03-01 is before the tender notice 2025-03-10: that order is impossible. Check both dates against the documents and correct the wrong one.",
        ],
        [
          "标段“监理”的合同签订日期2025-03-30早于中标公示日期2025-04-02，先后顺序不可能。请对照原始文件核对这两个日期，改正填错的一个。",
          "Lot "监理": the contract date 2025-03-30 is before the award notice 2025-04-02: that order is impossible. Check both dates against the documents and correct the wrong one.",
        ],
      ]
    `);
  });
  it('bidders: a whole number of at least one; money written as text', () => {
    const r = withFiles({ 'tenders.csv': '项目编号,标段名称,投标单位数,中标金额(万元)\nSL-001,施工,0,9650\nSL-002,监理,两家,约三百万\n' });
    expect(r.diagnostics.map((d) => [d.field, d.message])).toMatchInlineSnapshot(`
      [
        [
          "bidders",
          "「投标单位数」不能小于1。请核对数字。",
        ],
        [
          "bidders",
          "「投标单位数」应填写数值，这里填的不是数字。请只填写阿拉伯数字（可带小数点），没有数据可留空。",
        ],
        [
          "award_amount",
          "「中标金额」应填写金额：请只填写数字，不要写“约”“左右”等文字。",
        ],
      ]
    `);
  });
});

describe('approval items', () => {
  it('knows the usual items and their other names', () => {
    expect(approvalItem('可研批复')?.name).toBe('可行性研究报告批复');
    expect(approvalItem(' 环评批复 ')?.name).toBe('环境影响评价批复');
    expect(approvalItem('施工许可证')?.phase).toBe('start');
    expect(approvalItem('规划审查')).toBeUndefined();
  });
});
