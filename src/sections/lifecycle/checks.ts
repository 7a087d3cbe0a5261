// Checks of a project's life across its files, after every table is typed: credit codes
// with their check character, approvals the catalogue does not know, dates in an impossible
// order (an award before its tender notice, a contract before the award, an acceptance
// before the start), and rectifications past their deadline. References to projects.csv
// are checked with every other foreign key (src/core/domain-checks.ts).
import type { Diagnostic, IsoDate } from '../../core/types.ts';
import type { TableView } from '../../core/domain-checks.ts';
import type { TypedRecord } from '../../core/validate-table.ts';
import { diagnostic } from '../../core/report.ts';
import { checkCreditCode } from '../../core/credit-code.ts';
import { APPROVAL_ITEMS, approvalItem } from './catalogue.ts';

export interface LifecycleInput {
  tables: ReadonlyMap<string, TableView>;
  /** The data date: the end of the latest ledger month. */
  asOf?: IsoDate;
}

export function checkLifecycle(input: LifecycleInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { tables } = input;
  const projects = tables.get('projects');
  const starts = new Map<string, IsoDate>();
  if (projects) {
    for (const r of projects.records) {
      const { id, actualStart: start, actualCompletion: end } = r.values;
      if (typeof id === 'string' && typeof start === 'string' && !starts.has(id)) starts.set(id, start);
      if (typeof start === 'string' && typeof end === 'string' && end < start) {
        out.push(dateOrder(projects, r, 'actual_completion', end, `实际竣工时间${end}早于实际开工时间${start}`, `The actual completion ${end} is before the actual start ${start}`));
      }
    }
  }
  const parties = tables.get('parties');
  if (parties) for (const r of parties.records) checkParty(parties, r, out);
  const approvals = tables.get('approvals');
  if (approvals) for (const r of approvals.records) checkApproval(approvals, r, out);
  const tenders = tables.get('tenders');
  if (tenders) for (const r of tenders.records) checkTender(tenders, r, out);
  const inspections = tables.get('inspections');
  if (inspections) for (const r of inspections.records) checkInspection(inspections, r, input.asOf, out);
  const acceptance = tables.get('acceptance');
  if (acceptance) {
    for (const r of acceptance.records) {
      const { projectId, date } = r.values;
      const start = typeof projectId === 'string' ? starts.get(projectId) : undefined;
      if (typeof date === 'string' && start !== undefined && date < start) {
        out.push(dateOrder(acceptance, r, 'date', date, `验收日期${date}早于项目清单中项目${String(projectId)}的实际开工时间${start}`, `The acceptance date ${date} is before project ${String(projectId)}'s actual start ${start} in projects.csv`));
      }
    }
  }
  return out;
}

function place(table: TableView, r: TypedRecord, field: string, value: string) {
  return { file: table.file, line: r.line, column: table.columns[field], field, value };
}

/** Two dates of a row, or of a row and projects.csv, that cannot come in this order. */
function dateOrder(table: TableView, r: TypedRecord, field: string, value: string, zh: string, en: string): Diagnostic {
  return diagnostic(
    'date-order',
    'error',
    place(table, r, field, value),
    `${zh}，先后顺序不可能。请对照原始文件核对这两个日期，改正填错的一个。`,
    `${en}: that order is impossible. Check both dates against the documents and correct the wrong one.`,
  );
}

function checkParty(table: TableView, r: TypedRecord, out: Diagnostic[]): void {
  const code = r.values.creditCode;
  if (typeof code !== 'string') return;
  const result = checkCreditCode(code);
  // A code off the standard's shape was reported by its pattern already.
  if (result.ok || result.reason !== 'check') return;
  const name = typeof r.values.name === 'string' ? `（${r.values.name}）` : '';
  out.push(
    diagnostic(
      'constraint-error',
      'error',
      place(table, r, 'credit_code', code),
      `「统一社会信用代码」“${code}”${name}的校验码不对：按GB 32100-2015由前17位算出的第18位应是“${result.expected}”，这里是“${code.slice(17)}”，说明其中有一位抄错了。请对照营业执照或国家企业信用信息公示系统逐位核对。`,
      `Unified social credit code "${code}" fails its check: by GB 32100-2015 the first 17 characters give "${result.expected}" as the 18th, not "${code.slice(17)}", so one character was copied wrong. Check it against the business licence or the national enterprise credit information system.`,
    ),
  );
}

function checkApproval(table: TableView, r: TypedRecord, out: Diagnostic[]): void {
  const item = r.values.item;
  if (typeof item !== 'string' || approvalItem(item)) return;
  const known = APPROVAL_ITEMS.map((i) => i.name);
  out.push(
    diagnostic(
      'type-error',
      'warning',
      place(table, r, 'item', item),
      `「审批事项」“${item}”不在常用审批事项之列（${known.join('、')}）。如果确是其他审批可以忽略，它会照原样公开，但不计入信息公开目录的批准结果信息；如果是同一事项的其他写法，请改用上面的名称。`,
      `Approval item "${item}" is not one of the usual items (${known.join(', ')}). Ignore this if it really is another approval: it is published as written but not counted in the disclosure checklist; if it is another name for a usual item, use that name.`,
    ),
  );
}

function checkTender(table: TableView, r: TypedRecord, out: Diagnostic[]): void {
  const { lot, noticeDate: notice, awardDate: award, contractDate: contract } = r.values;
  const name = typeof lot === 'string' ? `标段“${lot}”的` : '';
  const nameEn = typeof lot === 'string' ? `Lot "${lot}": the ` : 'The ';
  if (typeof notice === 'string' && typeof award === 'string' && award < notice) {
    out.push(dateOrder(table, r, 'award_date', award, `${name}中标公示日期${award}早于招标公告日期${notice}`, `${nameEn}award notice ${award} is before the tender notice ${notice}`));
  }
  if (typeof contract === 'string') {
    if (typeof award === 'string' && contract < award) {
      out.push(dateOrder(table, r, 'contract_date', contract, `${name}合同签订日期${contract}早于中标公示日期${award}`, `${nameEn}contract date ${contract} is before the award notice ${award}`));
    } else if (typeof award !== 'string' && typeof notice === 'string' && contract < notice) {
      out.push(dateOrder(table, r, 'contract_date', contract, `${name}合同签订日期${contract}早于招标公告日期${notice}`, `${nameEn}contract date ${contract} is before the tender notice ${notice}`));
    }
  }
}

function checkInspection(table: TableView, r: TypedRecord, asOf: IsoDate | undefined, out: Diagnostic[]): void {
  const { date, deadline, status } = r.values;
  if (typeof date === 'string' && typeof deadline === 'string' && deadline < date) {
    out.push(dateOrder(table, r, 'deadline', deadline, `整改期限${deadline}早于检查日期${date}`, `The rectification deadline ${deadline} is before the inspection ${date}`));
    return;
  }
  if (status === 'in_progress' && typeof deadline === 'string' && asOf !== undefined && deadline < asOf) {
    out.push(
      diagnostic(
        'deadline-passed',
        'warning',
        place(table, r, 'status', '整改中'),
        `整改期限${deadline}已过（数据截至${asOf}），整改情况仍是“整改中”。已整改的请改为“已整改”；未整改的请改为“逾期未整改”，网站会如实显示。`,
        `The rectification deadline ${deadline} has passed (data as of ${asOf}) and the status is still in progress. If it was put right, mark it rectified; otherwise mark it overdue (逾期未整改), as the site will show.`,
      ),
    );
  }
}
