// Every month's changes as one download table (changes.csv), so that a journalist can filter
// and count them in a spreadsheet: one row per change, with its month, kind, subject and
// what changed in words. Column `from`/`to` hold the before and after value of the kinds
// that have one (stage, status, plan, deadline), as the API gives them.

import type { Locale, SiteConfig } from '../types.ts';
import type { CsvValue } from './csv.ts';
import { computedColumn, type ExportColumn, type ExportTable } from './tables.ts';
import { CHANGE_KINDS, itemProjectId, type ChangeItem, type MonthChangeList } from './changes.ts';
import { describeChange, itemSubject, kindLabel } from './change-text.ts';

const t = (zh: string, en: string) => ({ zh, en });
const col = computedColumn;

function fromTo(item: ChangeItem): [CsvValue, CsvValue] {
  switch (item.kind) {
    case 'stage':
    case 'fell-behind':
    case 'recovered':
    case 'plan':
    case 'deadline':
      return [item.from, item.to];
    default:
      return [undefined, undefined];
  }
}

/** changes.csv: rows by month (oldest first), then in the page order of each month. */
export function changesTable(lists: readonly MonthChangeList[], config: Pick<SiteConfig, 'moneyUnit'>, locale: Locale, projectUnit: (id: string) => string | undefined): ExportTable {
  const columns: ExportColumn[] = [
    col('period', 'yearmonth', t('台账月份', 'Ledger month'), t('发生变化的台账月份。', 'The ledger month in which the change shows.'), { required: true }),
    col('previous_period', 'yearmonth', t('比较月份', 'Compared with'), t('与之比较的上一个台账月份。', 'The previous ledger month it is compared with.')),
    col('kind', 'enum', t('变化类型', 'Kind'), t('变化的类型，含义见“每月变化”页的说明。', 'The kind of change; see the notes on the changes pages.'), {
      required: true,
      enum: CHANGE_KINDS.map((k) => ({ value: k, labels: t(kindLabel(k, 'zh-CN'), kindLabel(k, 'en')) })),
    }),
    col('project_id', 'string', t('项目编号', 'Project id'), t('所涉项目的编号（督办事项为其关联项目）。', 'The project concerned (for a task, the project it is about).')),
    col('task_id', 'string', t('事项编号', 'Task id'), t('督办事项的编号。', 'The task’s id.')),
    col('indicator', 'string', t('指标', 'Indicator'), t('经济指标的名称。', 'The indicator’s name.')),
    col('subject', 'string', t('对象', 'Subject'), t('项目名称、督办事项内容或指标名称。', 'Project name, task or indicator.')),
    col('responsible_unit', 'string', t('责任单位', 'Responsible unit'), t('项目或督办事项的责任单位。', 'The responsible unit of the project or task.')),
    col('from', 'string', t('变化前', 'Before'), t('进展阶段、推进情况、年度计划投资或完成时限变化前的值（规范值）。', 'Stage, status, year plan or deadline before the change (canonical value).')),
    col('to', 'string', t('变化后', 'After'), t('变化后的值。', 'The value after the change.')),
    col('text', 'text', t('变化情况', 'What changed'), t('变化情况的文字说明。', 'The change in words.')),
  ];
  const rows: CsvValue[][] = [];
  for (const list of [...lists].sort((a, b) => (a.period < b.period ? -1 : 1))) {
    for (const item of list.items) {
      const pid = itemProjectId(item);
      const [from, to] = fromTo(item);
      rows.push([
        list.period,
        list.previousPeriod,
        item.kind,
        pid,
        'task' in item ? item.task.taskId : undefined,
        item.kind === 'indicator' ? item.indicator : undefined,
        itemSubject(item),
        'task' in item ? item.task.responsibleUnit : pid ? projectUnit(pid) : undefined,
        from,
        to,
        describeChange(item, locale, config.moneyUnit),
      ]);
    }
  }
  return {
    name: 'changes',
    file: 'changes.csv',
    title: t('每月变化', 'Monthly changes'),
    description: t('每月台账与上月相比的全部变化，每项变化一行。', 'Every change of every ledger month against the month before, one row each.'),
    source: 'ledger/*.csv + tasks.csv + indicators.csv',
    columns,
    rows,
  };
}
