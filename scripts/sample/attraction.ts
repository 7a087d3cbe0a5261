// attraction.csv: investment-attraction projects (招商引资) across the funnel
// 意向 → 签约 → 合同 → 开工, with investors from the county and from big cities.
import type { Rng } from './prng.ts';
import { type Day, dayIn, isoDay, dayKey, yearOf } from './calendar.ts';
import type { Horizon } from './horizon.ts';
import { BRANDS, INVESTOR_CITIES, RURAL_TOWNSHIPS } from './places.ts';
import { DEPT } from './organisations.ts';
import type { Table } from './table.ts';

export type AttractionStageLabel = '意向' | '签约' | '合同' | '开工';

export interface AttractionRow {
  id: string;
  name: string;
  investor: string;
  industry: string;
  amount: number;
  stage: AttractionStageLabel;
  signed?: Day;
  started?: Day;
  township: string;
  unit: string;
}

interface Lead {
  industry: string;
  trade: string;
  /** Name and agreed investment (万元), which go together: 140兆瓦 of solar costs more than 60. */
  make: (r: Rng) => [string, number];
  unit: string;
  /** Where such projects settle: the park (城东街道) or rural townships. */
  rural: boolean;
}

const LEADS: readonly Lead[] = [
  { industry: '新材料', trade: '新材料科技', make: (r) => { const t = r.int(2, 10); return [`年产${t}万吨高性能复合材料项目`, t * r.int(80, 120) * 100]; }, unit: DEPT.park, rural: false },
  { industry: '电子信息', trade: '电子科技', make: (r) => ['智能终端显示模组生产项目', r.int(30, 150) * 1000], unit: DEPT.park, rural: false },
  { industry: '电子信息', trade: '电路科技', make: (r) => { const a = r.int(60, 200); return [`年产${a}万平方米印制电路板项目`, a * r.int(40, 60) * 10]; }, unit: DEPT.park, rural: false },
  { industry: '装备制造', trade: '智能装备', make: (r) => ['智能农机装备制造基地项目', r.int(15, 60) * 1000], unit: DEPT.park, rural: false },
  { industry: '装备制造', trade: '精密机械', make: (r) => ['精密机械零部件加工项目', r.int(30, 150) * 100], unit: DEPT.park, rural: false },
  { industry: '新能源', trade: '新能源科技', make: (r) => { const mw = r.int(5, 20) * 10; return [`${mw}兆瓦农光互补光伏发电项目`, mw * r.int(38, 45) * 10]; }, unit: DEPT.development, rural: true },
  { industry: '新能源', trade: '储能科技', make: (r) => { const g = r.int(2, 8); return [`年产${g}吉瓦时储能电池系统项目`, g * r.int(25, 40) * 1000]; }, unit: DEPT.park, rural: false },
  { industry: '新能源', trade: '风电', make: (r) => { const mw = r.int(5, 15) * 10; return [`${mw}兆瓦分散式风电项目`, mw * r.int(55, 65) * 10]; }, unit: DEPT.development, rural: true },
  { industry: '农产品加工', trade: '食品', make: (r) => ['预制菜加工产业园项目', r.int(8, 40) * 1000], unit: DEPT.agriculture, rural: true },
  { industry: '农产品加工', trade: '油脂', make: (r) => { const t = r.int(1, 5); return [`年产${t}万吨茶油精深加工项目`, t * r.int(40, 60) * 100]; }, unit: DEPT.agriculture, rural: true },
  { industry: '生物医药', trade: '生物科技', make: (r) => ['医用敷料及防护用品生产项目', r.int(50, 300) * 100], unit: DEPT.industry, rural: false },
  { industry: '文旅康养', trade: '文旅发展', make: (r) => ['温泉康养度假区项目', r.int(30, 120) * 1000], unit: DEPT.culture, rural: true },
  { industry: '现代物流', trade: '供应链管理', make: (r) => ['农产品冷链物流中心项目', r.int(8, 40) * 1000], unit: DEPT.commerce, rural: false },
  { industry: '纺织服装', trade: '服饰', make: (r) => ['智能化服装生产基地项目', r.int(50, 300) * 100], unit: DEPT.commerce, rural: false },
];

const STAGES: readonly (readonly [AttractionStageLabel, number])[] = [
  ['意向', 0.25],
  ['签约', 0.3],
  ['合同', 0.2],
  ['开工', 0.25],
];

export function planAttraction(count: number, h: Horizon, rng: Rng): AttractionRow[] {
  const rows: AttractionRow[] = [];
  const names = new Set<string>();
  const brands = rng.shuffle(BRANDS);
  // Stages by quota, so the funnel has the same shape for every seed.
  const stages: AttractionStageLabel[] = [];
  for (const [stage, share] of STAGES) for (let i = 0; i < Math.round(count * share); i++) stages.push(stage);
  while (stages.length < count) stages.push('签约');
  stages.length = count;
  const order = rng.shuffle(stages);
  for (let i = 0; i < count; i++) {
    const r = rng.fork(`attraction:${i}`);
    const lead = r.pick(LEADS);
    const brand = brands[i % brands.length] ?? '恒达';
    const [first, amount] = lead.make(r);
    let name = first;
    if (names.has(name)) name = `${brand}${name}`;
    while (names.has(name)) name = `${name.replace(/项目$/, '')}（${names.size}）项目`;
    names.add(name);
    const stage = order[i] ?? '签约';
    const signedMonth = h.last - r.int(1, 20);
    const signed = stage === '意向' ? undefined : dayIn(signedMonth, r.int(1, 28));
    // Started two to eight months after signing, and by the data date (always after signing).
    const startedMonth = Math.min(h.last, signedMonth + r.int(2, 8));
    const started = stage === '开工' && signed ? dayIn(startedMonth, r.int(1, 28)) : undefined;
    rows.push({
      id: '',
      name,
      investor: `${r.chance(0.3) ? '示例县' : r.pick(INVESTOR_CITIES)}${brand}${lead.trade}有限公司`,
      industry: lead.industry,
      amount,
      stage,
      ...(signed ? { signed } : {}),
      ...(started ? { started } : {}),
      township: lead.rural ? r.pick(RURAL_TOWNSHIPS) : '城东街道',
      unit: lead.unit,
    });
  }
  // Ids in order of signing, the unsigned last, as the commerce bureau numbers them.
  rows.sort((a, b) => (a.signed ? dayKey(a.signed) : Infinity) - (b.signed ? dayKey(b.signed) : Infinity) || (a.name < b.name ? -1 : 1));
  const seq = new Map<string, number>();
  for (const row of rows) {
    const year = String(yearOf(row.signed ? row.signed.month : h.last));
    const k = (seq.get(year) ?? 0) + 1;
    seq.set(year, k);
    row.id = `ZS-${year}-${String(k).padStart(3, '0')}`;
  }
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function attractionTable(rows: AttractionRow[]): Table {
  return {
    fields: ['id', 'name', 'investor', 'industry', 'amount', 'stage', 'signed_date', 'started_date', 'township', 'responsible_unit'],
    labels: ['项目编号', '项目名称', '投资方', '产业类别', '协议投资额(万元)', '阶段', '签约时间', '开工时间', '落户乡镇', '责任单位'],
    rows: rows.map((x) => [x.id, x.name, x.investor, x.industry, String(x.amount), x.stage, x.signed ? isoDay(x.signed) : '', x.started ? isoDay(x.started) : '', x.township, x.unit]),
  };
}
