// The transcript bench page (bench/transcript-page.ts in bench/transcript.html), built into a
// temporary folder and served cross-origin isolated: shared by bench/transcript.mjs (10,000 cues)
// and bench/transcript-scale.mjs (100,000 and 1,000,000 cues, one 10 MB cue).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { startStaticServer } from '../test/support/static-server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

/** Builds and serves the page; `close()` stops the server and removes the folder. */
export async function serveTranscriptPage(prefix) {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  await esbuild.build({
    entryPoints: [path.join(here, 'transcript-page.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2021',
    minify: true,
    outfile: path.join(dir, 'bench.js'),
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  await writeFile(path.join(dir, 'index.html'), await readFile(path.join(here, 'transcript.html')));
  const server = await startStaticServer({
    mounts: { '/': dir },
    // Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs.
    headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
  });
  return {
    origin: server.origin,
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
