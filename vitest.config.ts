import path from "node:path";
import os from "node:os";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
// A fresh SQLite file for every integration run; test/integration-setup.ts migrates it.
const integrationDb = path.join(os.tmpdir(), `answerable-int-${process.pid}-${Date.now()}.db`);

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // next's "server-only" marker throws outside a React Server bundle.
      "server-only": path.join(root, "test/empty-module.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "bench/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", "e2e/**"],
          env: { DATABASE_URL: `file:${integrationDb}`, NODE_ENV: "test" },
          globalSetup: ["test/integration-setup.ts"],
          fileParallelism: false,
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
