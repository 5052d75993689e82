const maskedKeys = new Set(['idNumber', 'phone', 'address', 'passwordHash', 'password']);

/** Keeps enough of a private value to see that it changed, never enough to read it back. */
export function maskValue(value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return value;
  if (value.length <= 4) return '*'.repeat(value.length);
  return `${value.slice(0, 2)}${'*'.repeat(value.length - 4)}${value.slice(-2)}`;
}

export function maskPrivate(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === 'passwordHash' || key === 'password') continue;
    out[key] = maskedKeys.has(key) ? maskValue(value) : value;
  }
  return out;
}
