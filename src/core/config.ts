// site.json → SiteConfig. The file is optional and every key has a default; a bad
// value is reported and its default used, so one typo never blocks the whole site.
// Environment values (SITE_URL, BASE_PATH) are passed in by the caller and win over
// site.json, because the same data is often deployed to more than one host.

import type { Diagnostic, Locale, Severity, SiteConfig, TimeProgressMethod } from './types.ts';
import { diagnostic } from './report.ts';
import { countLines } from './decode.ts';

export const CONFIG_FILE = 'site.json';

export const DEFAULT_CONFIG: Readonly<SiteConfig> = Object.freeze({
  title: '重点项目信息公开平台',
  region: '',
  locale: 'zh-CN',
  moneyUnit: '万元',
  timeProgress: 'months',
  thresholds: Object.freeze({ behind: -5, seriouslyBehind: -15, stalledMonths: 2 }),
  source: '',
  siteUrl: 'https://example.org',
  basePath: '',
  sponsor: '',
  organizer: '',
  siteCode: '',
  icp: '',
  publicSecurityRecord: '',
  contact: '',
  mapUrl: '',
}) as SiteConfig;

export interface ConfigEnv {
  SITE_URL?: string | undefined;
  BASE_PATH?: string | undefined;
  /**
   * 'x-pseudo' builds the site in the test-only pseudo-locale (every interface string marked
   * ⟦…⟧, test/site/pseudo-locale.test.ts); anything else is ignored. Not a site.json setting.
   */
  LUOSHI_LOCALE?: string | undefined;
}

export interface ConfigResult {
  config: SiteConfig;
  diagnostics: Diagnostic[];
}

/** A fresh copy of the defaults (the caller may keep and change it). */
export function defaultConfig(): SiteConfig {
  return { ...DEFAULT_CONFIG, thresholds: { ...DEFAULT_CONFIG.thresholds } };
}

/**
 * Reads site.json text (undefined when there is no file) and applies env overrides.
 * `file` names the file in diagnostics.
 */
export function parseSiteConfig(text: string | undefined, env: ConfigEnv = {}, file = CONFIG_FILE): ConfigResult {
  const config = defaultConfig();
  const diagnostics: Diagnostic[] = [];
  const problem: Problem = (key, zh, en, value, line, severity = 'error') =>
    diagnostics.push(
      diagnostic(
        'config-error',
        severity,
        { file, line, field: key, value: value === undefined ? undefined : stringify(value) },
        zh,
        en,
      ),
    );

  if (text !== undefined && text.trim() !== '') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const line = jsonErrorLine(text, error);
      problem(
        'site.json',
        `site.json不是有效的JSON${line ? `（第${line}行附近）` : ''}，全部使用默认设置。请检查引号、逗号和括号是否成对，注意要用英文标点。`,
        `site.json is not valid JSON${line ? ` (near line ${line})` : ''}; all defaults are used. Check quotes, commas and brackets, and use ASCII punctuation.`,
        undefined,
        line,
      );
    }
    if (json !== undefined) readObject(json, config, problem, (key) => lineOfKey(text, key));
  }

  if (env.SITE_URL !== undefined && env.SITE_URL !== '') {
    const url = normalizeSiteUrl(env.SITE_URL);
    if (url) config.siteUrl = url;
    else problem('siteUrl', `环境变量SITE_URL“${env.SITE_URL}”不是以http://或https://开头的完整网址，已忽略。`, `The SITE_URL environment variable "${env.SITE_URL}" is not an absolute http(s) URL; ignored.`, env.SITE_URL);
  }
  if (env.BASE_PATH !== undefined) {
    const base = normalizeBasePath(env.BASE_PATH);
    if (base !== undefined) config.basePath = base;
    else problem('basePath', `环境变量BASE_PATH“${env.BASE_PATH}”不是有效的路径（应形如/luoshi），已忽略。`, `The BASE_PATH environment variable "${env.BASE_PATH}" is not a valid path (like /luoshi); ignored.`, env.BASE_PATH);
  }
  if (env.LUOSHI_LOCALE === 'x-pseudo') config.locale = 'x-pseudo';
  return { config, diagnostics };
}

/** Bad values are errors (a wrong address must not go live); unknown keys only warnings. */
type Problem = (key: string, zh: string, en: string, value?: unknown, line?: number, severity?: Severity) => void;

/** The footer identifiers of a government website: plain text, one line each. */
const FOOTER_KEYS = ['sponsor', 'organizer', 'siteCode', 'icp', 'publicSecurityRecord', 'contact'] as const;
const KNOWN_KEYS = ['title', 'region', 'locale', 'moneyUnit', 'timeProgress', 'thresholds', 'source', 'siteUrl', 'basePath', ...FOOTER_KEYS, 'mapUrl', 'workbookSheet'];
const THRESHOLD_KEYS = ['behind', 'seriouslyBehind', 'stalledMonths', 'directAward'];

