// npm run validate — checks the data folder and prints a report in Chinese and
// English. Exit code 1 when there is any error, so `npm run build` stops before a
// bad file can reach the public site.
//
//   node scripts/validate.ts           full report
//   node scripts/validate.ts --quiet   report only when there is something to say, else one OK line
//   node scripts/validate.ts --json    the diagnostics as a JSON array
//   node scripts/validate.ts --format github
//                                      one GitHub workflow command per diagnostic (annotations on
//                                      the pull request's lines), and a Chinese job summary
//                                      appended to $GITHUB_STEP_SUMMARY when that is set
//
// DATA_DIR (default 'data'), SITE_URL and BASE_PATH are read from the environment.

import { appendFileSync } from 'node:fs';
import { loadDataset } from '../src/core/load-dataset.ts';
import { formatReport, summaryLine } from '../src/core/report.ts';
import { formatGithubAnnotations, formatGithubSummary } from '../src/core/report-github.ts';
import { configEnv, dataDirFromEnv, readDataDir } from '../src/io/data-dir.ts';

const argv = process.argv.slice(2);
const args = new Set(argv);
const formatAt = argv.indexOf('--format');
const format = formatAt === -1 ? argv.find((a) => a.startsWith('--format='))?.slice('--format='.length) : argv[formatAt + 1];
if (format !== undefined && format !== 'github' && format !== 'text') {
  process.stderr.write(`不认识的报告格式“${format}”，可用：text、github。\nUnknown report format "${format}"; use text or github.\n`);
  process.exit(2);
}
const dir = dataDirFromEnv();

let files;
try {
  files = await readDataDir(dir);
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`找不到或无法读取数据文件夹“${dir}”。请检查DATA_DIR设置。\nCannot read the data folder "${dir}" (${reason}). Check DATA_DIR.\n`);
  process.exit(1);
}

const { diagnostics } = loadDataset(files, { env: configEnv() });
const hasErrors = diagnostics.some((d) => d.severity === 'error');

if (format === 'github') {
  process.stdout.write(formatGithubAnnotations(diagnostics, { dataDir: dir }));
  process.stdout.write(summaryLine(diagnostics) + '\n');
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) appendFileSync(summary, formatGithubSummary(diagnostics, { dataDir: dir }));
} else if (args.has('--json')) {
  process.stdout.write(JSON.stringify(diagnostics, null, 2) + '\n');
} else if (args.has('--quiet') && diagnostics.length === 0) {
  process.stdout.write(`${dir}: ${summaryLine(diagnostics)}\n`);
} else {
  process.stdout.write(formatReport(diagnostics, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }));
}
process.exitCode = hasErrors ? 1 : 0;
