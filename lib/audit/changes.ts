/**
 * The labels of the fields an audited change touched, in the order of `labels`; fields without a
 * label (versions, timestamps, ids) are not reported.
 */
export function changedFields(before: unknown, after: unknown, labels: Record<string, string>): string[] {
  const from = (before ?? {}) as Record<string, unknown>;
  const to = (after ?? {}) as Record<string, unknown>;
  return Object.entries(labels)
    .filter(([key]) => key in to && JSON.stringify(from[key] ?? null) !== JSON.stringify(to[key] ?? null))
    .map(([, label]) => label);
}
