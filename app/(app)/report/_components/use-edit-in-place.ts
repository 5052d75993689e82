'use client';
import { useEffect, useRef, useState } from 'react';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';

/**
 * A part of the document the secretary opens to rewrite: the form closes once a save went through, and
 * an older result does not close it when it is opened again.
 */
export function useEditInPlace(action: FormAction) {
  const [editing, setEditing] = useState(false);
  const form = useActionForm(action);
  const handled = useRef(form.state);
  useEffect(() => {
    if (form.state !== handled.current && form.state?.ok) setEditing(false);
    handled.current = form.state;
  }, [form.state]);
  return { ...form, editing, setEditing };
}
