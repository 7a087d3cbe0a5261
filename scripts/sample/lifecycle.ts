// A project's life, as 国办发〔2017〕94号 asks it disclosed: project codes, approvals,
// tenders, the units building each project, major design changes, quality and safety
// inspections and acceptance. Everything follows the simulated life of each project (its
// start and completion months), dated no later than the data date, and plants what the
// portal must show: a single-bidder tender, a large single-source award, a design change
// that raises the cost with its reason, an inspection past its rectification deadline, an
// acceptance passed after rectification, and projects with categories missing.
import type { Rng } from './prng.ts';
import { type Month, daysIn, isoDay, lastDayOf, yearOf } from './calendar.ts';
import type { Horizon } from './horizon.ts';
import { NEVER, type SampleProject } from './portfolio.ts';
import type { LandRow } from './land.ts';
import type { Table } from './table.ts';
import { COUNTY, CITY } from './places.ts';
import { DEPT } from './organisations.ts';

/** 示例县's (fictional) six-digit division code: 43 Hunan, 06 示例市, 99 no real county. */
export const DIVISION = '430699';

// ---------------------------------------------------------------- days

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A date as days since 1970-01-01, and back: for "30 days after the notice". */
function toDays(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}
function fromDays(days: number): string {
  const t = new Date(days * 86_400_000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
const addDays = (iso: string, n: number) => fromDays(toDays(iso) + n);
/** A working-looking day of month m (the 3rd to the 26th). */
const dayOf = (m: Month, r: Rng, from = 3, to = 26) => isoDay({ month: m, day: Math.min(daysIn(m), r.int(from, to)) });

// ---------------------------------------------------------------- credit codes

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A unified social credit code (GB 32100-2015) with its check character: kind 91 company, 12 public institution, 11 government body. */
function creditCode(kind: '91' | '12' | '11', division: string, r: Rng): string {
  let body = `${kind}${division}`;
  if (kind === '91') body += 'MA4' + Array.from({ length: 6 }, () => r.pick([...CHARSET])).join('');
  else body += Array.from({ length: 9 }, () => r.pick([...'0123456789'])).join('');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(body[i] as string) * (WEIGHTS[i] as number);
  return body + CHARSET[(31 - (sum % 31)) % 31];
}

// ---------------------------------------------------------------- who builds

interface Firm {
  name: string;
  code: string;
}

const CONTRACTOR_NAMES = [
  `${CITY}路桥建设有限公司`,
  '湖南宏筑建设工程有限公司',
  '湖南楚晟建工集团有限公司',
  `${CITY}第二建筑工程有限公司`,
  '湖南润泽水利水电工程有限公司',
  '湖南恒信市政工程有限公司',
  '湖南中衡建设集团有限公司',
  `${COUNTY}建筑工程有限公司`,
];
const DESIGN_NAMES = [`${CITY}规划勘测设计研究院有限公司`, '湖南华建工程设计有限公司', '湖南省交通规划勘察设计院示例分院', '湖南清源水利水电勘测设计有限公司'];
const SUPERVISION_NAMES = ['湖南信达工程咨询监理有限公司', `${CITY}正衡建设监理有限公司`, '湖南致远工程项目管理有限公司'];
const EQUIPMENT_NAMES = ['湖南蓝海环保设备有限公司', '湖南电力物资供应有限公司'];
const ENGINEERS = [
  '陈志军', '刘建平', '杨卫华', '黄国庆', '周德明', '李小平', '王新春', '赵洪涛', '吴建国', '孙立军',
  '朱志华', '胡海军', '高明亮', '林国栋', '何志强', '郭利民', '马建新', '罗永平', '梁晓东', '宋国良',
  '唐建华', '韩立新', '冯小军', '曹建设', '彭海林', '曾德华', '肖红兵', '田志远', '董海波', '袁建军',
];

function firms(names: readonly string[], r: Rng): Firm[] {
  return names.map((name) => ({ name, code: creditCode('91', name.startsWith(CITY) || name.startsWith(COUNTY) ? '430600' : '430100', r.fork(name)) }));
}

// ---------------------------------------------------------------- rows

export interface ProjectLife {
  code?: string;
  legalEntity?: string;
  actualStart?: string;
  actualCompletion?: string;
}

interface Approval {
  project: SampleProject;
  item: string;
  issuer: Issuer;
  date: string;
  number: string;
  content: string;
}
interface Tender {
  project: SampleProject;
  lot: string;
  method: string;
  notice: string;
  bidders: number;
  winner: Firm;
  amount: number;
  award?: string;
  contract?: string;
}
interface Party {
  project: SampleProject;
  role: string;
  name: string;
  manager: string;
  code: string;
}
interface Change {
  project: SampleProject;
  date: string;
  content: string;
  reason: string;
  investment: number;
  days: number;
  number: string;
}
interface Inspection {
  project: SampleProject;
  date: string;
  inspector: string;
  kind: string;
  findings: string;
  deadline: string;
  status: string;
  penalty: string;
}
interface Accept {
  project: SampleProject;
  kind: string;
  date: string;
  result: string;
  organiser: string;
}

export interface LifecyclePlan {
  lives: Map<string, ProjectLife>;
  approvals: Approval[];
  tenders: Tender[];
  parties: Party[];
  changes: Change[];
  inspections: Inspection[];
  acceptance: Accept[];
  /** land.csv's document columns, by project id. */
  land: Map<string, { number?: string; notice?: string }>;
  facts: LifecycleFacts;
}

export interface LifecycleFacts {
  lateCompletion?: string;
  singleBidder?: { id: string; lot: string };
  singleSource?: { id: string; lot: string; amount: number };
  costlyChange?: { id: string; investment: number; reason: string };
  overdueRectification?: { id: string; deadline: string };
  rectifiedAcceptance?: { id: string };
  /** Projects left without some category, for the disclosure checklist. */
  gaps: { id: string; missing: string }[];
}

/** Who issues a kind of document, and how its number is written. */
interface Issuer {
  authority: string;
  /** The number, given the year and the serial. */
  number: (year: number, serial: number) => string;
  /** Serials are counted per issuer and year. */
  key: string;
}

const ISSUERS = {
  development: { authority: DEPT.development, number: (y: number, n: number) => `示发改投资〔${y}〕${n}号`, key: 'fgtz' },
  energy: { authority: DEPT.development, number: (y: number, n: number) => `示发改能审〔${y}〕${n}号`, key: 'fgnj' },
  landPreview: { authority: DEPT.land, number: (y: number, n: number) => `示自然资预〔${y}〕${n}号`, key: 'zrys' },
  landPlanning: { authority: DEPT.land, number: (y: number, n: number) => `地字第${DIVISION}${y}${pad(n, 5)}号`, key: 'dz' },
  worksPlanning: { authority: DEPT.land, number: (y: number, n: number) => `建字第${DIVISION}${y}${pad(n, 5)}号`, key: 'jz' },
  environment: { authority: DEPT.ecology, number: (y: number, n: number) => `示环评〔${y}〕${n}号`, key: 'hp' },
  // 施工许可证编号: division code, issue date, serial, class (01 房屋建筑): 18 digits. The date is filled in below.
  permit: { authority: DEPT.housing, number: (_y: number, n: number) => `#${pad(n)}01`, key: 'sgxk' },
  filing: { authority: DEPT.development, number: () => '', key: 'ba' },
  penalty: { authority: DEPT.housing, number: (y: number, n: number) => `示住建罚〔${y}〕${n}号`, key: 'cf' },
} satisfies Record<string, Issuer>;

/** 2-digit sector of the project code (国民经济行业分类 大类) by kind of work. */
const SECTOR: Record<SampleProject['kind'], string> = { road: '48', building: '47', plant: '46', industrial: '30', pipeline: '45', river: '76', park: '78', rural: '05', renewal: '47' };

/** Kinds that take new land (用地预审, 建设用地规划许可证). */
const NEEDS_LAND = new Set<SampleProject['kind']>(['road', 'building', 'plant', 'industrial', 'park', 'river']);
/** Kinds that get a construction permit from the housing bureau (roads and water works are permitted by their own departments). */
const NEEDS_PERMIT = new Set<SampleProject['kind']>(['building', 'plant', 'industrial', 'renewal']);

const INSPECTOR: Partial<Record<SampleProject['kind'], string>> = {
  road: `${COUNTY}交通建设质量安全监督站`,
  river: `${COUNTY}水利工程质量安全监督站`,
  rural: `${COUNTY}水利工程质量安全监督站`,
};
const BUILDING_INSPECTOR = `${COUNTY}建设工程质量安全监督站`;

const FINDINGS: Record<string, readonly string[]> = {
  质量: ['部分钢筋保护层厚度不足，混凝土试块留置数量不够', '砌体灰缝饱满度不足，部分构造柱马牙槎不规范', '路基压实度检测频次不足，部分检测资料不完整', '防水卷材搭接宽度不足，隐蔽工程验收记录缺失'],
  安全: ['脚手架连墙件设置不足，部分作业人员未系安全带', '深基坑临边防护不到位，未按方案设置监测点', '施工用电未做到“一机一闸一漏保”，配电箱无防雨措施', '塔吊司机无证上岗，起重吊装作业无专人指挥'],
  文明施工: ['施工围挡不连续，出入口未设置车辆冲洗设施', '裸露土方未覆盖，扬尘防治措施落实不到位', '建筑垃圾未及时清运，夜间施工未办理许可'],
};

const CHANGE_TEXT: Partial<Record<SampleProject['kind'], { content: string; reason: string; share: number; days: number }>> = {
  road: { content: '主线K2+300至K3+100段由填方路基改为桥梁，新增中桥一座', reason: '施工图阶段补充地质勘察，发现该段软土层厚8至12米，原设计路基工后沉降不能满足规范要求', share: 0.082, days: 60 },
  building: { content: '增设地下防空室约3200平方米，相应调整基础和地下室结构', reason: '按人防主管部门审查意见，项目须同步修建防空地下室', share: 0.045, days: 45 },
  plant: { content: '深度处理工艺由滤布滤池调整为高效沉淀池加反硝化深床滤池', reason: '省生态环境厅要求出水标准由一级B提高到一级A', share: 0.067, days: 30 },
  park: { content: '取消原设计中的景观廊架和部分硬质铺装，改为生态草坡', reason: '优化设计方案、节约投资，并减少对原有植被的破坏', share: -0.03, days: -15 },
};

// ---------------------------------------------------------------- a project past its planned completion

/**
 * Plants a project past its planned completion (逾期未竣工): a public project under
 * construction for a year or more at the data date and due to finish well after it gets a
 * planned completion four months before the data date. Returns its id.
 */
export function plantLateCompletion(projects: SampleProject[], h: Horizon): string | undefined {
  const candidates = projects
    .filter((p) => !p.privateOwner && p.start !== NEVER && p.start <= h.last - 12 && p.completion !== NEVER && p.completion >= h.last + 3 && (p.kind === 'building' || p.kind === 'road'))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const p = candidates[0];
  if (!p || h.last - 4 <= p.plannedStart) return undefined;
  p.plannedCompletion = h.last - 4;
  return p.id;
}

// ---------------------------------------------------------------- the plan

export function planLifecycle(projects: SampleProject[], h: Horizon, landRows: LandRow[], rng: Rng): LifecyclePlan {
  const dataEnd = isoDay(lastDayOf(h.last));
  const started = (p: SampleProject) => p.start !== NEVER && p.start <= h.last;
  const completed = (p: SampleProject) => p.completion !== NEVER && p.completion <= h.last;
  const government = (p: SampleProject) => !p.privateOwner;
  const sorted = [...projects].sort((a, b) => (a.id < b.id ? -1 : 1));

  const contractors = firms(CONTRACTOR_NAMES, rng.fork('contractors'));
  const designers = firms(DESIGN_NAMES, rng.fork('designers'));
  const supervisors = firms(SUPERVISION_NAMES, rng.fork('supervisors'));
  const suppliers = firms(EQUIPMENT_NAMES, rng.fork('suppliers'));
  const ownerCodes = new Map<string, string>();
  const codeOf = (name: string, kind: '91' | '12' | '11') => {
    let code = ownerCodes.get(name);
    if (!code) ownerCodes.set(name, (code = creditCode(kind, DIVISION, rng.fork(`owner:${name}`))));
    return code;
  };
  const ownerKind = (name: string): '91' | '12' | '11' => (/公司$/.test(name) ? '91' : /人民政府$|局$/.test(name) ? '11' : '12');

  // Gaps in the disclosure, chosen once: started projects without one category or another.
  const gapRng = rng.fork('gaps');
  const startedList = sorted.filter(started);
  const pickGap = (pool: SampleProject[], n: number, taken: Set<string>) => gapRng.shuffle(pool.filter((p) => !taken.has(p.id))).slice(0, n);
  const taken = new Set<string>();
  const gap = (pool: SampleProject[], n: number) => {
    const chosen = pickGap(pool, n, taken);
    for (const p of chosen) taken.add(p.id);
    return new Set(chosen.map((p) => p.id));
  };
  const noCode = gap(sorted, Math.round(sorted.length * 0.1));
  const noApprovals = gap(startedList, Math.max(1, Math.round(startedList.length * 0.05)));
  const noTenders = gap(startedList.filter(government), Math.max(1, Math.round(startedList.length * 0.06)));
  const noParties = gap(startedList, Math.max(1, Math.round(startedList.length * 0.05)));
  const noInspections = gap(startedList.filter((p) => !completed(p)), Math.max(1, Math.round(startedList.length * 0.08)));
  const noAcceptance = gap(sorted.filter(completed), Math.max(1, Math.round(sorted.filter(completed).length * 0.15)));

  const lives = new Map<string, ProjectLife>();
  const approvals: Omit<Approval, 'number'>[] = [];
  const tenders: Tender[] = [];
  const parties: Party[] = [];
  const changes: Omit<Change, 'number'>[] = [];
  const inspections: Inspection[] = [];
  const acceptance: Accept[] = [];
  const engineers = rng.fork('engineers');
  // Each project's heads drawn without repetition from the list.
  let heads: string[] = [];
  const engineer = () => heads.shift() ?? engineers.pick(ENGINEERS);
  const serials = new Set<string>();

  for (const p of sorted) {
    const r = rng.fork(`life:${p.id}`);
    heads = engineers.shuffle(ENGINEERS);
    // The month construction starts, or is planned to (approvals lead up to it).
    const s: Month = p.start !== NEVER ? p.start : p.plannedStart !== NEVER ? p.plannedStart : h.last + 6;
    const life: ProjectLife = {};
    const firstApproval = s - r.int(12, 20);
    if (!noCode.has(p.id)) {
      let serial: string;
      do serial = pad(r.int(1, 999_999), 6);
      while (serials.has(serial));
      serials.add(serial);
      life.code = `${yearOf(firstApproval)}-${DIVISION}-${SECTOR[p.kind]}-${government(p) ? '01' : '03'}-${serial}`;
    }
    if (!noParties.has(p.id)) life.legalEntity = p.owner;
    const startDay = started(p) ? dayOf(p.start, r, 6, 28) : undefined;
    // About two thirds give the actual dates; the rest leave them to the ledger.
    if (startDay && r.chance(0.7)) life.actualStart = startDay;
    const completionDay = completed(p) ? dayOf(p.completion, r, 10, 28) : undefined;
    if (completionDay && life.actualStart && r.chance(0.8)) life.actualCompletion = completionDay;
    lives.set(p.id, life);

    // ------------------------------------------------ approvals (批准结果)
    if (!noApprovals.has(p.id)) {
      const add = (item: string, issuer: Issuer, m: Month, content = '') => {
        const date = dayOf(m, r);
        if (date <= dataEnd && (!startDay || date <= startDay)) approvals.push({ project: p, item, issuer, date, content });
      };
      if (government(p)) {
        if (p.total >= 5000) add('项目建议书批复', ISSUERS.development, firstApproval);
        if (NEEDS_LAND.has(p.kind)) add('用地预审', ISSUERS.landPreview, firstApproval + 2);
        add('可行性研究报告批复', ISSUERS.development, s - r.int(7, 10), `同意建设，核定总投资${p.total}万元`);
        if (p.kind === 'plant' || p.kind === 'river') add('环境影响评价批复', ISSUERS.environment, s - r.int(5, 6));
        add('初步设计批复', ISSUERS.development, s - r.int(3, 4), `批复初步设计概算${p.total}万元`);
      } else {
        add('项目备案', ISSUERS.filing, firstApproval + 2);
        add('环境影响评价批复', ISSUERS.environment, s - r.int(5, 7));
        if (p.kind === 'industrial') add('节能审查意见', ISSUERS.energy, s - r.int(4, 6));
      }
      if (NEEDS_LAND.has(p.kind)) add('建设用地规划许可证', ISSUERS.landPlanning, s - r.int(2, 3));
      if (p.kind === 'building' || p.kind === 'industrial' || p.kind === 'plant') add('建设工程规划许可证', ISSUERS.worksPlanning, s - 1);
      if (NEEDS_PERMIT.has(p.kind) && startDay) {
        const date = addDays(startDay, -r.int(3, 12));
        if (date <= dataEnd) approvals.push({ project: p, item: '施工许可证', issuer: ISSUERS.permit, date, content: '' });
      }
    }

    // ------------------------------------------------ tenders (招标投标) and parties (施工有关)
    const lots: { lot: string; share: number; pool: Firm[]; notice: Month; role: string }[] = [];
    // Roads to the transport designers, water works to the water designers, the rest to the general ones.
    const designPool = p.kind === 'road' ? [designers[2] as Firm] : p.kind === 'river' || p.kind === 'plant' || p.kind === 'rural' ? [designers[3] as Firm] : designers.slice(0, 2);
    lots.push({ lot: '勘察设计', share: r.range(0.018, 0.03), pool: designPool, notice: s - r.int(6, 8), role: '设计单位' });
    if (p.kind === 'road' && p.total >= 20000) {
      lots.push({ lot: '施工第一标段', share: r.range(0.34, 0.4), pool: contractors, notice: s - 3, role: '施工单位' });
      lots.push({ lot: '施工第二标段', share: r.range(0.3, 0.36), pool: contractors, notice: s - 3, role: '施工单位' });
    } else {
      lots.push({ lot: '施工总承包', share: r.range(0.62, 0.76), pool: contractors, notice: s - r.int(2, 3), role: '施工单位' });
    }
    lots.push({ lot: '工程监理', share: r.range(0.012, 0.02), pool: supervisors, notice: s - 2, role: '监理单位' });
    if (p.kind === 'plant') lots.push({ lot: '主要设备采购', share: r.range(0.08, 0.12), pool: suppliers, notice: s - 1, role: '' });
    for (const l of lots) {
      const notice = dayOf(l.notice, r);
      if (notice > dataEnd) continue;
      const winner = r.pick(l.pool);
      const amount = Math.round(p.total * l.share * 100) / 100;
      const competitive = government(p) ? (amount >= 100 ? '公开招标' : '竞争性磋商') : '邀请招标';
      const bidders = competitive === '公开招标' ? r.int(4, 16) : r.int(3, 5);
      const award = addDays(notice, r.int(24, 35));
      const contract = addDays(award, r.int(8, 20));
      const t: Tender = { project: p, lot: l.lot, method: competitive, notice, bidders, winner, amount };
      if (award <= dataEnd) t.award = award;
      if (t.award && contract <= dataEnd) t.contract = contract;
      if (!noTenders.has(p.id)) tenders.push(t);
      if (started(p) && !noParties.has(p.id) && l.role && t.contract) parties.push({ project: p, role: l.role, name: winner.name, manager: engineer(), code: winner.code });
    }
    if (started(p) && !noParties.has(p.id)) {
      parties.push({ project: p, role: '建设单位', name: p.owner, manager: engineer(), code: codeOf(p.owner, ownerKind(p.owner)) });
      const inspector = INSPECTOR[p.kind] ?? BUILDING_INSPECTOR;
      parties.push({ project: p, role: '质量安全监督机构', name: inspector, manager: engineer(), code: codeOf(inspector, '12') });
    }

    // ------------------------------------------------ design changes (重大设计变更)
    const text = CHANGE_TEXT[p.kind];
    if (text && government(p) && started(p) && !changes.some((c) => c.project.kind === p.kind) && p.start + 3 <= h.last) {
      const m = Math.min(h.last - 1, p.start + r.int(3, 6), p.completion - 1);
      if (m > p.start) changes.push({ project: p, date: dayOf(m, r), content: text.content, reason: text.reason, investment: Math.round(p.total * text.share), days: text.days });
    }

    // ------------------------------------------------ inspections (质量安全监督)
    if (started(p) && !noInspections.has(p.id)) {
      const from = Math.max(p.start, h.first);
      const to = Math.min(p.completion - 1, h.last);
      const n = to >= from ? Math.min(3, to - from + 1, r.int(1, 3)) : 0;
      const months = r.shuffle(Array.from({ length: to - from + 1 }, (_, i) => from + i)).slice(0, n).sort((a, b) => a - b);
      for (const m of months) {
        const kind = r.pick(['质量', '安全', '安全', '文明施工']);
        const date = dayOf(m, r, 3, 20);
        const clean = r.chance(0.2);
        const deadline = clean ? '' : addDays(date, r.int(10, 20));
        inspections.push({
          project: p,
          date,
          inspector: INSPECTOR[p.kind] ?? BUILDING_INSPECTOR,
          kind,
          findings: clean ? '未发现明显问题' : r.pick(FINDINGS[kind] ?? []),
          deadline,
          status: clean ? '' : deadline < dataEnd ? '已整改' : '整改中',
          penalty: '',
        });
      }
    }

    // ------------------------------------------------ acceptance (竣工有关)
    if (completed(p) && !noAcceptance.has(p.id) && completionDay) {
      const date = addDays(completionDay, r.int(5, 25));
      if (date <= dataEnd) {
        if (p.kind === 'building') {
          const fire = addDays(date, -r.int(6, 12));
          acceptance.push({ project: p, kind: '专项验收', date: fire, result: '合格', organiser: DEPT.housing });
        }
        acceptance.push({ project: p, kind: '竣工验收', date, result: '合格', organiser: p.owner });
        const filed = addDays(date, r.int(10, 15));
        if (filed <= dataEnd) acceptance.push({ project: p, kind: '竣工验收备案', date: filed, result: '合格', organiser: DEPT.housing });
      }
    }
  }

  const facts: LifecycleFacts = { gaps: [] };
  // Planted: a competitive tender with one bidder (a construction lot, contracted).
  const single = tenders.find((t) => t.method === '公开招标' && t.lot === '施工总承包' && t.contract && t.project.total < 30000);
  if (single) {
    single.bidders = 1;
    facts.singleBidder = { id: single.project.id, lot: single.lot };
  }
  // Planted: equipment bought from a single source, far above the amount that must be tendered.
  const equipment = tenders.find((t) => t.lot === '主要设备采购' && t.amount > 400);
  if (equipment) {
    equipment.method = '单一来源';
    equipment.bidders = 1;
    facts.singleSource = { id: equipment.project.id, lot: equipment.lot, amount: equipment.amount };
  }
  const costly = [...changes].sort((a, b) => b.investment - a.investment)[0];
  if (costly && costly.investment > 0) facts.costlyChange = { id: costly.project.id, investment: costly.investment, reason: costly.reason };
  // Planted: a safety problem left past its deadline, with a penalty; and an acceptance passed after rectification.
  const lastMonthsInspections = inspections.filter((i) => i.kind === '安全' && i.deadline !== '' && i.deadline < dataEnd && i.deadline >= isoDay({ month: h.last - 3, day: 1 }));
  const overdue = lastMonthsInspections.at(-1);
  if (overdue) {
    overdue.status = '逾期未整改';
    facts.overdueRectification = { id: overdue.project.id, deadline: overdue.deadline };
  }
  const completionAcceptance = acceptance.filter((a) => a.kind === '竣工验收');
  const rectified = completionAcceptance[Math.floor(completionAcceptance.length / 2)];
  if (rectified) {
    rectified.result = '整改后合格';
    facts.rectifiedAcceptance = { id: rectified.project.id };
  }
  for (const [set, missing] of [[noCode, '批准服务信息（无项目代码）'], [noApprovals, '批准结果信息'], [noTenders, '招标投标信息'], [noParties, '施工有关信息'], [noInspections, '质量安全监督信息'], [noAcceptance, '竣工有关信息']] as const) {
    for (const id of [...set].sort()) facts.gaps.push({ id, missing });
  }

  // Serial numbers: per issuer and year, in date order.
  const counters = new Map<string, number>();
  const serialRng = rng.fork('serials');
  const next = (key: string, year: number) => {
    const k = `${key}:${year}`;
    const n = (counters.get(k) ?? serialRng.int(2, 9)) + serialRng.int(1, 6);
    counters.set(k, n);
    return n;
  };
  const byDate = <T extends { date: string; project: SampleProject }>(a: T, b: T) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.project.id < b.project.id ? -1 : a.project.id > b.project.id ? 1 : 0);
  type Dated = { date: string; project: SampleProject; issuer: Issuer; number?: string };
  const numbered: Dated[] = [...approvals.map((a) => a as Dated), ...changes.map((c) => ({ ...c, issuer: ISSUERS.development }) as Dated & Omit<Change, 'number'>)];
  numbered.sort(byDate);
  for (const d of numbered) {
    const year = Number(d.date.slice(0, 4));
    if (d.issuer === ISSUERS.filing) d.number = lives.get(d.project.id)?.code ?? `示发改备〔${year}〕${next('fgba', year)}号`;
    else if (d.issuer === ISSUERS.permit) d.number = `${DIVISION}${d.date.replace(/-/g, '')}${ISSUERS.permit.number(year, next(d.issuer.key, year)).slice(1)}`;
    else d.number = d.issuer.number(year, next(d.issuer.key, year));
  }
  const changeRows: Change[] = numbered.filter((d): d is Dated & Omit<Change, 'number'> & { number: string } => 'content' in d && 'reason' in d).map(({ issuer: _issuer, ...c }) => c as Change);
  if (overdue) overdue.penalty = ISSUERS.penalty.number(Number(overdue.deadline.slice(0, 4)), next(ISSUERS.penalty.key, Number(overdue.deadline.slice(0, 4))));

  // land.csv: the approval of the land and the compensation notice, where they are out.
  const land = new Map<string, { number?: string; notice?: string }>();
  const landRng = rng.fork('land-documents');
  const landRowsSorted = [...landRows].sort((a, b) => (a.project.id < b.project.id ? -1 : 1));
  for (const row of landRowsSorted) {
    const p = row.project;
    const s = p.start !== NEVER ? p.start : p.plannedStart !== NEVER ? p.plannedStart : h.last + 6;
    if (row.acquired <= 0 || landRng.chance(0.2)) continue;
    const approved = dayOf(Math.min(h.last - 1, s - landRng.int(4, 8)), landRng);
    const notice = addDays(approved, landRng.int(10, 30));
    const year = Number(approved.slice(0, 4));
    land.set(p.id, { number: `湘政土批〔${year}〕${next('tp', year)}号`, ...(notice <= dataEnd ? { notice } : {}) });
  }

  return {
    lives,
    approvals: approvals.map((a) => a as Approval).sort(byDate),
    tenders: tenders.sort((a, b) => (a.project.id < b.project.id ? -1 : a.project.id > b.project.id ? 1 : a.notice < b.notice ? -1 : a.notice > b.notice ? 1 : a.lot < b.lot ? -1 : 1)),
    parties,
    changes: changeRows,
    inspections: inspections.sort(byDate),
    acceptance: acceptance.sort(byDate),
    land,
    facts,
  };
}

// ---------------------------------------------------------------- tables

const byProject = <T extends { project: SampleProject }>(rows: T[]) => [...rows].sort((a, b) => (a.project.id < b.project.id ? -1 : a.project.id > b.project.id ? 1 : 0));
const money = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));

