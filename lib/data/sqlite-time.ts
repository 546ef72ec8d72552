/** Prisma stores DateTime in SQLite as "2025-12-01T00:00:00.000+00:00"; raw SQL must compare and write like with like. */
export function sqliteDateTime(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}
