/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Every response; the Content-Security-Policy, which needs a nonce per request, is set in proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
        ],
      },
    ];
  },
  serverExternalPackages: ['better-sqlite3'],
  // `npm test` checks the types first (`npm run typecheck`, the whole project with the tests); the build
  // does not check them a second time.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    authInterrupts: true,
    // Attachments (photos, scans) are up to 10 MB; the form adds a little around the file.
    serverActions: { bodySizeLimit: '11mb' },
    // proxy.ts sees every request, and Next buffers its body for it up to this size: above the actions'
    // own limit, so an action never receives a body cut short (which answered with an error page).
    proxyClientMaxBodySize: '12mb',
  },
};

export default nextConfig;
