export const allowedUploadTypes = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type UploadType = (typeof allowedUploadTypes)[number];

const signatures: { type: UploadType; bytes: number[] }[] = [
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
];

/** The file's real type from its first bytes; the name and the browser's claim are not trusted. */
export function detectUploadType(head: Uint8Array): UploadType | null {
  const match = signatures.find((s) => s.bytes.every((byte, i) => head[i] === byte));
  return match?.type ?? null;
}

export const uploadExtensions: Record<UploadType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};
