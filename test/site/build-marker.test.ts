// The build's last step writes its completion marker (npm run deploy requires it): present,
// well-formed, naming the data the site was built from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BUILD_MARKER, parseMarker } from '../../src/deploy/marker.ts';
import { dataHash } from '../../src/integration/data.ts';
import { dataDirFromEnv, readDataDir } from '../../src/io/data-dir.ts';

describe('completion marker', () => {
  it('is written with the hash of the data folder', async () => {
    const marker = parseMarker(readFileSync(path.join(inject('distDir'), BUILD_MARKER), 'utf8'));
    expect(marker).toEqual({ generator: 'luoshi', data: dataHash(await readDataDir(dataDirFromEnv())) });
  });
});
