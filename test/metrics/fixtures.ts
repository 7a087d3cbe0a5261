// In-memory builders for metric tests: only the fields a test cares about need to be given.

import type { LedgerMonth, LedgerRow, Project, SiteConfig } from '../../src/core/types.ts';
import type { LedgerInput } from '../../src/core/metrics/projects.ts';
import { config } from '../helpers/site-config.ts';

export { config };

export function project(id: string, over: Partial<Project> = {}): Project {
  return { id, name: `项目${id}`, ...over };
}

let line = 2;
export function row(projectId: string, over: Partial<Omit<LedgerRow, 'projectId'>> = {}): LedgerRow {
  return { projectId, line: line++, ...over };
}

export function ledger(period: string, rows: LedgerRow[]): LedgerMonth {
  return { period, file: `ledger/${period}.csv`, rows };
}

export function input(projects: Project[], ledgers: LedgerMonth[], over: Partial<SiteConfig> = {}): LedgerInput {
  return { config: config(over), projects, ledgers };
}
