// Worker thread of the Pagefind integration (pagefind.ts): plain JavaScript, so that it runs
// from an installed package too (Node does not strip types below node_modules). It is handed
// the search records ready to add (workerData: the project and bulletin records, every one of
// which gets a page, and the others: programs, units, townships, a page only where the data
// month has projects). It adds the first at once to its own Pagefind service, says so, waits
// for the build to say which of the others have pages, adds those, writes the bundle to
// workerData.outputPath and reports Pagefind's warnings.
import { parentPort, workerData } from 'node:worker_threads';

const port = parentPort;
if (!port) throw new Error('pagefind-worker.mjs runs as a worker thread');
/** @type {{ outputPath: string, certain: object[], rest: object[] }} */
const { outputPath, certain, rest } = workerData;

/** @param {import('pagefind').PagefindIndex} index @param {any[]} records */
async function add(index, records) {
  const added = await Promise.all(records.map((r) => index.addCustomRecord(r)));
  return added.flatMap((a, i) => (a.errors.length ? [`${records[i].url}: ${a.errors.join('; ')}`] : []));
}

const finish = new Promise((resolve) => port.once('message', resolve));
const pagefind = await import('pagefind');
try {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const warnings = await add(index, certain);
  port.postMessage({ type: 'ready' });
  const message = /** @type {{ type: 'finish', keep: number[] } | { type: 'stop' }} */ (await finish);
  if (message.type === 'finish') {
    warnings.push(...(await add(index, message.keep.map((i) => rest[i]))));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    port.postMessage({ type: 'done', warnings, count: certain.length + message.keep.length });
  }
} finally {
  await pagefind.close();
}
