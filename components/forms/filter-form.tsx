'use client';
import type { ComponentProps } from 'react';

/**
 * A GET form of filters that applies itself when a choice changes; its submit button stays for
 * keyboards and for browsers without script.
 */
export function FilterForm(props: Omit<ComponentProps<'form'>, 'onChange'>) {
  return <form {...props} onChange={(event) => event.currentTarget.requestSubmit()} />;
}
