// A project's life in OC4IDS 0.9 terms (docs/open-data.md, "OC4IDS"): the project code as an
// identifier; the units building it as parties with roles; each tendered lot as a contracting
// process (method, number of tenderers, supplier, contract value and date); major design
// changes as modifications of the main construction contract and as documents; approvals
// and acceptances as documents; the actual start and completion as the implementation period
// and the completion. Dates are date-times at +08:00 from the data.
import type { JsonObject } from '../../core/export/api.ts';
import type { DesignChange, IsoDate, Locale, Party, PartyRole, Project, SiteConfig, Tender, TenderMethod } from '../../core/types.ts';
import { formatMoney } from '../../core/format.ts';
import { createTranslator } from '../../i18n/translator.ts';
import { monthEnd } from '../../core/metrics/calendar.ts';
import { approvalItem } from './catalogue.ts';
import { filesByProject, investmentAfterChanges, scheduleOf, type LifecycleInput } from './metrics.ts';

/** 投资项目统一代码, as an identifier scheme of the project. */
export const PROJECT_CODE_SCHEME = 'CN-TZXMDM';
/** 统一社会信用代码: org-id.guide's scheme for the unified social credit code. */
export const CREDIT_CODE_SCHEME = 'CN-SAIC';

/** partyRole codes (closed to the codelist): builders are suppliers, the quality supervision body a review body. */
export const PARTY_ROLES: Record<PartyRole, string> = {
  owner: 'buyer',
  agent: 'administrativeEntity',
  surveyor: 'supplier',
  designer: 'supplier',
  contractor: 'supplier',
  supervisor: 'supplier',
  quality_supervision: 'reviewBody',
};

/** method codes: negotiation and consultation are limited competition; single source and direct award are direct. */
export const METHODS: Record<TenderMethod, 'open' | 'selective' | 'limited' | 'direct'> = {
  open: 'open',
  selective: 'selective',
  negotiation: 'limited',
  consultation: 'limited',
  single_source: 'direct',
  direct: 'direct',
};

const startOf = (date: IsoDate) => `${date}T00:00:00+08:00`;
const endOf = (date: IsoDate) => `${date}T23:59:59+08:00`;
const FACTOR: Record<SiteConfig['moneyUnit'], number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };
const cny = (amount: number, unit: SiteConfig['moneyUnit']): JsonObject => ({ amount: Number((amount * FACTOR[unit]).toFixed(2)), currency: 'CNY' });

/** contractNature from the lot's name: 设计/勘察 design, 监理 supervision, 施工/工程总承包 construction (EPC both). */
export function contractNature(lot: string): string[] {
  const out: string[] = [];
  if (/设计|勘察|EPC|工程总承包/i.test(lot)) out.push('design');
  if (/施工|EPC|工程总承包|建安|土建|安装/i.test(lot)) out.push('construction');
  if (/监理/.test(lot)) out.push('supervision');
  return out;
}


export interface LifecycleOc4ids {
  identifiers: JsonObject[];
  /** Parties to merge with the project's own (by name): role codes, identifiers and people. */
  parties: { name: string; roles: string[]; identifier?: JsonObject; people?: JsonObject[] }[];
  implementationPeriod?: JsonObject;
  completion?: JsonObject;
  contractingProcesses: JsonObject[];
  documents: JsonObject[];
}

/** The main construction contract: the largest contracted award among construction lots (else among all contracted lots). */
function mainContract(lots: readonly Tender[]): Tender | undefined {
  const contracted = lots.filter((t) => t.contractDate !== undefined || t.awardAmount !== undefined);
  const pool = contracted.some((t) => contractNature(t.lot).includes('construction')) ? contracted.filter((t) => contractNature(t.lot).includes('construction')) : contracted;
  return [...pool].sort((a, b) => (b.awardAmount ?? 0) - (a.awardAmount ?? 0))[0];
}

function modifications(changes: readonly DesignChange[], unit: SiteConfig['moneyUnit'], locale: Locale): JsonObject[] {
  const t = createTranslator(locale, { moneyUnit: unit });
  const out: JsonObject[] = [];
  changes.forEach((c, i) => {
    const base = (id: string, type: string, description: string): JsonObject => {
      const m: JsonObject = { id: `design-change-${i + 1}${id}`, date: startOf(c.date), description, type };
      if (c.reason) m.rationale = c.reason;
      return m;
    };
    out.push(base('', 'scope', c.content));
    if (c.investmentChange !== undefined && c.investmentChange !== 0) {
      const amount = formatMoney(Math.abs(c.investmentChange), locale, unit);
      out.push(base('-value', 'value', t('life.oc4ids.valueChange', { dir: c.investmentChange > 0 ? 'up' : 'down', amount })));
    }
    if (c.durationChangeDays !== undefined && c.durationChangeDays !== 0) {
      const days = Math.abs(c.durationChangeDays);
      out.push(base('-duration', 'duration', t('life.oc4ids.durationChange', { dir: c.durationChangeDays > 0 ? 'up' : 'down', days })));
    }
  });
  return out;
}

function partyEntry(p: Party): LifecycleOc4ids['parties'][number] {
  const entry: LifecycleOc4ids['parties'][number] = { name: p.name, roles: [PARTY_ROLES[p.role]] };
  if (p.creditCode) entry.identifier = { scheme: CREDIT_CODE_SCHEME, id: p.creditCode, legalName: p.name };
  if (p.manager) entry.people = [{ id: `${p.role}-manager`, name: p.manager }];
  return entry;
}

