// Domain types shared by the whole core. Plain data only: no classes, no methods,
// so that every module can be fed from memory in tests.

/** 'YYYY-MM' — a calendar month; ledgers and indicators are "as of the end of" it. */
export type YearMonth = string;
/** 'YYYY-MM-DD' — an ISO calendar date (no time, no zone). */
export type IsoDate = string;

// ---------------------------------------------------------------- diagnostics

export type Severity = 'error' | 'warning';

/** Codes in the spirit of Frictionless; domain checks add their own. */
export type DiagnosticCode =
  | 'encoding-error'
  | 'empty-file'
  | 'missing-header'
  | 'blank-label'
  | 'duplicate-label'
  | 'missing-label'
  | 'extra-label'
  | 'extra-cell'
  | 'missing-cell'
  | 'quote-error'
  | 'blank-row'
  | 'type-error'
  | 'constraint-error'
  | 'unique-error'
  | 'foreign-key-error'
  | 'privacy-error'
  | 'totals-mismatch'
  | 'period-mismatch'
  | 'name-mismatch'
  | 'over-plan'
  | 'stage-regression'
  | 'missing-project'
  | 'deadline-passed'
  | 'file-name-error'
  | 'front-matter-error'
  | 'config-error'
  | 'format-error'
  | 'id-change-error'
  | 'date-order';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** Path relative to the data folder, with forward slashes: 'ledger/2025-08.csv'. */
  file: string;
  /** 1-based physical line in the file (after decoding), when the problem has a place. */
  line?: number;
  /** 1-based column (cell index in the row), when the problem is in one cell. */
  column?: number;
  /** Canonical field name, when known. */
  field?: string;
  /** The offending raw value, when there is one (already truncated to a readable length). */
  value?: string;
  /** In a workbook (.xlsx): the sheet read, and the cell as the editor sees it ('F12'); line and column give the same place. */
  sheet?: string;
  cell?: string;
  /** What is wrong and how to fix it, in Chinese. */
  message: string;
  /** The same in English. */
  messageEn: string;
}

// ---------------------------------------------------------------- configuration

/** The interface's language. 'x-pseudo' is for tests only (src/i18n/catalog.ts): site.json cannot choose it. */
export type Locale = 'zh-CN' | 'en' | 'x-pseudo';
export type TimeProgressMethod = 'months' | 'days';

export interface SiteConfig {
  /** Portal title, e.g. '示例县重点项目信息公开平台'. */
  title: string;
  /** The portal's own region, exactly as written in indicators.csv, e.g. '示例县'. */
  region: string;
  /** Interface language; Chinese by default. */
  locale: Locale;
  /** Unit that money is normalised to and shown in by default (万元 in Chinese ledgers). */
  moneyUnit: '万元' | '亿元' | '元';
  /** How time progress is computed: N/12 at the end of month N (default) or by days elapsed. */
  timeProgress: TimeProgressMethod;
  thresholds: {
    /** Lag (points) below which a project is "behind" (落后). Default −5. */
    behind: number;
    /** Lag (points) below which a project is "seriously behind" (严重滞后). Default −15. */
    seriouslyBehind: number;
    /** Months without new investment, while under construction, that make a project "stalled". Default 2. */
    stalledMonths: number;
    /**
     * A single-source or direct award above this amount (in the configured money unit) is
     * flagged on /tenders/; when not set, 400万元 (the amount above which works must be
     * tendered, 《必须招标的工程项目规定》).
     */
    directAward?: number;
  };
  /** Who publishes the data, shown in the footer, e.g. '示例县发展和改革局'. */
  source: string;
  /** Absolute URL where the site is served, for canonical links, feeds and sitemaps. */
  siteUrl: string;
  /** Path prefix when served below the host root, e.g. '/luoshi'. '' by default. */
  basePath: string;
  /**
   * The identifiers a government website shows in its footer (《政府网站发展指引》, 国办发〔2017〕47号);
   * each '' (not shown) unless set: 主办单位, 承办单位, 网站标识码, ICP备案号, 公安机关备案号, 联系方式.
   */
  sponsor: string;
  organizer: string;
  siteCode: string;
  icp: string;
  publicSecurityRecord: string;
  contact: string;
  /**
   * A map link for a project's coordinates, with {lat} and {lon} (decimal degrees), e.g. a
   * 天地图 address; '' (the default) shows the coordinates as text only, with no link to a
   * map service (国测管发〔2011〕60号: no foreign map services on a government site).
   */
  mapUrl: string;
  /** The sheet read in every .xlsx workbook; the first visible sheet when not set. */
  workbookSheet?: string;
}

// ---------------------------------------------------------------- records

