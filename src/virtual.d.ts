// The integration's virtual modules (src/integration/virtual-modules.ts), for the pages.
declare module 'virtual:luoshi/config' {
  const config: import('./integration/virtual-modules.ts').PageConfig;
  export default config;
}
declare module 'virtual:luoshi/data' {
  const data: import('./core/types.ts').LoadResult;
  export default data;
}