function readObject(json: unknown, config: SiteConfig, problem: Problem, lineOf: (key: string) => number | undefined): void {
  if (!isPlainObject(json)) {
    problem('site.json', 'site.json的内容应是一个对象（用{ }括起来的“键: 值”），全部使用默认设置。', 'site.json must hold an object ({ "key": value }); all defaults are used.');
    return;
  }
  for (const [key, value] of Object.entries(json)) {
    const line = lineOf(key);
    const bad = (zh: string, en: string) => problem(key, zh, en, value, line);
    switch (key) {
      case 'title':
      case 'region':
      case 'source':
        if (typeof value === 'string') config[key] = value.trim();
        else bad(`“${key}”应是一段文字（用英文双引号括起来），已使用默认值。`, `"${key}" must be a string; the default is used.`);
        break;
      case 'locale':
        if (value === 'zh-CN' || value === 'en') config.locale = value as Locale;
        else bad('“locale”只能是"zh-CN"或"en"，已使用"zh-CN"。', '"locale" must be "zh-CN" or "en"; "zh-CN" is used.');
        break;
      case 'moneyUnit':
        if (value === '万元' || value === '亿元' || value === '元') config.moneyUnit = value;
        else bad('“moneyUnit”只能是"万元"、"亿元"或"元"，已使用"万元"。', '"moneyUnit" must be "万元", "亿元" or "元"; "万元" is used.');
        break;
      case 'timeProgress':
        if (value === 'months' || value === 'days') config.timeProgress = value as TimeProgressMethod;
        else bad('“timeProgress”只能是"months"（按月）或"days"（按天），已使用"months"。', '"timeProgress" must be "months" or "days"; "months" is used.');
        break;
      case 'siteUrl': {
        const url = typeof value === 'string' ? normalizeSiteUrl(value) : undefined;
        if (url) config.siteUrl = url;
        else bad('“siteUrl”应是以http://或https://开头的完整网址，如"https://data.example.gov.cn"，已使用默认值。', '"siteUrl" must be an absolute http(s) URL such as "https://data.example.gov.cn"; the default is used.');
        break;
      }
      case 'basePath': {
        const base = typeof value === 'string' ? normalizeBasePath(value) : undefined;
        if (base !== undefined) config.basePath = base;
        else bad('“basePath”应为空或形如"/luoshi"的路径，已使用默认值。', '"basePath" must be empty or a path such as "/luoshi"; the default is used.');
        break;
      }
      case 'sponsor':
      case 'organizer':
      case 'siteCode':
      case 'icp':
      case 'publicSecurityRecord':
      case 'contact':
        if (typeof value === 'string' && !/[\r\n]/.test(value) && value.trim().length <= 200) config[key] = value.trim();
        else bad(`“${key}”应是一行文字（不超过200字，用英文双引号括起来），如"湘ICP备12345678号"，已不显示。`, `"${key}" must be one line of text (200 characters at most); it is not shown.`);
        break;
      case 'mapUrl': {
        const template = typeof value === 'string' ? normalizeMapUrl(value) : undefined;
        if (template !== undefined) config.mapUrl = template;
        else bad('“mapUrl”应是以https://或http://开头、含有{lat}和{lon}的网址模板，如"https://map.tianditu.gov.cn/?lat={lat}&lon={lon}"，已只显示坐标文字。', '"mapUrl" must be an http(s) URL template holding {lat} and {lon}; coordinates are shown as text only.');
        break;
      }
      case 'thresholds':
        readThresholds(value, config, problem, line);
        break;
      case 'workbookSheet':
        if (typeof value === 'string' && value.trim() !== '') config.workbookSheet = value.trim();
        else bad('“workbookSheet”应是工作表的名称，如"台账"；已读取每个工作簿的第一个工作表。', '"workbookSheet" must be a sheet name such as "台账"; the first sheet of each workbook is read.');
        break;
      default:
        problem(key, `site.json中有不认识的设置项“${key}”，已忽略。可用的设置项有：${KNOWN_KEYS.join('、')}。`, `Unknown setting "${key}" in site.json; ignored. Known settings: ${KNOWN_KEYS.join(', ')}.`, undefined, line, 'warning');
    }
  }
  const t = config.thresholds;
  if (t.seriouslyBehind > t.behind) {
    problem('thresholds', `“seriouslyBehind”（${t.seriouslyBehind}）应小于或等于“behind”（${t.behind}），已改用默认值-5和-15。`, `"seriouslyBehind" (${t.seriouslyBehind}) must not exceed "behind" (${t.behind}); the defaults −5 and −15 are used.`, undefined, lineOf('thresholds'));
    t.behind = DEFAULT_CONFIG.thresholds.behind;
    t.seriouslyBehind = DEFAULT_CONFIG.thresholds.seriouslyBehind;
  }
}

