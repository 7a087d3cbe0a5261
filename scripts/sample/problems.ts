// 存在问题 and 推进措施: what holds a project back, who must solve it, by when, and how
// the ledger words it as the months go by. Problems come in episodes (first reported
// in month `from`, last reported in month `to`); the dispatch meetings turn many of
// them into tasks (tasks.ts).
import type { Rng } from './prng.ts';
import { type Month, type Day, januaryOf, decemberOf, monthOf, yearOf, dayIn, dayKey, deadlinePhrase } from './calendar.ts';
import type { Horizon } from './horizon.ts';
import { type SampleProject, onList, NEVER } from './portfolio.ts';
import type { Simulation } from './simulate.ts';
import { DEPT, OWNER_SHORT } from './organisations.ts';
import type { WorkKind } from './catalogue.ts';

export type ProblemType =
  | 'land'
  | 'demolition'
  | 'eia'
  | 'landApproval'
  | 'forest'
  | 'permit'
  | 'tender'
  | 'funding'
  | 'prepFunding'
  | 'privateFunding'
  | 'pipelines'
  | 'power'
  | 'rain'
  | 'obstruction'
  | 'design'
  | 'marketSlow'
  | 'labour'
  | 'festival'
  | 'stoppage'
  | 'acceptance';

export interface Episode {
  projectId: string;
  type: ProblemType;
  /** First ledger month that reports it. */
  from: Month;
  /** Last ledger month that reports it; at or past the horizon's end means still open. */
  to: Month;
  /** Deadline to solve it (完成时限); none for weather and the holiday. */
  deadline?: Day;
  /** Quantity in the first report: households, buildings, 万元, mu … */
  n: number;
}

interface TextContext {
  p: SampleProject;
  n: number;
  /** Quantity still left this month. */
  left: number;
  /** The deadline as it reads in a sentence: 11月底前. */
  dl: string;
  /** Months in a row without new investment (stalls). */
  idle: number;
}

type Text = (c: TextContext) => string;

interface ProblemSpec {
  /** Who must solve it: becomes the task's 责任单位. Undefined: no task (weather, holiday). */
  unit?: (p: SampleProject) => string;
  /** How a dispatch meeting names it: 协调解决 + project + this. */
  issue: (c: TextContext) => string;
  /** First report, then later reports. */
  problem: [Text, Text];
  measure: [Text, Text];
  quantity: [number, number];
  hasDeadline: boolean;
}

const SEGMENT: Record<WorkKind, string> = {
  building: '场地平整',
  road: '部分路段路基',
  pipeline: '部分管段',
  plant: '厂区场平',
  industrial: '厂区场平',
  renewal: '部分小区管网',
  rural: '部分地块',
  river: '部分堤段',
  park: '局部区域',
};

const segment = (p: SampleProject): string => (p.templateKey === 'substation' ? '站址场平' : p.templateKey === 'bridge' ? '引道' : SEGMENT[p.kind]);

const ownerShort = (p: SampleProject): string => OWNER_SHORT[p.owner] ?? (p.privateOwner ? '企业' : '业主单位');