export function approvalsTable(plan: LifecyclePlan): Table {
  return {
    fields: ['project_id', 'item', 'document_number', 'authority', 'date', 'content'],
    labels: ['项目编号', '审批事项', '批复文号', '审批部门', '批复日期', '批复内容'],
    rows: byProject(plan.approvals).map((a) => [a.project.id, a.item, a.number, a.issuer.authority, a.date, a.content]),
  };
}

export function tendersTable(plan: LifecyclePlan): Table {
  return {
    fields: ['project_id', 'lot', 'method', 'notice_date', 'bidders', 'winner', 'award_amount', 'award_date', 'contract_date'],
    labels: ['项目编号', '标段名称', '招标方式', '招标公告日期', '投标单位数', '中标单位', '中标金额(万元)', '中标公示日期', '合同签订日期'],
    rows: plan.tenders.map((t) => [t.project.id, t.lot, t.method, t.notice, String(t.bidders), t.award ? t.winner.name : '', t.award ? money(t.amount) : '', t.award ?? '', t.contract ?? '']),
  };
}

const ROLE_ORDER = ['建设单位', '设计单位', '施工单位', '监理单位', '质量安全监督机构'];

export function partiesTable(plan: LifecyclePlan): Table {
  const rows = byProject(plan.parties).sort((a, b) => (a.project.id < b.project.id ? -1 : a.project.id > b.project.id ? 1 : ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role)));
  // One row per project, role and unit: a firm that won two lots is one party.
  const seen = new Set<string>();
  return {
    fields: ['project_id', 'role', 'name', 'manager', 'credit_code'],
    labels: ['项目编号', '参建角色', '单位名称', '项目负责人', '统一社会信用代码'],
    rows: rows.filter((p) => !seen.has(`${p.project.id}|${p.role}|${p.name}`) && seen.add(`${p.project.id}|${p.role}|${p.name}`)).map((p) => [p.project.id, p.role, p.name, p.manager, p.code]),
  };
}

