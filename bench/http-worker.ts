import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

// Runs autocannon in its own thread: in the main thread it would share the event loop
// with the Kelias server it is measuring and slow both down.

export interface HttpLoadOptions {
  url: string;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
}

export interface HttpLoadOutcome {
  /** Latency of every 2xx response in milliseconds, unrounded (autocannon's own histogram keeps whole ms). */
  latencies: Float64Array;
  failures: number;
  errors: number;
  seconds: number;
}

const options = workerData as HttpLoadOptions;
const latencies: number[] = [];
let failures = 0;

const instance = autocannon(
  { url: options.url, connections: options.connections, duration: options.seconds, headers: options.headers },
  (error, result) => {
    if (error) throw error;
    const outcome: HttpLoadOutcome = {
      latencies: Float64Array.from(latencies),
      failures,
      errors: result.errors + result.timeouts,
      seconds: result.duration,
    };
    parentPort!.postMessage(outcome, [outcome.latencies.buffer as ArrayBuffer]);
  },
);
instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  else failures++;
});
