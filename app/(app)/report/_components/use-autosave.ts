'use client';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/actions/result';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'conflict' | 'error';

export const saveStatusLabels: Record<SaveStatus, string> = {
  saved: '已保存',
  pending: '未保存',
  saving: '保存中',
  conflict: '冲突',
  error: '保存失败',
};

type Versioned = { version: number };

type Options<T, S extends Versioned> = {
  /** What identifies the record; saves of one record run one after another, never side by side. */
  scope: string;
  initialVersion: number;
  save: (draft: T, version: number) => Promise<ActionResult<S>>;
  /** How long typing must pause before a save. */
  delayMs?: number;
};

/**
 * Saves a draft shortly after the user stops typing, always naming the version it last saved or
 * loaded. A save refused because someone else saved first stops autosaving and hands over their
 * version (`conflict`), so nothing is written over it until the user chooses.
 */
export function useAutosave<T, S extends Versioned>({ scope, initialVersion, save, delayMs = 1000 }: Options<T, S>) {
  const version = useRef(initialVersion);
  const latest = useRef<T | null>(null);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [conflict, setConflict] = useState<S | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const mutation = useMutation({
    scope: { id: scope },
    mutationFn: async (draft: T) => {
      const result = await save(draft, version.current);
      if (!result.ok) throw result;
      return { draft, saved: result.data as S };
    },
    onSuccess: ({ draft, saved }) => {
      version.current = saved.version;
      // Typing may have gone on while this save was under way; then another save follows.
      if (latest.current === draft) {
        latest.current = null;
        setStatus('saved');
      } else setStatus('pending');
      setError(null);
    },
    onError: (failure: unknown) => {
      const result = failure as Extract<ActionResult, { ok: false }> | Error;
      if ('conflict' in result && result.conflict && result.current) {
        setConflict(result.current as S);
        setStatus('conflict');
        return;
      }
      setError('error' in result ? result.error : '网络或服务器出错，稍后将在您继续编辑时重试');
      setStatus('error');
    },
  });

  const { mutate } = mutation;
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (latest.current !== null) {
      setStatus('saving');
      mutate(latest.current);
    }
  }, [mutate]);

  /** Call on every change; the save follows once typing pauses (not while a conflict is open). */
  const change = useCallback(
    (draft: T) => {
      latest.current = draft;
      if (conflict) return;
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [conflict, delayMs, flush],
  );

  /** Ends a conflict: save `draft` over the other version, or (no draft) take theirs as the new base. */
  const resolve = useCallback(
    (draft: T | null) => {
      if (!conflict) return;
      version.current = conflict.version;
      setConflict(null);
      if (draft === null) {
        latest.current = null;
        setStatus('saved');
        return;
      }
      latest.current = draft;
      setStatus('saving');
      mutate(draft);
    },
    [conflict, mutate],
  );

  /** The server moved the record on without touching the text (level, assignee): carry on from there. */
  const rebase = useCallback((serverVersion: number) => {
    if (serverVersion > version.current && latest.current === null) version.current = serverVersion;
  }, []);

  // Leaving the page (or the section) with a save still waiting sends it now rather than dropping it.
  useEffect(
    () => () => {
      if (timer.current) flush();
    },
    [flush],
  );

  return { status, conflict, error, change, flush, resolve, rebase };
}
