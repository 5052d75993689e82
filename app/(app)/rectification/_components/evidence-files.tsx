type EvidenceFile = { id: number; fileName: string; mimeType: string };

/** The evidence a reviewer checks before 对账销号: photos as thumbnails, other files by name; each opens in a new tab. */
export function EvidenceFiles({ files }: { files: EvidenceFile[] }) {
  return (
    <ul aria-label="佐证材料" className="mt-2 flex flex-wrap gap-2">
      {files.map((f) => (
        <li key={f.id}>
          <a
            href={`/files/${f.id}`}
            target="_blank"
            rel="noopener"
            className="flex min-h-11 items-center gap-2 rounded-md bg-stone-50 p-1 pr-3 text-sm text-brand-700 ring-1 ring-stone-200 hover:underline"
          >
            {f.mimeType.startsWith('image/') ? (
              // biome-ignore lint/performance/noImgElement: a stored upload served by the app, not a static asset
              <img src={`/files/${f.id}`} alt="" className="size-16 rounded object-cover" loading="lazy" />
            ) : (
              <span aria-hidden className="grid size-9 place-items-center rounded bg-white text-xs text-stone-600">
                PDF
              </span>
            )}
            <span className="max-w-48 truncate">{f.fileName}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
