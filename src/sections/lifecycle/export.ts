// project_lifecycle.csv: per project, plans against what happened, the overdue flags, the
// investment after design changes and the disclosure checklist, as computed by metrics.ts.
import { computedColumn, type ExportColumn, type ExportTable } from '../../core/export/tables.ts';
import type { CsvValue } from '../../core/export/csv.ts';
import type { Dataset } from '../../core/types.ts';
import { DISCLOSURE_CATEGORIES } from './catalogue.ts';
import { completenessPct, investmentAfterChanges, projectDisclosure, schedules, type DisclosureStatus } from './metrics.ts';

type Text = { zh: string; en: string };
const t = (zh: string, en: string): Text => ({ zh, en });

const STATUS_ENUM: { value: DisclosureStatus; labels: Text }[] = [
  { value: 'published', labels: t('已公开', 'published') },
  { value: 'not_yet', labels: t('暂不适用', 'not applicable yet') },
  { value: 'missing', labels: t('未公开', 'missing') },
];

export function lifecycleTable(dataset: Dataset): ExportTable {
  const unit = dataset.config.moneyUnit;
  const c = computedColumn;
  const date = (name: string, zh: string, en: string, note: Text) => c(name, 'date', t(zh, en), note);
  const columns: ExportColumn[] = [
    c('project_id', 'string', t('项目编号', 'Project id'), t('与项目清单一致。', 'As in projects.csv.'), { origin: 'data', field: { resource: 'projects', name: 'id' }, required: true, unique: true }),
    date('planned_start', '计划开工时间', 'Planned start', t('项目清单中的计划开工时间。', 'From projects.csv.')),
    date('actual_start', '实际开工时间', 'Actual start', t('项目清单中的实际开工时间；没有时为台账首次报告在建的月份的第一天。', 'From projects.csv; otherwise the first day of the first ledger month at 在建.')),
    c('actual_start_source', 'string', t('实际开工时间来源', 'Source of the actual start'), t('projects：项目清单；ledger：台账月份；ledger_or_before：最早一期台账已是在建，实际开工不晚于该月。', 'projects: projects.csv; ledger: a ledger month; ledger_or_before: the earliest ledger already shows it, so it happened then or before.')),
    date('planned_completion', '计划竣工时间', 'Planned completion', t('项目清单中的计划竣工时间。', 'From projects.csv.')),
    date('actual_completion', '实际竣工时间', 'Actual completion', t('项目清单中的实际竣工时间；没有时为台账首次报告竣工或投产的月份的最后一天。', 'From projects.csv; otherwise the last day of the first ledger month at 竣工 or 投产.')),
    c('actual_completion_source', 'string', t('实际竣工时间来源', 'Source of the actual completion'), t('同实际开工时间来源。', 'As for the actual start.')),
    c('start_slip_months', 'integer', t('开工推迟月数', 'Start slip (months)'), t('实际开工月份减计划开工月份，负数为提前。', 'Actual start month minus planned start month; negative: early.')),
    c('completion_slip_months', 'integer', t('竣工推迟月数', 'Completion slip (months)'), t('实际竣工月份减计划竣工月份，负数为提前。', 'Actual completion month minus planned completion month; negative: early.')),
    c('overdue_start', 'boolean', t('逾期未开工', 'Overdue start'), t('列入最新台账、计划开工月份已过而仍为前期。', 'In the latest ledger, planned start month passed, still preparatory.')),
    c('overdue_start_months', 'integer', t('逾期未开工月数', 'Months overdue (start)'), t('数据月份减计划开工月份。', 'Data month minus planned start month.')),
    c('overdue_completion', 'boolean', t('逾期未竣工', 'Overdue completion'), t('列入最新台账、计划竣工月份已过而既未竣工也未投产。', 'In the latest ledger, planned completion month passed, neither completed nor operating.')),
    c('overdue_completion_months', 'integer', t('逾期未竣工月数', 'Months overdue (completion)'), t('数据月份减计划竣工月份。', 'Data month minus planned completion month.')),
    c('total_investment', 'money', t('批复总投资', 'Approved total investment'), t('项目清单中的总投资。', 'Total investment in projects.csv.'), { unit }),
    c('investment_change', 'money', t('设计变更投资变化', 'Change from design changes'), t('各项重大设计变更的投资变化之和。', 'Sum of the design changes’ investment.'), { unit }),
    c('investment_after_changes', 'money', t('变更后总投资', 'Total after design changes'), t('批复总投资加设计变更投资变化。', 'Approved total plus the changes.'), { unit }),
    c('disclosure_published', 'integer', t('已公开类别数', 'Categories published'), t('八类信息中已公开的类别数。', 'Of the eight categories, how many are published.')),
    c('disclosure_missing', 'integer', t('未公开类别数', 'Categories missing'), t('应公开而未公开的类别数。', 'Categories due and not published.')),
    c('disclosure_pct', 'percent', t('公开完整率', 'Disclosure completeness'), t('已公开÷（已公开＋未公开）×100；暂不适用的不计。', 'Published ÷ (published + missing) × 100; not-yet categories are left out.'), { unit: '%' }),
    ...DISCLOSURE_CATEGORIES.map((cat) => c(`disclosure_${cat.id}`, 'enum', t(cat.name, cat.nameEn), t(`${cat.name}：已公开、暂不适用或未公开（规则见计算方法页）。`, `${cat.nameEn}: published, not applicable yet or missing (rules on the Methodology page).`), { enum: STATUS_ENUM })),
  ];
  const byId = new Map(dataset.projects.map((p) => [p.id, p]));
  const rows: CsvValue[][] = schedules(dataset).map((s) => {
    const p = byId.get(s.projectId)!;
    const d = projectDisclosure(dataset, p, s);
    const inv = investmentAfterChanges(p, dataset.designChanges);
    const source = (h: typeof s.actualStart) => (h === undefined ? undefined : h.source === 'projects' ? 'projects' : h.atOrBefore ? 'ledger_or_before' : 'ledger');
    return [
      s.projectId,
      s.plannedStart,
      s.actualStart ? (s.actualStart.date ?? `${s.actualStart.month}-01`) : undefined,
      source(s.actualStart),
      s.plannedCompletion,
      s.actualCompletion?.date ?? (s.actualCompletion ? lastDay(s.actualCompletion.month) : undefined),
      source(s.actualCompletion),
      s.startSlipMonths,
      s.completionSlipMonths,
      s.overdueStart !== undefined,
      s.overdueStart?.monthsLate,
      s.overdueCompletion !== undefined,
      s.overdueCompletion?.monthsLate,
      inv.approved,
      inv.changes.length ? inv.change : undefined,
      inv.changes.length ? inv.afterChanges : undefined,
      d.published,
      d.missing,
      completenessPct(d),
      ...d.items.map((i) => i.status),
    ];
  });
  return {
    name: 'project_lifecycle',
    file: 'project_lifecycle.csv',
    title: t('项目全周期（计算结果）', 'Project life cycle (computed)'),
    description: t('每个项目一行：计划与实际开工、竣工，逾期未开工、逾期未竣工及逾期月数，设计变更后的总投资，以及国办发〔2017〕94号八类信息的公开情况；由本站计算，方法见“计算方法”页。', 'One row per project: planned and actual start and completion, overdue flags with months late, total investment after design changes, and the eight disclosure categories of 国办发〔2017〕94号; computed by the portal (see Methodology).'),
    source: 'projects.csv + ledger/*.csv + approvals.csv + tenders.csv + parties.csv + design_changes.csv + inspections.csv + acceptance.csv + land.csv',
    columns,
    rows,
    primaryKey: ['project_id'],
    foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }],
  };
}

function lastDay(period: string): string {
  const [y = 0, m = 1] = period.split('-').map(Number);
  return `${period}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