export type ProjectNature = 'continuing' | 'new' | 'preparatory';
export type Stage = 'preparatory' | 'construction' | 'completed' | 'operating';
export type AttractionStage = 'intention' | 'signed' | 'contract' | 'started';
export type TaskStatus = 'open' | 'closed';
export type Direction = 'higher' | 'lower';

/**
 * What an indicator's figure is: a flow summed from January (地区生产总值, 1-10月), a stock at
 * the end of the month (存款余额, 失业率: 10月末), or a ratio of two cumulative figures
 * (税收占比, 1-10月) compared as a level.
 */
export type IndicatorKind = 'flow' | 'stock' | 'ratio';

export interface Project {
  id: string;
  name: string;
  program?: string;
  nature?: ProjectNature;
  category?: string;
  township?: string;
  owner?: string;
  leadOfficial?: string;
  responsibleUnit?: string;
  /** Total investment, in the configured money unit. */
  totalInvestment?: number;
  plannedStart?: IsoDate;
  plannedCompletion?: IsoDate;
  description?: string;
  /** 投资项目统一代码, e.g. 2017-430623-48-01-012345. */
  projectCode?: string;
  /** 项目法人. */
  legalEntity?: string;
  actualStart?: IsoDate;
  actualCompletion?: IsoDate;
  latitude?: number;
  longitude?: number;
}

export interface LedgerRow {
  projectId: string;
  /** As written in the ledger; cross-checked against projects.csv. */
  projectName?: string;
  /** This year's planned investment. */
  yearPlan?: number;
  /** Completed this year, cumulative to the end of the month (1–N月完成投资). */
  completedYtd?: number;
  /** Completed since the project started (开工累计完成投资). */
  completedTotal?: number;
  stage?: Stage;
  /** Physical progress (形象进度), free text. */
  progress?: string;
  /** Physical progress as a percentage, when the ledger gives one. */
  progressPct?: number;
  problems?: string;
  measures?: string;
  /** Deadline to solve the problems (完成时限). */
  deadline?: IsoDate;
  /** 1-based line in the source file, kept for diagnostics raised after loading. */
  line: number;
}

export interface LedgerMonth {
  period: YearMonth;
  /** Path relative to the data folder. */
  file: string;
  rows: LedgerRow[];
  /** The totals row (合计) when the file had one, used as a cross-check. */
  totals?: { yearPlan?: number; completedYtd?: number };
}

export interface IndicatorObservation {
  indicator: string;
  region: string;
  /** Cumulative period end (Jan–N of that year). */
  period: YearMonth;
  value?: number;
  /** Year-on-year growth in percent. */
  growth?: number;
  unit?: string;
  /** Who supplies the figure (统计局, 财政局, 人民银行 …). */
  source?: string;
}

export interface IndicatorTarget {
  indicator: string;
  year: number;
  targetValue?: number;
  /** Target growth in percent. */
  targetGrowth?: number;
  direction: Direction;
  /** When given; otherwise worked out from the indicator's name and unit (metrics/indicators.ts kindOf). */
  kind?: IndicatorKind;
}

export interface Program {
  name: string;
  description?: string;
  leadOfficial?: string;
  leadUnit?: string;
  order?: number;
}

export interface Unit {
  name: string;
  /** 'department' (部门) or 'township' (乡镇/街道). */
  kind?: 'department' | 'township';
  head?: string;
}

export interface Task {
  id: string;
  projectId?: string;
  content: string;
  leadOfficial?: string;
  responsibleUnit?: string;
  measures?: string;
  deadline?: IsoDate;
  assigned?: IsoDate;
  status: TaskStatus;
  closed?: IsoDate;
}

export interface Campaign {
  id: string;
  name: string;
  start: IsoDate;
  end: IsoDate;
  targetStarts?: number;
  targetCompletions?: number;
  targetInvestment?: number;
  description?: string;
}

export type CampaignGoal = 'start' | 'complete' | 'invest';

export interface CampaignProject {
  campaignId: string;
  projectId: string;
  goal?: CampaignGoal;
}

export interface LandAcquisition {
  projectId: string;
  landTargetMu?: number;
  landAcquiredMu?: number;
  demolitionTarget?: number;
  demolished?: number;
  demolishedAreaSqm?: number;
  /** 征地批文号: a document number. */
  landApprovalNumber?: string;
  /** 补偿安置方案公告日期. */
  compensationNoticeDate?: IsoDate;
}

// ---------------------------------------------------------------- a project's life (国办发〔2017〕94号)

/** One approval, permit or filing (批准结果信息): approvals.csv. */
export interface Approval {
  projectId: string;
  /** As written (审批事项); the known items are listed in src/sections/lifecycle/items.ts. */
  item: string;
  /** 批复文号 or a permit's number: an identifier. */
  documentNumber?: string;
  authority?: string;
  date?: IsoDate;
  content?: string;
}

