import { type ReactNode, useId } from 'react';
import { cn } from '@/components/ui/cn';

const controlClass =
  'block min-h-11 w-full rounded-md border-0 bg-white px-3 py-2 text-sm sm:min-h-0 text-stone-900 ring-1 ring-stone-300 placeholder:text-stone-400 focus:ring-2 focus:ring-brand-600 focus:outline-none aria-invalid:ring-red-500';

type FieldShellProps = {
  label: string;
  error?: string[];
  hint?: string;
  required?: boolean;
  className?: string;
  children: (props: {
    id: string;
    'aria-invalid'?: boolean;
    'aria-describedby'?: string;
    className: string;
  }) => ReactNode;
};

/** A visible label, the control, and its hint or error, wired together for screen readers and tests. */
export function FieldShell({ label, error, hint, required, className, children }: FieldShellProps) {
  const id = useId();
  const noteId = `${id}-note`;
  const note = error?.length ? error.join('；') : hint;
  return (
    <div className={cn('space-y-1', className)}>
      <div className="flex items-baseline gap-0.5">
        <label htmlFor={id} className="text-sm font-medium text-stone-700">
          {label}
        </label>
        {/* Outside the label so the field's accessible name stays exactly its label. */}
        {required && (
          <span className="text-sm text-brand-700" aria-hidden="true">
            *
          </span>
        )}
      </div>
      {children({
        id,
        'aria-invalid': error?.length ? true : undefined,
        'aria-describedby': note ? noteId : undefined,
        className: controlClass,
      })}
      {note && (
        <p id={noteId} className={cn('text-xs', error?.length ? 'text-red-700' : 'text-stone-500')}>
          {note}
        </p>
      )}
    </div>
  );
}

type InputFieldProps = Omit<React.ComponentProps<'input'>, 'className' | 'id' | 'children'> & {
  label: string;
  error?: string[];
  hint?: string;
  className?: string;
};

export function InputField({ label, error, hint, className, required, ...input }: InputFieldProps) {
  return (
    <FieldShell label={label} error={error} hint={hint} required={required} className={className}>
      {(control) => <input {...control} required={required} {...input} />}
    </FieldShell>
  );
}

type SelectFieldProps = Omit<React.ComponentProps<'select'>, 'className' | 'id'> & {
  label: string;
  error?: string[];
  hint?: string;
  className?: string;
  options: readonly { value: string | number; label: string }[];
  placeholder?: string;
};

export function SelectField({
  label,
  error,
  hint,
  className,
  required,
  options,
  placeholder,
  ...select
}: SelectFieldProps) {
  return (
    <FieldShell label={label} error={error} hint={hint} required={required} className={className}>
      {(control) => (
        <select {...control} required={required} {...select}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

type TextAreaFieldProps = Omit<React.ComponentProps<'textarea'>, 'className' | 'id' | 'defaultValue'> & {
  label: string;
  error?: string[];
  hint?: string;
  className?: string;
  defaultValue?: string | null;
};

export function TextAreaField({
  label,
  error,
  hint,
  className,
  required,
  defaultValue,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <FieldShell label={label} error={error} hint={hint} required={required} className={className}>
      {(control) => <textarea {...control} required={required} defaultValue={defaultValue ?? ''} {...textarea} />}
    </FieldShell>
  );
}
