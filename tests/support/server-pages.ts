/**
 * Runs the app's pages as the server would, without a browser or a bundler: a page's server components
 * are called with their props and awaited, all the way down, so every query they make runs. Client
 * components (modules marked `'use client'`) are replaced by empty stand-ins: they only receive what
 * the server already loaded, but elements handed to them as children or props are still run.
 *
 * Call `stubClientComponents()` at the top level of a test file, after the database is chosen and
 * before the pages are imported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { appSourceFiles, exportedNames, isClientModule } from '@/tests/support/source-files';

const clientStandIn = Symbol('client component stand-in');

export function stubClientComponents() {
  for (const file of appSourceFiles(['app', 'components', 'lib'])) {
    const text = fs.readFileSync(file, 'utf8');
    if (!isClientModule(file, text)) continue;
    const names = exportedNames(file, text);
    vi.doMock(path.resolve(file), () =>
      Object.fromEntries(names.map((name) => [name, Object.assign(() => null, { [clientStandIn]: true })])),
    );
  }
}

/** The library's own client components, which only React may call. */
async function libraryClientComponents(): Promise<Set<unknown>> {
  const modules = await Promise.all([import('next/link'), import('next/image'), import('next/script')]);
  return new Set(modules.flatMap((module) => Object.values(module)));
}

type Element = { $$typeof: symbol; type: unknown; props: Record<string, unknown> | null };
const elementTypes = new Set([Symbol.for('react.transitional.element'), Symbol.for('react.element')]);
const isElement = (node: object): node is Element =>
  elementTypes.has((node as { $$typeof?: symbol }).$$typeof as symbol);

/** Whether an error is Next's way of ending a render early (redirect, notFound, forbidden). */
export const isNavigationStop = (error: unknown) =>
  typeof (error as { digest?: unknown })?.digest === 'string' &&
  /^NEXT_(REDIRECT|HTTP_ERROR_FALLBACK)/.test((error as { digest: string }).digest);

/** Runs every server component in the tree. */
export async function renderServerTree(node: unknown): Promise<void> {
  const library = await libraryClientComponents();
  const visit = async (current: unknown): Promise<void> => {
    if (current === null || typeof current !== 'object') return;
    if (current instanceof Promise) return visit(await current);
    if (Array.isArray(current)) {
      for (const child of current) await visit(child);
      return;
    }
    if (!isElement(current)) return;
    const { type, props } = current;
    if (typeof type === 'function' && !(clientStandIn in type) && !library.has(type)) {
      return visit(await (type as (props: unknown) => unknown)(props ?? {}));
    }
    for (const value of Object.values(props ?? {})) await visit(value);
  };
  await visit(node);
}
