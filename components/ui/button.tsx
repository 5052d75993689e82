import Link from 'next/link';
import type { ComponentProps } from 'react';
import { cn } from '@/components/ui/cn';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';

const variants: Record<Variant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 disabled:bg-brand-700/60',
  secondary: 'bg-white text-stone-800 ring-1 ring-stone-300 hover:bg-stone-50',
  danger: 'bg-white text-red-700 ring-1 ring-red-300 hover:bg-red-50',
  ghost: 'text-stone-700 hover:bg-stone-200/60',
};

export function buttonClass(variant: Variant = 'primary', size: 'md' | 'sm' = 'md') {
  return cn(
    'inline-flex items-center justify-center gap-1.5 rounded-md font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed',
    // A 44 px touch target on a phone; the denser sizes from the small breakpoint up.
    size === 'md' ? 'h-11 px-4 text-sm sm:h-10' : 'h-11 px-3 text-sm sm:h-8',
    variants[variant],
  );
}

export function Button({
  variant = 'primary',
  size = 'md',
  className,
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: Variant; size?: 'md' | 'sm' }) {
  return <button type={type} className={cn(buttonClass(variant, size), className)} {...props} />;
}

export function ButtonLink({
  variant = 'primary',
  size = 'md',
  className,
  ...props
}: ComponentProps<typeof Link> & { variant?: Variant; size?: 'md' | 'sm' }) {
  return <Link className={cn(buttonClass(variant, size), className)} {...props} />;
}
