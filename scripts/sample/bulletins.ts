// bulletins/*.md: monthly 督查通报 (inspection bulletins) in the county's own style,
// computed from the ledger of the month they report on, so every number agrees with
// the data. Projects are linked as [名称](project:ID) for the Markdown pipeline.
import { type Month, type Day, dayIn, isoDay, monthOf, yearOf, cumulativeLabel, dayKey, lastDayOf } from './calendar.ts';
import type { Horizon } from './horizon.ts';
import type { LedgerLine } from './ledger.ts';
import type { SampleCampaign } from './campaigns.ts';
import { COUNTY } from './places.ts';
import { stallCause } from './problems.ts';

export interface BulletinInput {
  m: Month;
  lines: LedgerLine[];
  /** Months in a row without new investment, per project id, at month m. */
  idle: Map<string, number>;
  programs: string[];
  campaigns: SampleCampaign[];
}

const pct = (x: number): string => (x * 100).toFixed(1);
const yi = (wan: number): string => (wan / 10000).toFixed(2);
/** 万元 figures with the site's thousands separators (38,600). */
const wan = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const link = (l: LedgerLine): string => `[${l.project.name}](project:${l.project.id})`;
const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cn = (i: number): string => CN_NUMBERS[i] ?? String(i + 1);
const dateZh = (d: Day): string => `${yearOf(d.month)}年${monthOf(d.month)}月${d.day}日`;

interface Figures {
  plan: number;
  ytd: number;
  rate: number;
  time: number;
  lag: number;
}

function figures(lines: LedgerLine[], m: Month): Figures {
  const plan = lines.reduce((s, l) => s + l.plan, 0);
  const ytd = lines.reduce((s, l) => s + l.ytd, 0);
  const rate = plan > 0 ? ytd / plan : 0;
  const time = monthOf(m) / 12;
  return { plan, ytd, rate, time, lag: (rate - time) * 100 };
}

const lagOf = (l: LedgerLine, m: Month): number => (l.plan > 0 ? (l.ytd / l.plan - monthOf(m) / 12) * 100 : 0);

function lagPhrase(lag: number, time: number): string {
  const points = Math.abs(lag).toFixed(1);
  return lag < 0 ? `落后时间进度（${pct(time)}%）${points}个百分点` : `超过时间进度（${pct(time)}%）${points}个百分点`;
}

/** 其中，在建项目41个，竣工项目9个……, leaving out stages with no project. */
function stageSentence(count: (stage: string) => number): string {
  const parts = [
    ['在建项目', count('在建')],
    ['竣工项目', count('竣工')],
    ['投产项目', count('投产')],
    ['仍处于前期阶段的项目', count('前期')],
  ]
    .filter(([, n]) => Number(n) > 0)
    .map(([label, n]) => `${label}${n}个`);
  return parts.length > 0 ? `其中，${parts.join('，')}。` : '';
}

export function bulletinDate(m: Month): Day {
  return dayIn(m + 1, 20);
}

/** The months bulletins report on: the last five whose bulletin is dated by the data date. */
export function bulletinMonths(h: Horizon): Month[] {
  const out: Month[] = [];
  for (let m = h.last - 5; m <= h.last - 1; m++) if (m >= h.first) out.push(m);
  return out;
}

