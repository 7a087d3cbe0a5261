// 形象进度: how far the works are, in the words a site report uses. Driven by the share
// of the total investment completed, so the text moves on as the money does.
import type { Month } from './calendar.ts';
import { monthOf } from './calendar.ts';
import type { SampleProject } from './portfolio.ts';
import type { StageLabel } from './simulate.ts';
import type { WorkKind } from './catalogue.ts';

/** A step of the works: applies while the completed share is below `below`. */
type Step = [below: number, text: (x: number, p: SampleProject, share: number) => string];

/** Progress within the step, rounded to 5 %, for "已完成…的65%". */
const within = (share: number, lo: number, hi: number): number => Math.min(95, Math.max(5, Math.round(((share - lo) / (hi - lo)) * 20) * 5));

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const FLOORS: Record<string, [number, number]> = {
  hospital: [14, 20],
  'rental-housing': [11, 18],
  shanty: [11, 18],
  'health-centre': [3, 4],
  cdc: [5, 7],
  kindergarten: [3, 3],
  'primary-school': [4, 5],
  'high-school': [5, 6],
  welfare: [6, 9],
  'tcm-rehab': [8, 12],
  vocational: [4, 6],
};

function floors(p: SampleProject): number {
  const [lo, hi] = FLOORS[p.templateKey] ?? [4, 8];
  return lo + (hash(p.id) % (hi - lo + 1));
}

const STRUCTURES: Record<string, string> = {
  'sewage-plant': '生化池、二沉池',
  'water-plant': '絮凝沉淀池、清水池',
  substation: '主控楼及设备基础',
};

const BUILDING: Step[] = [
  [0.08, () => '施工单位已进场，正在进行场地平整和临时设施搭建'],
  [0.2, (x) => `正在进行桩基施工，已完成桩基工程量的${x}%`],
  [0.5, (_x, p, s) => {
    const total = floors(p);
    const at = Math.max(1, Math.min(total - 1, Math.ceil((total * (s - 0.2)) / 0.3)));
    return `主体结构施工中，已施工至第${at}层（共${total}层）`;
  }],
  [0.6, () => '主体结构已封顶，正在进行二次结构砌筑'],
  [0.8, (x) => `正在进行内外墙装饰装修和水电安装，完成${x}%`],
  [0.95, () => '正在进行室外附属工程及设备安装调试'],
  [2, () => '主体及附属工程基本完工，正在进行竣工验收准备'],
];

const STEPS: Record<WorkKind, Step[]> = {
  building: BUILDING,
  road: [
    [0.1, () => '正在进行清表及路基土石方施工'],
    [0.45, (x) => `路基施工中，已完成路基工程量的${x}%`],
    [0.6, () => '路基基本成型，正在进行桥涵和排水工程施工'],
    [0.8, (x) => `正在进行水稳层施工，已完成${x}%`],
    [0.95, (x) => `正在进行沥青路面摊铺，已完成${x}%`],
    [2, () => '路面工程已完成，正在进行交通标志标线和绿化施工'],
  ],
  pipeline: [
    [0.1, () => '管材已进场，正在进行沟槽开挖'],
    [0.7, (x) => `正在进行管网铺设，已完成设计工程量的${x}%`],
    [0.9, () => '管网铺设基本完成，正在进行检查井砌筑和闭水试验'],
    [2, () => '正在进行路面恢复和管网联通调试'],
  ],
  plant: [
    [0.1, () => '正在进行场地平整和基坑开挖'],
    [0.4, (x, p) => `正在进行${STRUCTURES[p.templateKey] ?? '主体构筑物'}等土建施工，完成土建工程量的${x}%`],
    [0.7, () => '土建工程基本完成，正在进行设备安装'],
    [0.9, (x) => `设备安装已完成${x}%，正在进行配套管网施工`],
    [2, () => '正在进行设备单机调试和联动试车'],
  ],
  industrial: [
    [0.1, () => '正在进行厂区场地平整和基础施工'],
    [0.45, (x) => `生产车间钢结构施工中，已完成${x}%`],
    [0.6, () => '生产车间主体完工，正在进行屋面和地坪施工'],
    [0.85, (x) => `正在进行生产设备安装，已完成${x}%`],
    [2, () => '设备安装基本完成，正在进行调试和试生产准备'],
  ],
  renewal: [
    [0.1, () => '已完成入户调查和改造方案公示，施工单位正在进场'],
    [0.5, (x) => `正在实施雨污分流和地下管网改造，完成${x}%`],
    [0.8, (x) => `正在进行屋面防水和外立面整治，完成${x}%`],
    [2, () => '正在进行道路、停车位和绿化等配套设施施工'],
  ],
  rural: [
    [0.1, () => '正在进行施工放样和场地清理'],
    [0.5, (x) => `主体工程施工中，已完成工程量的${x}%`],
    [0.85, (x) => `正在进行配套设施建设，累计完成工程量的${x}%`],
    [2, () => '主体工程基本完成，正在进行扫尾和自验'],
  ],
  river: [
    [0.1, () => '正在进行施工导流和围堰施工'],
    [0.5, (x) => `正在进行河道清淤和堤身填筑，完成${x}%`],
    [0.8, () => '正在进行护岸砌筑和穿堤建筑物施工'],
    [2, () => '正在进行堤顶道路和生态绿化施工'],
  ],
  park: [
    [0.1, () => '正在进行场地清理和土方平衡'],
    [0.5, (x) => `正在进行园路、广场和主体建筑施工，完成${x}%`],
    [0.8, () => '正在进行景观绿化和配套设施建设'],
    [2, () => '正在进行亮化工程和景观提质扫尾'],
  ],
};

