/**
 * Async generators of text turned into a byte stream a Response can send. The
 * stream pulls one chunk at a time, so a slow client slows the reading instead
 * of the server buffering the whole export.
 */
export function textStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await it.next();
        if (done) controller.close();
        else if (value) controller.enqueue(encoder.encode(value));
      } catch (e) {
        controller.error(e);
      }
    },
    async cancel() {
      // The client went away: let the generator run its finally blocks.
      await it.return?.();
    },
  });
}

/**
 * Reads the first item before anything is sent, so a not-found or a bad query
 * still becomes a proper error response; then replays it ahead of the rest.
 */
export async function prime<T>(source: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  return {
    async *[Symbol.asyncIterator]() {
      if (first.done) return;
      yield first.value;
      try {
        while (true) {
          const next = await it.next();
          if (next.done) return;
          yield next.value;
        }
      } finally {
        await it.return?.();
      }
    },
  };
}

/** Reads a stream back to text, keeping a byte-order mark (for tests). */
export async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}