export function bulletinMarkdown(input: BulletinInput): string {
  const { m, lines, idle, programs, campaigns } = input;
  const period = cumulativeLabel(m);
  const date = bulletinDate(m);
  const f = figures(lines, m);
  const byStage = (stage: string): number => lines.filter((l) => l.stage === stage).length;
  const serious = lines.filter((l) => l.stage === '在建' && lagOf(l, m) < -15).sort((a, b) => lagOf(a, m) - lagOf(b, m));
  const stalled = lines.filter((l) => l.stage === '在建' && (idle.get(l.project.id) ?? 0) >= 2);
  const notStarted = lines.filter((l) => l.stage === '前期' && l.project.plannedStart <= m);
  const overdue = lines.filter((l) => l.problems !== '' && l.deadline && dayKey(l.deadline) < dayKey(lastDayOf(m)));
  const campaign = campaigns.find((c) => dayKey(c.start) <= dayKey(date) && dayKey(date) <= dayKey(c.end));

  const out: string[] = [];
  const summary = `${period}，全县重点项目完成投资${yi(f.ytd)}亿元，占年度计划的${pct(f.rate)}%，${lagPhrase(f.lag, f.time)}；${serious.length}个在建项目进度严重滞后。`;
  out.push('---');
  out.push(`title: ${JSON.stringify(`关于${yearOf(m)}年${period}全县重点项目建设推进情况的督查通报`)}`);
  out.push(`date: ${isoDay(date)}`);
  out.push(`summary: ${JSON.stringify(summary)}`);
  out.push('---');
  out.push('');
  out.push('各乡镇（街道），县直有关单位：');
  out.push('');
  const purpose = campaign ? `为推动重点项目建设“百日攻坚”行动落地见效` : '为压实项目建设责任，推动全县重点项目提速提效';
  out.push(
    `${purpose}，${monthOf(date.month)}月上旬，县重点项目建设办公室会同县委督查室、县政府督查室，采取查阅台账、现场察看、听取汇报相结合的方式，对全县重点项目${period}推进情况进行了督查。现将有关情况通报如下。`,
  );
  out.push('');

  // 一、总体情况
  out.push('## 一、总体情况');
  out.push('');
  out.push(
    `${period}，全县${lines.length}个重点项目完成投资${yi(f.ytd)}亿元，占年度计划投资${yi(f.plan)}亿元的${pct(f.rate)}%，${lagPhrase(f.lag, f.time)}。${stageSentence(byStage)}`,
  );
  out.push('');
  const perProgram = programs
    .map((name) => {
      const own = lines.filter((l) => l.project.program === name);
      return { name, count: own.length, ...figures(own, m) };
    })
    .filter((x) => x.count > 0);
  if (perProgram.length > 1) {
    const sorted = [...perProgram].sort((a, b) => b.rate - a.rate);
    const best = sorted[0];
    const worst = sorted[sorted.length - 1];
    if (best && worst) out.push(`分工程看，${best.name}完成率最高，为${pct(best.rate)}%；${worst.name}完成率最低，为${pct(worst.rate)}%。`);
    out.push('');
  }
  out.push(`| 工程 | 项目数（个） | 年度计划（万元） | ${period}完成（万元） | 完成率 |`);
  out.push('| --- | ---: | ---: | ---: | ---: |');
  for (const x of perProgram) out.push(`| ${x.name} | ${x.count} | ${wan(x.plan)} | ${wan(x.ytd)} | ${pct(x.rate)}% |`);
  out.push(`| 合计 | ${lines.length} | ${wan(f.plan)} | ${wan(f.ytd)} | ${pct(f.rate)}% |`);
  out.push('');

  // 二、主要亮点
  out.push('## 二、主要亮点');
  out.push('');
  const good = lines
    .filter((l) => l.stage === '在建' && l.plan >= 1000 && l.problems === '')
    .sort((a, b) => lagOf(b, m) - lagOf(a, m) || (a.project.id < b.project.id ? -1 : 1))
    .slice(0, 3);
  good.forEach((l, i) => {
    const over = l.ytd > l.plan ? '，超额完成年度投资计划' : '';
    out.push(`${i + 1}. ${link(l)}（${l.project.responsibleUnit}）${l.progress}，${period}完成投资${wan(l.ytd)}万元，占年度计划的${pct(l.ytd / l.plan)}%${over}。`);
  });
  const completedNow = lines.filter((l) => l.project.completion === m);
  if (completedNow.length > 0) {
    out.push(`${good.length + 1}. ${monthOf(m)}月新增竣工项目${completedNow.length}个：${completedNow.map(link).join('、')}。`);
  }
  out.push('');

  // 三、存在问题
  out.push('## 三、存在问题');
  out.push('');
  let k = 0;
  if (serious.length > 0) {
    out.push(`（${cn(k++)}）部分项目投资进度严重滞后。${serious.length}个在建项目完成率落后时间进度15个百分点以上，${serious.length > 12 ? '其中滞后最多的12个' : '具体'}如下：`);
    out.push('');
    out.push(`| 项目编号 | 项目名称 | 责任单位 | 包保领导 | 年度计划（万元） | ${period}完成（万元） | 完成率 | 落后时间进度（百分点） |`);
    out.push('| --- | --- | --- | --- | ---: | ---: | ---: | ---: |');
    for (const l of serious.slice(0, 12)) {
      out.push(`| ${l.project.id} | ${link(l)} | ${l.project.responsibleUnit} | ${l.project.leadOfficial} | ${wan(l.plan)} | ${wan(l.ytd)} | ${pct(l.ytd / l.plan)}% | ${Math.abs(lagOf(l, m)).toFixed(1)} |`);
    }
    out.push('');
  }
  if (stalled.length > 0) {
    const parts = stalled.map((l) => `${link(l)}已连续${idle.get(l.project.id)}个月无新增投资（${stallCause(l.project)}）`);
    out.push(`（${cn(k++)}）个别项目停工停滞。${parts.join('；')}。`);
    out.push('');
  }
  if (notStarted.length > 0) {
    const parts = notStarted.slice(0, 5).map((l) => `${link(l)}计划于${yearOf(l.project.plannedStart)}年${monthOf(l.project.plannedStart)}月开工`);
    out.push(`（${cn(k++)}）部分项目未按计划开工。${parts.join('，')}，目前仍处于前期阶段${notStarted.length > 5 ? `，另有${notStarted.length - 5}个项目同样未按期开工` : ''}。`);
    out.push('');
  }
  if (overdue.length > 0) {
    const names = overdue.slice(0, 3).map(link).join('、');
    out.push(`（${cn(k++)}）问题整改不够及时。台账反映的问题中，有${overdue.length}个项目的问题已超过完成时限仍未解决，涉及${names}${overdue.length > 3 ? '等项目' : ''}。`);
    out.push('');
  }
  if (k === 0) {
    out.push('本期督查未发现进度严重滞后的项目。');
    out.push('');
  }

  // 四、下步工作要求
  out.push('## 四、下步工作要求');
  out.push('');
  const month = monthOf(m) + 1;
  const season =
    month >= 10
      ? '（三）全力冲刺全年目标。距年底仅剩不到三个月，各责任单位要对照年度目标任务，倒排工期、挂图作战，确保完成全年投资任务。'
      : month >= 5 && month <= 8
        ? '（三）统筹汛期施工和安全生产。各项目业主单位要合理安排施工组织，抢抓晴好天气加快施工，严格落实防汛和安全生产措施。'
        : '（三）抢抓施工黄金期。各项目业主单位要加大人员和机械投入，在保证质量和安全的前提下，加快形成实物工作量。';
  out.push('（一）压实工作责任。各包保县级领导要深入一线靠前调度，对严重滞后项目，由包保领导牵头召开专题调度会，逐一研究解决，推动项目赶进度、补缺口。');
  out.push('');
  out.push('（二）加快问题化解。各责任单位要对照问题清单，逐项明确责任人和完成时限，实行交办、督办、销号闭环管理，确保问题按期解决。');
  out.push('');
  out.push(season);
  out.push('');
  out.push(
    `（四）强化督查问效。县委督查室、县政府督查室将对本通报问题的整改情况进行跟踪督办，请各责任单位于${monthOf(date.month)}月底前将整改情况书面报县重点项目建设办公室。对整改不力、进度严重滞后的单位和个人，按规定予以通报批评和约谈问责。`,
  );
  out.push('');
  // 落款 at the end, as a 公文 has it: the issuing office and the date.
  out.push(`${COUNTY}重点项目建设办公室`);
  out.push('');
  out.push(dateZh(date));
  out.push('');
  return out.join('\n');
}
