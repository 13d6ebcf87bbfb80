import { z } from 'zod';

// Zod ships a Vietnamese locale: its messages are what the user reads when an input is refused.
z.config(z.locales.vi());

/** One readable Vietnamese sentence for every issue in a failed validation. */
export function describeValidationError(error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const where = issue.path.length > 0 ? `“${issue.path.join('.')}”: ` : '';
    // The sentence ends once, at the end: an issue's own full stop would double it.
    return `${where}${issue.message.replace(/\.+$/, '')}`;
  });
  const more = error.issues.length > 5 ? ` (và ${error.issues.length - 5} lỗi khác)` : '';
  return `Dữ liệu không hợp lệ — ${parts.join('; ')}${more}.`;
}
