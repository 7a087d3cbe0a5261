// npm run sample: writes the fictional sample data folder (data/ by default).
// Deterministic: same options, same bytes. See scripts/sample/ for how it is made.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseCli, USAGE } from './sample/options.ts';
import { generateSample } from './sample/generate.ts';

function main(argv: string[]): number {
  let cli;
  try {
    cli = parseCli(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (cli.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const started = performance.now();
  const { files, facts } = generateSample(cli.options);

  // Folders that only hold generated files lose what this run does not write, so a
  // shorter run leaves no stale months behind. Other files in --out are left alone.
  for (const folder of ['ledger', 'bulletins']) {
    const dir = join(cli.out, folder);
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const rel = `${folder}/${name}`;
      if (/\.(csv|md)$/.test(name) && !files.has(rel)) rmSync(join(dir, name));
    }
  }
  for (const [rel, bytes] of files) {
    const path = join(cli.out, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  const l = facts.latest;
  process.stdout.write(
    `Wrote ${files.size} files to ${cli.out} in ${Math.round(performance.now() - started)} ms: ` +
      `${facts.projects} projects, ${facts.options.months} ledgers (${facts.horizon.years.join(', ')}), ${facts.regions} regions. ` +
      `Latest ${l.period}: ${(l.rate * 100).toFixed(1)}% of plan, lag ${l.lag.toFixed(1)} points.\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
