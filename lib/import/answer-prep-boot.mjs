// Worker entry under tsx (the CLI's loader does not reach worker threads): register it, then load the TypeScript worker.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
