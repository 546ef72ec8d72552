/** The JSON API's error body: { error, field? }. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { accept: "application/json", ...init?.headers } });
  if (!res.ok) {
    let body: { error?: string; field?: string } = {};
    try {
      body = (await res.json()) as typeof body;
    } catch {
      // Not JSON: fall through with the status text.
    }
    throw new ApiError(body.error ?? res.statusText, res.status, body.field);
  }
  return (await res.json()) as T;
}
