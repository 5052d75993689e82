import { describe, expect, it } from 'vitest';
import { detectUploadType } from '@/lib/attachments/file-type';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('upload type from bytes', () => {
  it('recognises jpg, png and pdf', () => {
    expect(detectUploadType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(detectUploadType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(detectUploadType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses anything else, whatever its name says', () => {
    expect(detectUploadType(new TextEncoder().encode('<html><script>'))).toBeNull();
    expect(detectUploadType(bytes(0x4d, 0x5a))).toBeNull();
    expect(detectUploadType(bytes())).toBeNull();
    expect(detectUploadType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
  });
});
