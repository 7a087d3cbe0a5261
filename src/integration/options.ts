// The options an adopter passes to luoshi() in astro.config.mjs, checked with Astro's zod
// (as Starlight checks its user config): a wrong option stops `astro build` and `astro dev`
// with a sentence that says which option and what it should be.
import { z } from 'astro/zod';
import { AstroError } from 'astro/errors';

const Options = z
  .object({
    /** The data folder, relative to the project root (or absolute). site.json inside it holds the editors' settings. */
    dataDir: z.string().min(1).default('data'),
    /**
     * Render pages in worker threads (Astro's experimental.parallelPrerender). Off by default:
     * on a 2-core machine it was slower (docs/performance.md); a number sets the workers.
     */
    parallelPages: z.union([z.boolean(), z.number().int().min(1).max(64)]).default(false),
  })
  .strict();

export type LuoshiUserOptions = z.input<typeof Options>;
export type LuoshiOptions = z.output<typeof Options>;

/** The options with defaults applied, or an AstroError saying what is wrong. */
export function parseOptions(input: unknown): LuoshiOptions {
  const parsed = Options.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'luoshi()';
    return `- ${where}: ${issue.message}`;
  });
  throw new AstroError(
    `luoshi() 的选项有误 / Invalid options passed to luoshi():\n${lines.join('\n')}`,
    'Options: dataDir (a folder name, default "data"), parallelPages (true, false or a number of workers). See docs/configuration.md.',
  );
}
