import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native module: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  // Lets several dev servers work on one checkout side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  experimental: {
    // The import page posts whole API files (tens of MB) when JavaScript is off.
    serverActions: { bodySizeLimit: "100mb" },
  },
  typedRoutes: false,
};

export default nextConfig;