// Some templates differ enough from their kind to need their own words.
const SPECIAL_STEPS: Record<string, Step[]> = {
  bridge: [
    [0.15, (x) => `正在进行桩基施工，已完成${x}%`],
    [0.35, () => '正在进行承台和墩柱施工'],
    [0.5, () => '下部结构基本完成，正在进行盖梁施工'],
    [0.8, (x) => `正在进行箱梁预制和架设，已完成${x}%`],
    [0.95, () => '正在进行桥面铺装和引道施工'],
    [2, () => '正在进行护栏、照明等附属工程施工'],
  ],
  'road-resurfacing': [
    [0.2, () => '正在进行旧路面病害处治和管网检查井调平'],
    [0.85, (x) => `正在进行沥青路面摊铺，已完成${x}%`],
    [2, () => '正在进行交通标志标线和信号设施施工'],
  ],
  'rural-roads': [
    [0.1, () => '正在进行施工放样和材料进场'],
    [0.8, (x) => `正在进行波形护栏安装和危旧桥梁改造，完成${x}%`],
    [2, () => '正在进行标志标牌安装和扫尾'],
  ],
  reservoir: [
    [0.1, () => '正在进行施工导流和坝体开挖'],
    [0.55, (x) => `正在进行大坝防渗加固施工，完成${x}%`],
    [0.85, () => '正在进行溢洪道改造和放水设施施工'],
    [2, () => '正在进行防汛道路和大坝安全监测设施建设'],
  ],
  irrigation: [
    [0.1, () => '正在进行渠道清淤和施工放样'],
    [0.7, (x) => `正在进行干支渠衬砌改造，完成${x}%`],
    [2, () => '正在进行渠系建筑物施工和扫尾'],
  ],
  'rural-grid': [
    [0.1, () => '材料设备已进场，正在进行线路复测'],
    [0.7, (x) => `正在进行10千伏线路架设，完成${x}%`],
    [2, () => '正在进行配电台区改造和送电调试'],
  ],
  'mine-restoration': [
    [0.1, () => '正在进行危岩清理和施工放样'],
    [0.6, (x) => `正在进行削坡整形和土地复垦，完成${x}%`],
    [2, () => '正在进行植被恢复和养护'],
  ],
  'vegetable-park': [
    [0.1, () => '正在进行土地平整和基础施工'],
    [0.7, (x) => `正在进行连栋大棚建设，完成${x}%`],
    [2, () => '正在建设分拣包装中心和配套设施'],
  ],
  'pig-farm': [
    [0.1, () => '正在进行场地平整和基础施工'],
    [0.6, (x) => `猪舍主体施工中，已完成${x}%`],
    [0.85, () => '正在进行粪污资源化利用设施和饲料加工车间建设'],
    [2, () => '正在进行设备安装和引种准备'],
  ],
  'elderly-home': [
    [0.2, () => '正在进行原有建筑拆改和结构加固'],
    [0.7, (x) => `正在进行水电改造和内部装修，完成${x}%`],
    [2, () => '正在进行消防和适老化设施安装'],
  ],
  employment: [
    [0.2, () => '正在进行原有建筑拆改和结构加固'],
    [0.7, (x) => `正在进行水电改造和内部装修，完成${x}%`],
    [2, () => '正在进行信息化设备安装和场地布置'],
  ],
  'south-district': [
    [0.1, () => '正在进行片区场地平整和临时设施搭建'],
    [0.4, (x) => `正在进行片区道路和地下管网施工，完成${x}%`],
    [0.75, () => '安置小区主体结构施工中，片区道路基本成型'],
    [2, () => '正在进行安置小区装饰装修和配套学校建设'],
  ],
  farmland: [
    [0.1, () => '正在进行施工放样和田块清理'],
    [0.55, (x) => `正在进行土地平整和灌排渠系施工，完成${x}%`],
    [0.85, (x) => `正在进行田间道路建设，完成${x}%`],
    [2, () => '主体工程基本完成，正在进行扫尾和自验'],
  ],
  afforestation: [
    [0.15, () => '正在进行林地清理和整地'],
    [0.7, (x) => `正在进行苗木栽植，完成计划任务的${x}%`],
    [2, () => '造林任务基本完成，正在进行抚育管护和补植补造'],
  ],
  camellia: [
    [0.15, () => '正在进行林地清理和整地'],
    [0.7, (x) => `正在进行油茶苗木栽植和低产林改造，完成${x}%`],
    [2, () => '基地建设基本完成，正在建设油茶加工厂'],
  ],
  'model-village': [
    [0.1, () => '已完成村庄规划和方案公示，正在组织施工'],
    [0.6, (x) => `正在实施村庄道路硬化和污水治理，完成${x}%`],
    [2, () => '正在进行房前屋后整治和公共空间提质'],
  ],
  'living-environment': [
    [0.1, () => '已完成入户摸底，正在组织施工'],
    [0.7, (x) => `正在进行农村户厕改造，已完成改造任务的${x}%`],
    [2, () => '正在建设村级污水处理设施和垃圾收运设施'],
  ],
};