function readThresholds(value: unknown, config: SiteConfig, problem: Problem, line: number | undefined): void {
  if (!isPlainObject(value)) {
    problem('thresholds', '“thresholds”应是一个对象，如{"behind": -5, "seriouslyBehind": -15, "stalledMonths": 2}，已使用默认值。', '"thresholds" must be an object such as {"behind": -5, "seriouslyBehind": -15, "stalledMonths": 2}; defaults are used.', value, line);
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const name = `thresholds.${key}`;
    if (!THRESHOLD_KEYS.includes(key)) {
      problem(name, `“thresholds”中有不认识的设置项“${key}”，已忽略。可用的有：${THRESHOLD_KEYS.join('、')}。`, `Unknown threshold "${key}"; ignored. Known: ${THRESHOLD_KEYS.join(', ')}.`, undefined, line, 'warning');
      continue;
    }
    const t = config.thresholds;
    if (key === 'directAward') {
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) t.directAward = v;
      else problem(name, '“directAward”应是不小于0的金额（单位同moneyUnit，如400表示400万元），已使用默认值400万元。', '"directAward" must be an amount of at least 0 (in moneyUnit, e.g. 400 for 400万元); the default 400万元 is used.', v, line);
    } else if (key === 'stalledMonths') {
      if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 12) t.stalledMonths = v;
      else problem(name, '“stalledMonths”应是1到12之间的整数（月数），已使用默认值2。', '"stalledMonths" must be a whole number from 1 to 12; the default 2 is used.', v, line);
    } else if (typeof v === 'number' && Number.isFinite(v) && v <= 0 && v >= -100) {
      if (key === 'behind') t.behind = v;
      else t.seriouslyBehind = v;
    } else {
      problem(name, `“${key}”应是0到-100之间的数（百分点，落后写负数），已使用默认值。`, `"${key}" must be a number between 0 and −100 (percentage points; behind is negative); the default is used.`, v, line);
    }
  }
}

/** An absolute http(s) URL without a trailing slash, or undefined. */
export function normalizeSiteUrl(value: string): string | undefined {
  const s = value.trim();
  if (!/^https?:\/\/[^\s/]+/i.test(s)) return undefined;
  try {
    const url = new URL(s);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.href.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

/**
 * A map link template: '' (no link), or an absolute http(s) URL with both {lat} and {lon}, which
 * still parses once they are filled in. Undefined when it is neither.
 */
export function normalizeMapUrl(value: string): string | undefined {
  const s = value.trim();
  if (s === '') return '';
  if (!s.includes('{lat}') || !s.includes('{lon}')) return undefined;
  return normalizeSiteUrl(s.replaceAll('{lat}', '0').replaceAll('{lon}', '0')) ? s : undefined;
}

/** '' or '/a/b' (leading slash added, trailing slash removed), or undefined when unsafe. */
export function normalizeBasePath(value: string): string | undefined {
  const s = value.trim().replace(/\/+$/, '');
  if (s === '') return '';
  const withSlash = s.startsWith('/') ? s : '/' + s;
  return /^(\/[A-Za-z0-9._~-]+)+$/.test(withSlash) && !/(^|\/)\.\.?(\/|$)/.test(withSlash) ? withSlash : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringify(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** Line of the first `"key":` in the text, for pointing at a setting. */
function lineOfKey(text: string, key: string): number | undefined {
  const i = text.indexOf(JSON.stringify(key));
  return i === -1 ? undefined : lineAt(text, i);
}

function lineAt(text: string, index: number): number {
  return (text.slice(0, index).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/**
 * V8 says either "... at position 42 (line 3 column 5)" or "Unexpected token 'x',
 * ..."a bit of the text"... is not valid JSON"; the excerpt is found in the text.
 */
function jsonErrorLine(text: string, error: unknown): number | undefined {
  const line = jsonErrorIndexLine(text, error);
  // A position at the very end (after a final line break) still belongs to the last line.
  return line === undefined ? undefined : Math.max(1, Math.min(line, countLines(text)));
}

function jsonErrorIndexLine(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return lineAt(text, Math.min(Number(position), text.length));
  const m = /Unexpected token '(.+?)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (m) {
    const excerpt = m[2] ?? '';
    const at = text.indexOf(excerpt);
    if (at !== -1) return lineAt(text, at + Math.max(0, excerpt.indexOf(m[1] ?? '')));
  }
  if (/end of JSON input/.test(message)) return lineAt(text, text.length);
  return undefined;
}
