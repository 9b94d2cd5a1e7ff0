import { setFlagsFromString } from 'node:v8'

/**
 * Keeps V8's young generation at the size it starts with (1 MB a semi-space on 64 bits) instead of
 * letting it double up to 16 MB, for a run that parses its files (no cache to read). What parsing
 * allocates mostly dies young (texts, trees, tokens), so a small nursery costs no time and holds fewer
 * pages: Django cold peak RSS 162–167 → 128–136 MB at the same CPU time (one thread, load 5–6,
 * 2026-12-02). Larger trees pay some CPU for it (two threads, load 8–10, a few runs each): synthetic
 * 30k cold 408–415 → 343–378 MB for 0–3 % more CPU, 100k cold 999–1,040 → 937–1,006 MB for 4–13 %
 * more. A run that reads a cache is left as V8 has it: decoding allocates what lives to the end
 * (each file's facts), which a small nursery copies over many more scavenges (Django warm: 86 of them
 * against 13, 66–79 ms of pauses against 35–47). Set at run time, before the run allocates: node's
 * `--max-semi-space-size` can only be given on its command line, which `node dist/cli.js` leaves to the
 * user; the growth factor is read each time the young generation would grow, threads included.
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1')
}
