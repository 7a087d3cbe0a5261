// npm run validate — checks the data folder and prints a report in Chinese and
// English. Exit code 1 when there is any error, so `npm run build` stops before a
// bad file can reach the public site.
//
//   node scripts/validate.ts           full report
//   node scripts/validate.ts --quiet   report only when there is something to say, else one OK line
//   node scripts/validate.ts --json    the diagnostics as a JSON array
//
// DATA_DIR (default 'data'), SITE_URL and BASE_PATH are read from the environment.

import { loadDataset } from '../src/core/load-dataset.ts';
import { formatReport, summaryLine } from '../src/core/report.ts';
import { configEnv, dataDirFromEnv, readDataDir } from '../src/io/data-dir.ts';

const args = new Set(process.argv.slice(2));
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

if (args.has('--json')) {
  process.stdout.write(JSON.stringify(diagnostics, null, 2) + '\n');
} else if (args.has('--quiet') && diagnostics.length === 0) {
  process.stdout.write(`${dir}: ${summaryLine(diagnostics)}\n`);
} else {
  process.stdout.write(formatReport(diagnostics, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }));
}
process.exitCode = hasErrors ? 1 : 0;
