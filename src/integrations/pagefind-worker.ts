// Worker thread of the Pagefind integration (pagefind.ts): reads and loads the data folder
// itself, builds the search records, indexes them with its own Pagefind service and writes the
// bundle to workerData.outputPath, then reports the records' pages and Pagefind's warnings.
import { parentPort, workerData } from 'node:worker_threads';
import { readDataDir, dataDirFromEnv } from '../io/data-dir.ts';
import { loadDataset } from '../core/load-dataset.ts';
import { indexRecords, recordsOf, type WorkerResult } from './search-index.ts';

const { outputPath } = workerData as { outputPath: string };
const files = await readDataDir(dataDirFromEnv(process.env));
const { dataset } = loadDataset(files, { env: { SITE_URL: process.env.SITE_URL, BASE_PATH: process.env.BASE_PATH } });
const records = await recordsOf(dataset);
const pagefind = await import('pagefind');
try {
  const { index, warnings } = await indexRecords(pagefind, dataset, records);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  const result: WorkerResult = { segments: records.map((r) => r.segments), warnings };
  parentPort?.postMessage(result);
} finally {
  await pagefind.close();
}
