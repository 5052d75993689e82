/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3'],
  experimental: {
    authInterrupts: true,
    // Attachments (photos, scans) are up to 10 MB; the form adds a little around the file.
    serverActions: { bodySizeLimit: '11mb' },
  },
};

export default nextConfig;