export const PROBLEMS: Record<ProblemType, ProblemSpec> = {
  land: {
    unit: (p) => p.township,
    issue: (c) => `剩余${c.left}户征收补偿协议签订问题`,
    problem: [(c) => `项目用地尚有${c.n}户未签订征收补偿协议，影响${segment(c.p)}施工`, (c) => `征地工作持续推进，仍有${c.left}户未签订征收补偿协议`],
    measure: [
      (c) => `由${c.p.township}牵头，会同县自然资源局组建征地工作专班，逐户上门做工作，力争${c.dl}完成签约`,
      (c) => `${c.p.township}实行“一户一策”，包保干部驻村攻坚，${c.dl}完成剩余协议签订并交地`,
    ],
    quantity: [4, 28],
    hasDeadline: true,
  },
  demolition: {
    unit: (p) => p.township,
    issue: () => '红线范围内剩余房屋拆除问题',
    problem: [(c) => `红线范围内尚有${c.n}栋房屋未完成拆除`, (c) => `剩余${c.left}栋房屋因补偿诉求未达成一致，尚未拆除`],
    measure: [
      (c) => `${c.p.township}成立征拆工作专班，依法依规推进房屋征收，${c.dl}完成拆除`,
      (c) => `对剩余户实行县级领导包案，${c.p.township}逐户化解合理诉求，${c.dl}完成拆除交地`,
    ],
    quantity: [3, 24],
    hasDeadline: true,
  },
  eia: {
    unit: () => DEPT.ecology,
    issue: () => '环评批复问题',
    problem: [() => '项目环境影响评价报告尚未取得批复', () => '环评报告已通过技术评审，正在按专家意见修改完善'],
    measure: [
      (c) => `业主单位加快环评报告编制，${DEPT.ecology}提前介入指导，${c.dl}取得环评批复`,
      (c) => `安排专人对接${DEPT.ecology}，跟踪审批进度，${c.dl}取得批复`,
    ],
    quantity: [1, 1],
    hasDeadline: true,
  },
  landApproval: {
    unit: () => DEPT.land,
    issue: () => '用地报批问题',
    problem: [() => '项目用地农用地转用和土地征收手续尚未获批', () => '用地报批材料已上报省自然资源厅，正在审查'],
    measure: [(c) => `县自然资源局加快组卷报批，${c.dl}上报省自然资源厅`, (c) => `县自然资源局加强与省、市对接，跟踪审批进度，力争${c.dl}获批`],
    quantity: [1, 1],
    hasDeadline: true,
  },
  forest: {
    unit: () => DEPT.forestry,
    issue: () => '使用林地审核问题',
    problem: [(c) => `项目涉及使用林地约${c.n}亩，使用林地审核手续尚未办结`, () => '使用林地审核材料已上报，等待上级林业主管部门批复'],
    measure: [(c) => `县林业局指导业主单位完善使用林地可行性报告，${c.dl}完成报批`, (c) => `县林业局跟踪对接审批进度，${c.dl}取得使用林地审核同意书`],
    quantity: [20, 180],
    hasDeadline: true,
  },
  permit: {
    unit: () => DEPT.housing,
    issue: () => '施工许可办理问题',
    problem: [() => '施工许可证尚未办理，影响按期开工', () => '施工许可正在办理，尚未取得施工许可证'],
    measure: [(c) => `县住房和城乡建设局开辟绿色通道，实行容缺受理、并联审批，${c.dl}办结施工许可`, (c) => `业主单位加快补齐资料，${c.dl}取得施工许可证`],
    quantity: [1, 1],
    hasDeadline: true,
  },
  tender: {
    unit: () => DEPT.development,
    issue: () => '施工招标流标问题',
    problem: [() => '施工招标因有效投标人不足三家流标，需重新组织招标', () => '重新招标公告已发布，正在组织开标评标'],
    measure: [(c) => `${DEPT.development}指导业主单位优化招标文件，${c.dl}重新挂网招标`, (c) => `加快评标定标，${c.dl}确定中标单位并签订施工合同`],
    quantity: [1, 1],
    hasDeadline: true,
  },
  funding: {
    unit: () => DEPT.finance,
    issue: () => '建设资金缺口问题',
    problem: [(c) => `项目资本金和专项债券资金尚未足额到位，资金缺口约${c.n}万元`, (c) => `资金缺口约${c.left}万元，施工单位垫资压力较大，施工进度受到影响`],
    measure: [
      (c) => `县财政局、县发展和改革局积极向上争取中央预算内投资和专项债券资金，同时对接政策性银行融资，${c.dl}落实建设资金`,
      (c) => `${ownerShort(c.p)}加快融资对接，县财政局优先保障项目资金调度，${c.dl}拨付工程进度款`,
    ],
    quantity: [1, 1], // scaled to the project in planEpisodes
    hasDeadline: true,
  },
  prepFunding: {
    unit: () => DEPT.finance,
    issue: () => '建设资金落实问题',
    problem: [(c) => `项目建设资金尚未落实，资金缺口约${c.n}万元`, (c) => `项目融资方案尚未落地，资金缺口约${c.left}万元`],
    measure: [
      (c) => `县发展和改革局、县财政局积极向上争取专项债券和中央预算内投资，${c.dl}明确资金来源`,
      (c) => `${ownerShort(c.p)}加快融资方案报批，同步对接政策性银行，${c.dl}落实项目资本金`,
    ],
    quantity: [1, 1], // scaled to the project in planEpisodes
    hasDeadline: true,
  },
  privateFunding: {
    unit: () => DEPT.finance,
    issue: () => '企业融资问题',
    problem: [
      (c) => (c.p.kind === 'industrial' ? '企业融资进度滞后，设备购置资金尚未到位' : '企业融资进度滞后，后续建设资金尚未到位'),
      (c) => (c.p.kind === 'industrial' ? '企业融资仍未到位，设备采购和安装进度缓慢' : '企业融资仍未到位，施工进度缓慢'),
    ],
    measure: [(c) => `县财政局牵头组织银企对接，协调金融机构给予信贷支持，${c.dl}落实融资`, (c) => `${c.p.responsibleUnit}跟踪服务，协调银行加快授信审批，${c.dl}完成放款`],
    quantity: [1, 1],
    hasDeadline: true,
  },
  pipelines: {
    unit: () => DEPT.housing,
    issue: () => '管线迁改问题',
    problem: [(c) => `施工范围内电力、通信等管线迁改滞后，影响${segment(c.p)}施工`, (c) => `仍有${c.left}处通信、电力管线未完成迁改`],
    measure: [(c) => `县住房和城乡建设局牵头召开管线迁改协调会，督促各管线产权单位${c.dl}完成迁改`, (c) => `对迁改滞后的产权单位进行约谈，${c.dl}全部完成迁改`],
    quantity: [3, 9],
    hasDeadline: true,
  },
  power: {
    unit: () => DEPT.power,
    issue: () => '用电接入问题',
    problem: [(c) => (c.p.kind === 'industrial' ? '生产用电专线尚未接入，影响设备安装调试' : '施工用电专线尚未接入，目前依靠柴油发电机临时供电'), () => '用电专线正在架设，尚未送电'],
    measure: [(c) => `${DEPT.power}开辟绿色通道，${c.dl}完成线路架设并送电`, (c) => `${DEPT.power}加快施工，${c.dl}送电`],
    quantity: [1, 1],
    hasDeadline: true,
  },
  rain: {
    issue: () => '',
    problem: [() => '受持续降雨影响，土石方和基础施工进度放缓', () => '汛期降雨频繁，室外作业时间不足'],
    measure: [() => '督促施工单位科学调整施工组织，抢抓晴好天气施工，增加作业面和机械设备投入', () => '合理安排室内外交叉作业，雨停即复工，确保汛期安全'],
    quantity: [1, 1],
    hasDeadline: false,
  },
  obstruction: {
    unit: (p) => p.township,
    issue: () => '群众阻工问题',
    problem: [() => '施工过程中个别群众以补偿问题为由阻工', () => '阻工问题尚未彻底化解，局部作业面无法施工'],
    measure: [(c) => `${c.p.township}安排专人驻点，依法依规化解矛盾纠纷，保障施工顺利进行`, (c) => `${c.p.township}会同县信访局上门做工作，${c.dl}化解到位`],
    quantity: [1, 1],
    hasDeadline: true,
  },
  design: {
    unit: (p) => p.responsibleUnit,
    issue: () => '设计变更审批问题',
    problem: [() => '因地质条件与勘察资料不符，需进行设计变更，变更方案正在审查', () => '设计变更方案已通过专家论证，正在办理变更审批'],
    measure: [(c) => `${c.p.responsibleUnit}组织专家论证，${c.dl}完成设计变更审批`, (c) => `加快变更审批，${c.dl}完成变更并恢复正常施工`],
    quantity: [1, 1],
    hasDeadline: true,
  },
  marketSlow: {
    unit: (p) => p.responsibleUnit,
    issue: () => '企业投资进度滞后问题',
    problem: [() => '受市场行情影响，企业投资意愿下降，设备采购推迟', () => '企业设备采购仍未启动，建设进度明显滞后'],
    measure: [(c) => `${c.p.responsibleUnit}上门对接企业，落实惠企政策，督促企业${c.dl}启动设备采购`, (c) => `由包保领导${c.p.leadOfficial}约谈企业负责人，督促企业加快设备采购安装`],
    quantity: [1, 1],
    hasDeadline: true,
  },
  labour: {
    unit: (p) => p.responsibleUnit,
    issue: () => '施工力量投入不足问题',
    problem: [() => '施工单位投入不足，现场施工人员和机械设备偏少', () => '施工人员仍然不足，关键工序推进缓慢'],
    measure: [(c) => `约谈施工单位负责人，督促增加施工人员和机械设备投入，倒排工期、挂图作战，${c.dl}达到计划进度`, (c) => `对施工单位实行周调度，${c.dl}追回滞后工期`],
    quantity: [1, 1],
    hasDeadline: true,
  },
  festival: {
    issue: () => '',
    problem: [() => '受春节假期影响，部分施工人员尚未返岗', () => '受春节假期影响，部分施工人员尚未返岗'],
    measure: [(c) => `督促施工单位尽快组织人员返岗，确保${c.dl}全面复工`, (c) => `督促施工单位尽快组织人员返岗，确保${c.dl}全面复工`],
    quantity: [1, 1],
    hasDeadline: true,
  },
  stoppage: {
    unit: () => DEPT.finance,
    issue: () => '停工问题',
    problem: [
      (c) => (c.p.privateOwner ? '企业资金链紧张，项目暂停建设' : '因工程进度款拨付不到位，施工单位已暂停施工'),
      (c) => `项目仍处于停工状态，已连续${c.idle}个月无新增投资`,
    ],
    measure: [
      (c) => (c.p.privateOwner ? `${c.p.responsibleUnit}会同县财政局协调金融机构帮助企业纾困，督促企业${c.dl}复工` : `县财政局、${ownerShort(c.p)}协调拨付工程进度款，督促施工单位${c.dl}复工`),
      (c) => `由包保领导${c.p.leadOfficial}牵头召开专题调度会，研究解决资金问题，${c.dl}复工`,
    ],
    quantity: [1, 1],
    hasDeadline: true,
  },
  acceptance: {
    unit: () => DEPT.housing,
    issue: () => '专项验收问题',
    problem: [() => '消防、规划等专项验收尚未完成，影响竣工验收备案', () => '消防验收整改事项尚未完成'],
    measure: [(c) => `县住房和城乡建设局、县自然资源局上门指导，${c.dl}完成专项验收`, (c) => `督促施工单位完成整改，${c.dl}办理竣工验收备案`],
    quantity: [1, 1],
    hasDeadline: true,
  },
};

