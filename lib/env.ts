import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:/, "DATABASE_URL must be a SQLite file: URL, e.g. file:./data/answerable.db")
    .default("file:./data/answerable.db"),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /// Until sign-in exists every visitor acts with this role (see lib/actions/caller.ts).
  ANSWERABLE_DEFAULT_ROLE: z.enum(["reader", "editor"]).default("editor"),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = load();
