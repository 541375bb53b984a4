import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../local/system';

/** One chunk of the Vite build manifest (web/dist/.vite/manifest.json, `build.manifest`). */
type ManifestChunk = {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
};

/** The pages web/src/app/staff-pages.ts loads on demand (the staff area and the other public pages), as manifest keys. */
export const onDemandPages = (): string[] => {
  const source = readFileSync(join(REPO_ROOT, 'web', 'src', 'app', 'staff-pages.ts'), 'utf8');
  return [...source.matchAll(/import\('\.\.\/(pages\/[\w/-]+)'\)/g)].map((m) => `src/${m[1]}.tsx`);
};

/**
 * From the build manifest: the chunk of each on-demand page, and what `/formular` may load, the app's
 * entry and every chunk it reaches by static or dynamic import without passing an on-demand page
 * (the form's own chunk, the API client, shared chunks).
 */
export const formularChunks = () => {
  const manifest = JSON.parse(
    readFileSync(join(REPO_ROOT, 'web', 'dist', '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const pages = onDemandPages();
  const allowed = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || pages.includes(key) || allowed.has(`/${chunk.file}`)) return;
    allowed.add(`/${chunk.file}`);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  const entries = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
  for (const entry of entries) visit(entry);
  return {
    entries,
    /** Each on-demand page with its chunk; undefined if the build has no chunk of its own for it. */
    pageChunks: pages.map((page) => ({
      page,
      file: manifest[page]?.isDynamicEntry ? `/${manifest[page].file}` : undefined,
    })),
    allowed,
  };
};