/** Trouble before the start that can come up any time: money, land, environment. */
const PREP_TYPES = (p: SampleProject): ProblemType[] => {
  const out: ProblemType[] = ['landApproval'];
  if (['industrial', 'plant', 'road', 'river'].includes(p.kind)) out.push('eia');
  if (['road', 'rural', 'park'].includes(p.kind)) out.push('forest');
  out.push(p.privateOwner ? 'privateFunding' : 'prepFunding');
  return out;
};

/** Serious trouble during construction: land, money, people. */
const HEAVY_TYPES = (p: SampleProject, share: number): ProblemType[] => {
  const out: ProblemType[] = [];
  // Land holds up a building site only at the start; a road or a river all along.
  const linear = ['road', 'river', 'pipeline'].includes(p.kind);
  if (p.kind !== 'renewal' && p.kind !== 'rural' && (linear || share < 0.25)) out.push('land', 'land');
  if ((p.kind === 'road' || p.kind === 'river') || (p.kind === 'building' && share < 0.25)) out.push('demolition');
  if (['road', 'pipeline', 'plant', 'river', 'renewal'].includes(p.kind)) out.push('obstruction');
  if (['road', 'building', 'river', 'plant'].includes(p.kind)) out.push('design');
  if (p.privateOwner) out.push('privateFunding');
  if (p.privateOwner && p.kind === 'industrial') out.push('marketSlow');
  else out.push('funding', 'funding');
  out.push('labour');
  return out;
};