export function lifecycleOc4ids(input: LifecycleInput & { config: SiteConfig }, project: Project): LifecycleOc4ids {
  const unit = input.config.moneyUnit;
  const locale = input.config.locale;
  const tr = createTranslator(locale, { moneyUnit: unit });
  const files = filesByProject(input).get(project.id);
  const schedule = scheduleOf(input, project);
  const out: LifecycleOc4ids = { identifiers: [], parties: [], contractingProcesses: [], documents: [] };
  if (project.projectCode) out.identifiers.push({ id: project.projectCode, scheme: PROJECT_CODE_SCHEME });
  if (project.legalEntity) out.parties.push({ name: project.legalEntity, roles: ['buyer'] });
  for (const p of files?.parties ?? []) out.parties.push(partyEntry(p));

  const start = schedule.actualStart;
  const end = schedule.actualCompletion;
  if (start || end) {
    const period: JsonObject = {};
    if (start) period.startDate = startOf(start.date ?? `${start.month}-01`);
    if (end) period.endDate = endOf(end.date ?? monthEnd(end.month));
    out.implementationPeriod = period;
  }
  const changes = investmentAfterChanges(project, files?.designChanges ?? []);
  if (end) {
    const completion: JsonObject = { endDate: endOf(end.date ?? monthEnd(end.month)) };
    completion.endDateDetails = end.source === 'projects' ? tr('life.oc4ids.endFromProjects') : tr('life.oc4ids.endFromLedger', { month: end.month, atOrBefore: end.atOrBefore ? 'yes' : 'no' });
    if (changes.afterChanges !== undefined) {
      completion.finalValue = cny(changes.afterChanges, unit);
      completion.finalValueDetails = tr('life.oc4ids.finalValue', { n: changes.changes.length });
    }
    out.completion = completion;
  }

  const lots = files?.tenders ?? [];
  const main = mainContract(lots);
  lots.forEach((t) => {
    const summary: JsonObject = { title: t.lot };
    const nature = contractNature(t.lot);
    if (nature.length) summary.nature = nature;
    summary.status = t.contractDate ? (end ? 'closed' : 'active') : 'pre-award';
    const tender: JsonObject = {};
    if (t.method) {
      tender.procurementMethod = METHODS[t.method];
      tender.procurementMethodDetails = tr(`life.method.${t.method}`);
    }
    if (t.noticeDate) tender.datePublished = startOf(t.noticeDate);
    if (t.bidders !== undefined) tender.numberOfTenderers = t.bidders;
    if (Object.keys(tender).length) summary.tender = tender;
    if (t.winner) {
      summary.suppliers = [{ id: t.winner, name: t.winner }];
      out.parties.push({ name: t.winner, roles: ['supplier'] });
    }
    if (t.awardAmount !== undefined) summary.contractValue = cny(t.awardAmount, unit);
    if (t.contractDate) summary.contractPeriod = { startDate: startOf(t.contractDate) };
    const docs: JsonObject[] = [];
    if (t.noticeDate) docs.push({ id: 'tender-notice', documentType: 'tenderNotice', title: tr('life.oc4ids.tenderNotice', { lot: t.lot }), datePublished: startOf(t.noticeDate) });
    if (t.awardDate) docs.push({ id: 'award-notice', documentType: 'awardNotice', title: tr('life.oc4ids.awardNotice', { lot: t.lot }), datePublished: startOf(t.awardDate) });
    if (t.contractDate) docs.push({ id: 'contract', documentType: 'contractSigned', title: tr('life.oc4ids.contract', { lot: t.lot }), datePublished: startOf(t.contractDate) });
    if (docs.length) summary.documents = docs;
    if (t === main && changes.changes.length) summary.modifications = modifications(changes.changes, unit, locale);
    out.contractingProcesses.push({ id: t.lot, summary });
  });

  (files?.approvals ?? []).forEach((a, i) => {
    const item = approvalItem(a.item);
    const doc: JsonObject = { id: `approval-${i + 1}` };
    if (item?.documentType) doc.documentType = item.documentType;
    doc.title = a.documentNumber ? `${item?.name ?? a.item}（${a.documentNumber}）` : (item?.name ?? a.item);
    const description = [a.authority, a.content].filter(Boolean).join(tr('punct.colon'));
    if (description) doc.description = description;
    if (a.date) doc.datePublished = startOf(a.date);
    if (a.authority) doc.author = a.authority;
    out.documents.push(doc);
  });
  changes.changes.forEach((c, i) => {
    const doc: JsonObject = { id: `design-change-${i + 1}` };
    if (c.investmentChange !== undefined && c.investmentChange !== 0) doc.documentType = 'budgetAmendmentApproval';
    doc.title = tr('life.oc4ids.designChange', { has: c.documentNumber ? 'yes' : 'no', number: c.documentNumber ?? '' });
    doc.description = c.reason ? tr('life.oc4ids.changeReason', { content: c.content, reason: c.reason }) : c.content;
    doc.datePublished = startOf(c.date);
    if (c.authority) doc.author = c.authority;
    out.documents.push(doc);
  });
  (files?.acceptance ?? []).forEach((a, i) => {
    const doc: JsonObject = { id: `acceptance-${i + 1}` };
    if (a.kind === 'completion' || a.kind === 'filing') doc.documentType = 'completionCertificate';
    const kind = tr(`life.oc4ids.kind.${a.kind}`);
    const result = a.result ? tr(`life.result.${a.result}`) : undefined;
    doc.title = result ? `${kind}${tr('punct.colon')}${result}` : kind;
    doc.datePublished = startOf(a.date);
    if (a.organiser) doc.author = a.organiser;
    out.documents.push(doc);
  });
  return out;
}
