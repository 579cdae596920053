import { type ComputeJob, type JobOutcome, runEncoded, warmUp } from './compute-jobs.js';

// A compute thread (src/server/compute-pool.ts). Loading this module warms the engine up, so the pool counts
// a thread as ready only once its first real job will run at full speed.
warmUp();

/** One job in, its outcome out (errors as data: a structured clone would lose their class). */
export default function computeJob(job: ComputeJob): JobOutcome {
  return runEncoded(job);
}
