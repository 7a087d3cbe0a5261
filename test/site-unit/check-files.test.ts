// The /check/ page's picked files → a data folder as the loader expects it.
import { describe, expect, it } from 'vitest';
import { dataFolder } from '../../src/check/files.ts';

const f = (...paths: string[]) => paths.map((path) => ({ path, bytes: new Uint8Array([path.length]) }));
const names = (...paths: string[]) => [...dataFolder(f(...paths)).keys()];

describe('dataFolder', () => {
  it('a whole data folder: paths relative to it, sorted, dotfiles left out', () => {
    expect(names('data/site.json', 'data/projects.csv', 'data/ledger/2026-10.csv', 'data/bulletins/2026-10-05.md', 'data/.git/HEAD', 'data/.DS_Store')).toEqual([
      'bulletins/2026-10-05.md',
      'ledger/2026-10.csv',
      'projects.csv',
      'site.json',
    ]);
  });

  it('a folder above the data folder: relative to the folder holding projects.csv', () => {
    expect(names('repo/data/projects.csv', 'repo/data/ledger/2026-09.csv', 'repo/data/units.csv')).toEqual(['ledger/2026-09.csv', 'projects.csv', 'units.csv']);
  });

  it('a file named like 2026-10.csv is a month\'s ledger wherever it sits', () => {
    expect(names('2026-10.csv', 'projects.csv')).toEqual(['ledger/2026-10.csv', 'projects.csv']);
    expect(names('data/projects.csv', 'data/archive/2025-12.csv', 'Downloads/2026-01.csv')).toEqual(['ledger/2025-12.csv', 'ledger/2026-01.csv', 'projects.csv']);
    // Misnamed ledgers stay where they are, so the loader can say what is wrong with the name.
    expect(names('data/projects.csv', 'data/ledger/2026-9.csv')).toEqual(['ledger/2026-9.csv', 'projects.csv']);
  });

  it('workbooks and tab-separated exports are tables like CSV files', () => {
    expect(names('2026-10.xlsx', 'Desktop/2026-09.txt', 'projects.xlsx')).toEqual(['ledger/2026-09.txt', 'ledger/2026-10.xlsx', 'projects.xlsx']);
    expect(names('repo/data/projects.xlsx', 'repo/data/units.tsv')).toEqual(['projects.xlsx', 'units.tsv']);
  });

  it('single files: Markdown is a bulletin, the rest sits at the top; a ledger folder alone', () => {
    expect(names('2026-10-05.md', 'tasks.csv')).toEqual(['bulletins/2026-10-05.md', 'tasks.csv']);
    expect(names('ledger/2026-09.csv', 'ledger/2026-10.csv')).toEqual(['ledger/2026-09.csv', 'ledger/2026-10.csv']);
    expect(names('county/tasks.csv', 'county/units.csv')).toEqual(['tasks.csv', 'units.csv']);
  });

  it('backslashes (a Windows path) read as folders', () => {
    expect(names('data\\projects.csv', 'data\\ledger\\2026-10.csv')).toEqual(['ledger/2026-10.csv', 'projects.csv']);
  });
});
