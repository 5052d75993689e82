import { describe, expect, it } from 'vitest';
import { strictTransportSecurity } from '@/lib/http/security-headers';

describe('strictTransportSecurity', () => {
  it('is sent for a site on https, never for one on plain http or without an address', () => {
    expect(strictTransportSecurity('https://zhibu.example.cn')).toBe('max-age=31536000; includeSubDomains');
    expect(strictTransportSecurity('HTTPS://zhibu.example.cn/')).toMatch(/^max-age=\d+/);
    expect(strictTransportSecurity('http://192.168.1.10:3000')).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});
