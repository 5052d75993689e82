'use client';
import { type ComponentProps, useEffect, useRef } from 'react';

/**
 * A GET form of filters that applies itself when a choice changes — a select at once, a text field when
 * it is left or Enter is pressed (the DOM's change event, not React's per-keystroke onChange); its
 * submit button stays for browsers without script.
 */
export function FilterForm(props: ComponentProps<'form'>) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const apply = () => element.requestSubmit();
    element.addEventListener('change', apply);
    return () => element.removeEventListener('change', apply);
  }, []);
  return <form ref={form} {...props} />;
}
