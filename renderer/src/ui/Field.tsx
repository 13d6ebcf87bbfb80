/** A labelled form field with its hint and its Vietnamese error message. */
import type { ReactNode } from 'react';

export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string | undefined;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <label className="form-field" data-invalid={error ? 'true' : undefined}>
      <span>{label}</span>
      {children}
      {hint && <p className="form-hint">{hint}</p>}
      {error && <p className="form-field-error">{error}</p>}
    </label>
  );
}