/** Passing trouble that on-time projects have too. */
const LIGHT_TYPES = (p: SampleProject, m: Month): ProblemType[] => {
  const out: ProblemType[] = ['labour'];
  const outdoor = ['road', 'river', 'rural', 'pipeline', 'park'].includes(p.kind);
  if (outdoor && monthOf(m) >= 5 && monthOf(m) <= 8) out.push('rain', 'rain', 'rain');
  if (['road', 'pipeline', 'renewal'].includes(p.kind)) out.push('pipelines', 'pipelines');
  if (['industrial', 'plant', 'building'].includes(p.kind)) out.push('power');
  return out;
};

function deadlineAfter(from: Month, planned: number, rng: Rng): Day {
  return dayIn(from + planned, rng.weighted([[15, 2], [20, 2], [25, 1], [0, 5]] as const));
}

/** All problem episodes of the sample, in a stable order. */
export function planEpisodes(projects: SampleProject[], sim: Simulation, h: Horizon, rng: Rng): Episode[] {
  const out: Episode[] = [];
  for (const p of projects) {
    const r = rng.fork(`episodes:${p.id}`);
    const add = (type: ProblemType, from: Month, length: number, planned: number, open = false): void => {
      const spec = PROBLEMS[type];
      const to = open ? NEVER : from + Math.max(1, length) - 1;
      const [lo, hi] = spec.quantity;
      let n = r.int(lo, hi);
      // A money gap is a share of the project's size, in hundreds of 万元. Before the
      // start it is the same gap every time it is reported: nothing has been raised.
      if (type === 'funding') n = Math.max(100, Math.round((p.total * r.range(0.08, 0.25)) / 100) * 100);
      if (type === 'prepFunding') n = Math.max(100, Math.round((p.total * rng.fork(`gap:${p.id}`).range(0.2, 0.5)) / 100) * 100);
      // After the Spring Festival the deadline is always the same: back at work by 10 March.
      const deadline = type === 'festival' ? dayIn(from + 1, 10) : deadlineAfter(from, Math.max(1, planned), r);
      out.push({ projectId: p.id, type, from, to, n, ...(spec.hasDeadline ? { deadline } : {}) });
    };
    // Share of the total investment done by the end of month m.
    const shareAt = (m: Month): number => {
      const y = sim.years.get(p.id)?.get(yearOf(m));
      return y && p.total > 0 ? (y.before + (y.ytd[monthOf(m) - 1] ?? 0)) / p.total : 0;
    };
    for (const year of h.years) {
      if (!onList(p, year)) continue;
      const py = sim.years.get(p.id)?.get(year);
      if (!py) continue;
      const jan = januaryOf(year);
      const dec = decemberOf(year);
      // Months of the year under construction, and before the start.
      const buildFrom = Math.max(p.start, jan);
      const buildTo = Math.min(p.completion - 1, dec);
      const prepTo = Math.min(p.start - 1, dec);
      const buildLength = buildTo - buildFrom + 1;
      const isLast = year === h.lastYear;

      if (py.cls === 'never') {
        // Never get going: one problem after another, each outliving its deadline.
        // Never get going: money first, then the land approval, each outliving its deadline.
        add('prepFunding', jan, 6, r.int(2, 3));
        add('landApproval', jan + 6, 6, r.int(1, 2), isLast);
        continue;
      }
      if (prepTo >= jan && r.chance(py.cls === 'prep' ? 0.6 : 0.45)) {
        // The tender fails in the month the ledger says 正在组织施工招标 (two months
        // before the start); the permit lags in the last two months; the rest any time.
        const types = PREP_TYPES(p);
        if (!p.privateOwner && p.start - 2 >= jan && p.start - 2 <= prepTo) types.push('tender');
        if (['building', 'industrial', 'plant'].includes(p.kind) && p.start - 1 <= prepTo) types.push('permit');
        const type = r.pick(types);
        if (type === 'tender') add(type, p.start - 2, 1, 1);
        else if (type === 'permit') {
          const from = Math.max(jan, p.start - r.int(1, 2));
          add(type, from, p.start - from, 1);
        } else {
          const length = r.int(1, 3);
          const from = Math.max(jan, prepTo - length + 1 - r.int(0, 2));
          add(type, from, Math.min(length, prepTo - from + 1), r.int(1, 3));
        }
      }
      if (buildLength <= 0) continue;
      if (monthOf(buildFrom) <= 1 && buildTo >= jan + 1 && r.chance(0.2)) add('festival', jan + 1, 1, 1);

      switch (py.cls) {
        case 'stalled': {
          const stall = py.stall;
          if (!stall) break;
          const length = stall.to - stall.from + 1;
          const open = stall.to >= h.last;
          add('stoppage', stall.from, length, open ? (length >= 4 ? 1 : 2) : length, open);
          break;
        }
        case 'serious': {
          const length = Math.min(buildLength, r.int(5, 9));
          const from = buildFrom + r.int(0, Math.max(0, buildLength - length));
          // The long one outlives its deadline; in the latest year it is still open.
          add(r.pick(HEAVY_TYPES(p, shareAt(from))), from, length, r.int(2, 3), isLast && r.chance(0.6) && from + length - 1 >= Math.min(h.last, buildTo) - 1);
          if (buildLength >= 4) {
            const second = r.int(2, 3);
            const at = buildFrom + r.int(0, buildLength - second);
          add(r.pick(HEAVY_TYPES(p, shareAt(at))), at, second, second);
          }
          break;
        }
        case 'lag': {
          const length = Math.min(buildLength, r.int(2, 5));
          const from = buildFrom + r.int(0, Math.max(0, buildLength - length));
          add(r.pick(HEAVY_TYPES(p, shareAt(from))), from, length, Math.max(1, length - r.int(0, 1)));
          break;
        }
        case 'onTrack':
        case 'ahead':
        case 'completing':
          if (r.chance(py.cls === 'completing' ? 0.25 : 0.3)) {
            const length = Math.min(buildLength, r.int(1, 2));
            const from = buildFrom + r.int(0, Math.max(0, buildLength - length));
            add(r.pick(LIGHT_TYPES(p, from)), from, length, length + r.int(0, 1));
          }
          break;
        default:
          break;
      }
      // After completion, before operation: the paperwork of acceptance.
      if (p.completion <= dec - 1 && p.completion >= jan && p.kind !== 'rural' && r.chance(0.3)) {
        add('acceptance', p.completion, Math.min(2, p.operation - p.completion, dec - p.completion + 1), 1);
      }
    }
  }
  return out;
}

