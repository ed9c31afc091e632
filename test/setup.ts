/**
 * Property tests run the same cases on every `npm test` (CI must not pass or fail by chance):
 * fast-check's global seed is fixed unless FUZZ_SEED names another or the long fuzz run
 * (FUZZ_LONG=1) explores new ones. A failure prints its seed; FUZZ_SEED replays it.
 */
import fc from 'fast-check';

if (process.env.FUZZ_SEED) fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED) });
else if (process.env.FUZZ_LONG !== '1') fc.configureGlobal({ seed: 42 });