export type TenderMethod = 'open' | 'selective' | 'negotiation' | 'consultation' | 'single_source' | 'direct';

/** One lot tendered, awarded and contracted (招标投标信息): tenders.csv. */
export interface Tender {
  projectId: string;
  lot: string;
  method?: TenderMethod;
  noticeDate?: IsoDate;
  bidders?: number;
  winner?: string;
  /** In the configured money unit. */
  awardAmount?: number;
  awardDate?: IsoDate;
  contractDate?: IsoDate;
}

export type PartyRole = 'owner' | 'agent' | 'surveyor' | 'designer' | 'contractor' | 'supervisor' | 'quality_supervision';

/** A unit building the project (施工有关信息): parties.csv. */
export interface Party {
  projectId: string;
  role: PartyRole;
  name: string;
  manager?: string;
  /** 统一社会信用代码 (GB 32100-2015). */
  creditCode?: string;
}

/** A major design change (重大设计变更信息): design_changes.csv. */
export interface DesignChange {
  projectId: string;
  date: IsoDate;
  content: string;
  reason?: string;
  /** Investment added, in the configured money unit; negative for a decrease. */
  investmentChange?: number;
  /** Days added to the schedule; negative for a reduction. */
  durationChangeDays?: number;
  authority?: string;
  documentNumber?: string;
}

export type InspectionKind = 'quality' | 'safety' | 'civilised';
export type RectificationStatus = 'rectified' | 'in_progress' | 'overdue';

/** A quality or safety inspection (质量安全监督信息): inspections.csv. */
export interface Inspection {
  projectId: string;
  date: IsoDate;
  inspector?: string;
  kind?: InspectionKind;
  findings?: string;
  deadline?: IsoDate;
  status?: RectificationStatus;
  penaltyNumber?: string;
}

export type AcceptanceKind = 'completion' | 'special' | 'filing';
export type AcceptanceResult = 'pass' | 'fail' | 'pass_after_rectification';

/** An acceptance or its filing (竣工有关信息): acceptance.csv. */
export interface Acceptance {
  projectId: string;
  kind: AcceptanceKind;
  date: IsoDate;
  result?: AcceptanceResult;
  organiser?: string;
}

export interface AttractionProject {
  id: string;
  name: string;
  investor?: string;
  industry?: string;
  /** Agreed investment, in the configured money unit. */
  amount?: number;
  stage: AttractionStage;
  signedDate?: IsoDate;
  startedDate?: IsoDate;
  township?: string;
  responsibleUnit?: string;
}

export interface Bulletin {
  /** File name without extension, used as the page slug. */
  slug: string;
  file: string;
  title: string;
  date: IsoDate;
  summary?: string;
  /** Raw Markdown body (front matter removed); rendered by the sanitising pipeline only. */
  body: string;
}

/** What the data-quality page says about each source file. */
export interface SourceFileInfo {
  file: string;
  /** 'utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be', or 'xlsx' for a workbook. */
  encoding: string;
  /** For a workbook: the sheet that was read. */
  sheet?: string;
  bytes: number;
  sha256: string;
  rows: number;
  fields: string[];
  /** Columns present in the file that the schema does not declare (dropped). */
  droppedColumns: string[];
  warnings: number;
  errors: number;
}

export interface Dataset {
  config: SiteConfig;
  projects: Project[];
  /** Sorted by period, oldest first. */
  ledgers: LedgerMonth[];
  indicators: IndicatorObservation[];
  targets: IndicatorTarget[];
  programs: Program[];
  units: Unit[];
  tasks: Task[];
  campaigns: Campaign[];
  campaignProjects: CampaignProject[];
  land: LandAcquisition[];
  attraction: AttractionProject[];
  approvals: Approval[];
  tenders: Tender[];
  parties: Party[];
  designChanges: DesignChange[];
  inspections: Inspection[];
  acceptance: Acceptance[];
  bulletins: Bulletin[];
  sources: SourceFileInfo[];
  /** Which optional files were present: switches optional sections on. */
  present: {
    programs: boolean;
    units: boolean;
    tasks: boolean;
    campaigns: boolean;
    land: boolean;
    attraction: boolean;
    bulletins: boolean;
    indicators: boolean;
    approvals: boolean;
    tenders: boolean;
    parties: boolean;
    designChanges: boolean;
    inspections: boolean;
    acceptance: boolean;
  };
}

export interface LoadResult {
  dataset: Dataset;
  diagnostics: Diagnostic[];
  /** The schema the files were read with: built in, with the folder's datapackage.json applied. */
  resources: import('./schema.ts').ResourceDef[];
}

/** The only way the core sees files: a map from relative path to bytes. */
export type DataFiles = ReadonlyMap<string, Uint8Array>;
