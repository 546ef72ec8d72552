import { env } from "@/lib/env";

export type Role = "reader" | "editor";
export type Caller = { role: Role; name: string };

const RANK: Record<Role, number> = { reader: 0, editor: 1 };

/**
 * Who is acting. There is no sign-in yet: everyone gets ANSWERABLE_DEFAULT_ROLE.
 * When accounts arrive, this is the one function to change.
 */
export async function getCaller(): Promise<Caller> {
  return { role: env.ANSWERABLE_DEFAULT_ROLE, name: env.ANSWERABLE_DEFAULT_ROLE };
}

export function hasRole(caller: Caller, needed: Role): boolean {
  return RANK[caller.role] >= RANK[needed];
}