function stepsFor(p: SampleProject): Step[] {
  return SPECIAL_STEPS[p.templateKey] ?? STEPS[p.kind];
}

const PREP_STEPS = [
  '正在编制项目建议书和可行性研究报告',
  '可行性研究报告已批复，正在开展初步设计',
  '初步设计已完成，正在办理用地、规划等前期手续',
  '正在进行施工图设计和预算编制',
  '施工图已完成审查，正在组织施工招标',
  '已完成施工招标，施工单位正在进场准备',
];

/** Completed: [just finished (that month and the next), later]. {m} is the month it finished. */
const DONE: Record<WorkKind, [string, string]> = {
  building: ['已于{m}月完工，正在办理竣工验收备案', '已完成竣工验收并交付使用'],
  road: ['已于{m}月完工，正在组织交工验收', '已建成通车'],
  pipeline: ['已于{m}月完工，正在进行竣工验收', '已完工并投入使用'],
  plant: ['主体工程已于{m}月完工，正在进行调试试运行', '主体工程已完工，正在进行调试试运行'],
  industrial: ['厂房及设备安装已于{m}月完工，正在进行试生产', '厂房及设备安装已完工，正在进行试生产'],
  renewal: ['改造任务已于{m}月全部完成，正在组织竣工验收', '改造任务已全部完成，通过竣工验收'],
  rural: ['已于{m}月完成建设任务，正在组织县级验收', '已完成建设任务，通过县级验收'],
  river: ['已于{m}月完工，正在组织完工验收', '已完工，通过完工验收'],
  park: ['已于{m}月完工，正在组织竣工验收', '已建成并对外开放'],
};

const OPERATING: Record<string, string> = {
  'sewage-plant': '已投入运行，出水水质稳定达到一级A标准',
  'water-plant': '已通水运行，供水水质符合国家标准',
  substation: '已投运送电',
};

export interface ProgressInput {
  p: SampleProject;
  m: Month;
  stage: StageLabel;
  /** Share of total investment completed. */
  share: number;
  /** Under construction but without new investment this month. */
  stalled: boolean;
}

export function progressText({ p, m, stage, share, stalled }: ProgressInput): string {
  if (stage === '前期') {
    if (p.neverStarts) {
      // Gets to the approvals and stays there.
      const since = m - (p.plannedStart - 4);
      if (since < 6) return PREP_STEPS[Math.max(0, Math.min(2, Math.floor(since / 2)))] ?? '';
      return '初步设计已完成，因建设资金和用地指标尚未落实，暂未开工';
    }
    const toStart = p.start - m;
    const step = toStart <= 1 ? 5 : toStart <= 2 ? 4 : toStart <= 4 ? 3 : toStart <= 6 ? 2 : toStart <= 9 ? 1 : 0;
    return PREP_STEPS[step] ?? '';
  }
  if (stage === '竣工') {
    const [just, later] = DONE[p.kind];
    return m - p.completion <= 1 ? just.replace('{m}', String(monthOf(p.completion))) : later;
  }
  if (stage === '投产') return p.kind === 'industrial' ? '已建成投产，正在逐步达产' : (OPERATING[p.templateKey] ?? '已投入运营');
  const steps = stepsFor(p);
  let lo = 0;
  let text = '';
  for (const [below, step] of steps) {
    if (share < below) {
      text = step(within(share, lo, Math.min(1, below)), p, share);
      break;
    }
    lo = below;
  }
  // Where the works stood when they stopped.
  return stalled ? `项目处于停工状态，停工前${text}` : text;
}
