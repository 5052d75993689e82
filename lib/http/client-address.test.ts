import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('clientAddress', () => {
  it('takes the address the nearest proxy appended', () => {
    expect(clientAddress({ 'x-forwarded-for': '198.51.100.1, 203.0.113.7' })).toBe('203.0.113.7');
    expect(clientAddress({ 'x-forwarded-for': ['198.51.100.1', ' 203.0.113.8 '] })).toBe('203.0.113.8');
    expect(clientAddress({ 'x-forwarded-for': '::1' })).toBe('::1');
  });

  it('has none when the header is missing or empty', () => {
    expect(clientAddress({})).toBeNull();
    expect(clientAddress(undefined)).toBeNull();
    expect(clientAddress({ 'x-forwarded-for': ' ' })).toBeNull();
  });

  it('keeps a forged giant header from becoming a giant key', () => {
    expect(clientAddress({ 'x-forwarded-for': 'x'.repeat(10_000) })).toHaveLength(64);
  });
});
