import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxyHops } from '@/lib/http/client-address';

describe('clientAddress', () => {
  it('reached directly, is the connection’s address whatever X-Forwarded-For says', () => {
    expect(clientAddress({ 'x-zhibu-peer': '203.0.113.7', 'x-forwarded-for': '198.51.100.1' }, undefined)).toBe(
      '203.0.113.7',
    );
    expect(clientAddress({ 'x-zhibu-peer': '203.0.113.7', 'x-forwarded-for': '198.51.100.1' }, '0')).toBe(
      '203.0.113.7',
    );
    expect(clientAddress({ 'x-forwarded-for': '198.51.100.1' }, undefined)).toBeNull();
  });

  it('behind trusted proxies, is the address the outermost of them saw', () => {
    const headers = { 'x-zhibu-peer': '10.0.0.2', 'x-forwarded-for': '6.6.6.6, 198.51.100.1, 10.0.0.1' };
    expect(clientAddress(headers, '1')).toBe('10.0.0.1');
    expect(clientAddress(headers, '2')).toBe('198.51.100.1');
    expect(clientAddress({ 'x-forwarded-for': ['198.51.100.1', ' 203.0.113.8 '] }, '1')).toBe('203.0.113.8');
    // A header shorter than the chain of proxies was not written by them: the connection counts.
    expect(clientAddress({ 'x-zhibu-peer': '10.0.0.2', 'x-forwarded-for': '198.51.100.1' }, '2')).toBe('10.0.0.2');
  });

  it('has none when nothing names one, and keeps a forged giant header from becoming a giant key', () => {
    expect(clientAddress({}, undefined)).toBeNull();
    expect(clientAddress(undefined, '1')).toBeNull();
    expect(clientAddress({ 'x-forwarded-for': 'x'.repeat(10_000) }, '1')).toHaveLength(64);
  });

  it('reads TRUST_PROXY as a number of hops, anything else as none', () => {
    expect([undefined, '', '0', 'true', '-1', '1.5'].map(trustedProxyHops)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(trustedProxyHops('2')).toBe(2);
  });
});