export interface MonthProblems {
  problems: string;
  measures: string;
  deadline?: Day;
}

/** Index of episodes by project, for the ledger writer. */
export function episodesByProject(episodes: Episode[]): Map<string, Episode[]> {
  const map = new Map<string, Episode[]>();
  for (const e of episodes) {
    const list = map.get(e.projectId) ?? [];
    list.push(e);
    map.set(e.projectId, list);
  }
  for (const list of map.values()) list.sort((a, b) => a.from - b.from || a.type.localeCompare(b.type));
  return map;
}

/** Why a stalled project stopped, as the first report put it. */
export const stallCause = (p: SampleProject): string => PROBLEMS.stoppage.problem[0]({ p, n: 1, left: 1, dl: '', idle: 0 });

export const isOpenAt = (e: Episode, m: Month): boolean => e.from <= m && m <= e.to;

export function textContext(e: Episode, p: SampleProject, m: Month, stallFrom?: Month): TextContext {
  const phase = m - e.from;
  const length = e.to === NEVER ? phase + 3 : e.to - e.from + 1;
  const left = e.type === 'prepFunding' ? e.n : Math.max(1, Math.round(e.n * (1 - phase / (length + 1))));
  return {
    p,
    n: e.n,
    left: e.type === 'funding' || e.type === 'prepFunding' ? Math.max(100, Math.round(left / 100) * 100) : left,
    dl: e.deadline ? deadlinePhrase(e.deadline, yearOf(m)) : '',
    idle: stallFrom === undefined ? phase + 1 : m - stallFrom + 1,
  };
}

/** What the ledger of month m says about problems: numbered when there are several. */
export function problemsAt(list: Episode[] | undefined, p: SampleProject, m: Month): MonthProblems | undefined {
  if (!list) return undefined;
  const open = list.filter((e) => isOpenAt(e, m));
  if (open.length === 0) return undefined;
  const problems: string[] = [];
  const measures: string[] = [];
  let deadline: Day | undefined;
  const seen = new Set<ProblemType>();
  for (const e of open) {
    // The same kind of trouble twice reads as one: the earlier report speaks for both.
    if (seen.has(e.type)) continue;
    seen.add(e.type);
    const spec = PROBLEMS[e.type];
    const c = textContext(e, p, m);
    const later = m > e.from ? 1 : 0;
    problems.push(spec.problem[later](c));
    measures.push(spec.measure[later](c));
    if (e.deadline && (!deadline || dayKey(e.deadline) < dayKey(deadline))) deadline = e.deadline;
  }
  const join = (items: string[]): string => (items.length === 1 ? (items[0] ?? '') : items.map((t, i) => `${i + 1}.${t}`).join('；'));
  return { problems: join(problems), measures: join(measures), ...(deadline ? { deadline } : {}) };
}
