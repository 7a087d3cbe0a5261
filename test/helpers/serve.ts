export * from '../../scripts/lib/serve.ts';