export function designChangesTable(plan: LifecyclePlan): Table {
  return {
    fields: ['project_id', 'date', 'content', 'reason', 'investment_change', 'duration_change_days', 'authority', 'document_number'],
    labels: ['项目编号', '变更日期', '变更内容', '变更原因', '投资变化(万元)', '工期变化(天)', '批准部门', '批复文号'],
    rows: byProject(plan.changes).map((c) => [c.project.id, c.date, c.content, c.reason, String(c.investment), String(c.days), DEPT.development, c.number]),
  };
}

export function inspectionsTable(plan: LifecyclePlan): Table {
  return {
    fields: ['project_id', 'date', 'inspector', 'kind', 'findings', 'deadline', 'status', 'penalty_number'],
    labels: ['项目编号', '检查日期', '检查单位', '检查类型', '发现问题', '整改期限', '整改情况', '处罚文号'],
    rows: byProject(plan.inspections).map((i) => [i.project.id, i.date, i.inspector, i.kind, i.findings, i.deadline, i.status, i.penalty]),
  };
}

export function acceptanceTable(plan: LifecyclePlan): Table {
  return {
    fields: ['project_id', 'kind', 'date', 'result', 'organiser'],
    labels: ['项目编号', '验收类型', '验收日期', '验收结论', '组织单位'],
    rows: byProject(plan.acceptance).map((a) => [a.project.id, a.kind, a.date, a.result, a.organiser]),
  };
}
