// The domain model's metrics: pure functions from loaded data to the numbers pages show.
export * from './calendar.ts';
export * from './progress.ts';
export * from './ledgers.ts';
export * from './status.ts';
export * from './projects.ts';
export * from './series.ts';
export * from './aggregate.ts';
export * from './ranking.ts';
export * from './group-order.ts';
export * from './history.ts';
export * from './indicators.ts';
export * from './tasks.ts';
export * from './campaigns.ts';
export * from './land.ts';
export * from './attraction.ts';
export * from './lookup.ts';
