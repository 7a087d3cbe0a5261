// The completion marker a successful build writes last (src/integrations/build-complete.ts)
// and `npm run deploy` requires. Pure: text in, text out.

/** At the root of dist/; served like any file (it says nothing private: a hash of public data). */
export const BUILD_MARKER = 'build-complete.json';

export interface BuildMarker {
  generator: 'luoshi';
  /** sha256 (hex) of the data folder the build was made from. */
  data: string;
}

export function markerText(marker: BuildMarker): string {
  return JSON.stringify({ generator: marker.generator, data: marker.data }) + '\n';
}

/** The marker read back, or undefined when the text is not one (absent, truncated, edited). */
export function parseMarker(text: string | undefined): BuildMarker | undefined {
  if (text === undefined) return undefined;
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json !== 'object' || json === null) return undefined;
    const { generator, data } = json as Record<string, unknown>;
    return generator === 'luoshi' && typeof data === 'string' && /^[0-9a-f]{64}$/.test(data) ? { generator, data } : undefined;
  } catch {
    return undefined;
  }
}
