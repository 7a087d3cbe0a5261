// Every optional section, in the order of the navigation. Adding a section is one folder
// below src/sections/ and one line here (docs/architecture.md).
import indicators from './indicators/index.ts';
import tasks from './tasks/index.ts';
import campaigns from './campaigns/index.ts';
import land from './land/index.ts';
import attraction from './attraction/index.ts';
import bulletins from './bulletins/index.ts';
import briefings from './briefings/index.ts';
import tenders from './tenders/index.ts';
import lifecycle from './lifecycle/index.ts';
import disclosure from './disclosure/index.ts';
import type { Section } from './types.ts';

export const sections = [indicators, tasks, campaigns, land, attraction, bulletins, briefings, lifecycle, tenders, disclosure] as const satisfies readonly Section[];

/** The keys of every section's messages. */
export type SectionMessageKey = (typeof sections)[number] extends infer S ? (S extends Section<infer K> ? K : never) : never;
