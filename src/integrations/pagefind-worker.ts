// Worker thread of the Pagefind integration (pagefind.ts). Reads the files the search records
// come from, builds the records and sends the project and bulletin records (every one of
// them gets a page) to its own Pagefind service at once. It then reports the other records
// (programs, units, townships: a page only where the data month has projects) and waits for
// the build to say which of those pages exist; it indexes those, writes the bundle to
// workerData.outputPath and reports Pagefind's warnings.
import { parentPort, workerData } from 'node:worker_threads';
import { loadDataFolder } from '../io/data-dir.ts';
import { collectAllGarbage } from './memory.ts';
import { addRecords, createSearchIndex, recordsOf, type WorkerMessage, type MainMessage } from './search-index.ts';

const port = parentPort;
if (!port) throw new Error('pagefind-worker.ts runs as a worker thread');
const { outputPath } = workerData as { outputPath: string };

// Records come from projects, programs, units and bulletins (with the settings and any schema
// overrides): the monthly ledgers and the other tables, nine tenths of the bytes, are not read
// here. What loadDataset reports about the files left out does not matter: the pages' own
// load of the whole folder is what validates.
// The three tables in any form the loader reads (projects.xlsx, units.txt …).
const NEEDED = /^(site\.json|datapackage\.json|(projects|programs|units)\.(csv|tsv|txt|xlsx)|bulletins\/.*)$/;
const { dataset } = await loadDataFolder((path) => NEEDED.test(path));
const records = await recordsOf(dataset);
const certain = records.filter((r) => r.kind === 'project' || r.kind === 'bulletin');
const rest = records.filter((r) => r.kind !== 'project' && r.kind !== 'bulletin');

const finish = new Promise<MainMessage>((resolve) => port.once('message', resolve));
const pagefind = await import('pagefind');
try {
  const index = await createSearchIndex(pagefind);
  const warnings = await addRecords(index, dataset, certain);
  const ready: WorkerMessage = { type: 'ready', certain: certain.map((r) => r.segments), rest: rest.map((r) => r.segments) };
  port.postMessage(ready);
  // Reading and parsing left this thread's heap at about 100 MB, a third of it in use, for the rest of the build.
  collectAllGarbage();
  const message = await finish;
  if (message.type === 'finish') {
    warnings.push(...(await addRecords(index, dataset, message.keep.map((i) => rest[i]!))));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const done: WorkerMessage = { type: 'done', warnings, count: certain.length + message.keep.length };
    port.postMessage(done);
  }
} finally {
  await pagefind.close();
}
