/**
 * A JSON array written as it is read: "[", one object a line separated by
 * commas, "]". Valid JSON once complete, and never held whole in memory.
 */
export async function* jsonArrayChunks<R>(batches: AsyncIterable<R[]>): AsyncGenerator<string> {
  yield "[";
  let first = true;
  for await (const batch of batches) {
    if (!batch.length) continue;
    const body = batch.map((row) => JSON.stringify(row)).join(",\n");
    yield (first ? "\n" : ",\n") + body;
    first = false;
  }
  yield first ? "]\n" : "\n]\n";
}
