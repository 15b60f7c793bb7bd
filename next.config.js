/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets two test runs on one machine build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-only packages that must not be bundled (native pg driver, Prisma runtime).
  // Imported files may be up to 5 MB (lib/domain/import); the default is 1 MB.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
