import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { filesUnder } from '@/scripts/lib/files';

export type FirstLoad = { route: string; files: number; bytes: number; gzipBytes: number };

/** '/(app)/meetings/[id]/page' → '/meetings/[id]'. */
function routeName(entry: string): string {
  const route = entry
    .replace(/\/page$/, '')
    .split('/')
    .filter((part) => part && !/^\(.*\)$/.test(part))
    .join('/');
  return `/${route}`;
}

/**
 * First-load JavaScript of every page of the production build, gzipped: the scripts every page loads
 * (build-manifest.json rootMainFiles; the polyfills are `nomodule` and skipped by current browsers)
 * and the route's own entry chunks — the client components of its layouts, page and boundaries — as
 * listed in the route's client reference manifest (.next/server/app/**\/page_client-reference-manifest.js).
 */
export function firstLoadJs(nextDir = '.next'): FirstLoad[] {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(nextDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
  };
  const gzipSizes = new Map<string, { bytes: number; gzip: number }>();
  const sizeOf = (file: string) => {
    let size = gzipSizes.get(file);
    if (!size) {
      const content = fs.readFileSync(path.join(nextDir, file));
      size = { bytes: content.length, gzip: zlib.gzipSync(content, { level: 9 }).length };
      gzipSizes.set(file, size);
    }
    return size;
  };

  const results: FirstLoad[] = [];
  for (const file of filesUnder(path.join(nextDir, 'server', 'app'))) {
    if (!file.endsWith('page_client-reference-manifest.js')) continue;
    const context = {
      globalThis: {} as { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> },
    };
    vm.runInNewContext(fs.readFileSync(file, 'utf8'), context);
    for (const [entry, manifest] of Object.entries(context.globalThis.__RSC_MANIFEST ?? {})) {
      if (!entry.endsWith('/page') || entry.startsWith('/_')) continue;
      const files = new Set(
        [...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles ?? {}).flat()].filter((f) =>
          f.endsWith('.js'),
        ),
      );
      let bytes = 0;
      let gzipBytes = 0;
      for (const f of files) {
        const size = sizeOf(f.replace(/^\/?_next\//, ''));
        bytes += size.bytes;
        gzipBytes += size.gzip;
      }
      results.push({ route: routeName(entry), files: files.size, bytes, gzipBytes });
    }
  }
  return results.sort((a, b) => a.route.localeCompare(b.route));
}
