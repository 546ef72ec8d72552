/** A numeric route id, or null for anything else (so pages and routes answer 404, never 500). */
export function parseRouteId(value: string): number | null {
  return /^[1-9]\d{0,9}$/.test(value) && Number(value) <= 2_147_483_647 ? Number(value) : null;
}
