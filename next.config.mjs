/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3'],
  experimental: {
    authInterrupts: true,
  },
};

export default nextConfig;
