// What a bench page downloads, through CDP: shared by bench/run.mjs and bench/peers.mjs.
import { gzipSync } from 'node:zlib';

/** Bytes of `buf` gzipped at level 9: the bench's size figure, whatever a server sends. */
export const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/**
 * Every response of the page, tagged with the phase it finished in (`net.phase`). JS and CSS
 * bodies are fetched through CDP and gzipped here at level 9 (the figure), whatever the server
 * sent; `wire` is what Chromium counted on the network. Failures go to `errors`.
 */
export async function recordNetwork(cdp, errors) {
  const net = { phase: 'load', list: [], pending: [] };
  const meta = new Map();
  await cdp.send('Network.enable', { maxResourceBufferSize: 20e6, maxTotalBufferSize: 100e6 });
  cdp.on('Network.responseReceived', (e) => meta.set(e.requestId, { url: e.response.url, type: e.type, status: e.response.status, phase: net.phase }));
  cdp.on('Network.loadingFinished', (e) => {
    const m = meta.get(e.requestId);
    if (!m) return;
    const entry = { ...m, path: new URL(m.url).pathname, wire: e.encodedDataLength, phase: net.phase };
    net.list.push(entry);
    if (m.type === 'Script' || m.type === 'Stylesheet') {
      net.pending.push(
        cdp
          .send('Network.getResponseBody', { requestId: e.requestId })
          .then((b) => {
            const body = Buffer.from(b.body, b.base64Encoded ? 'base64' : 'utf8');
            entry.raw = body.length;
            entry.gzip = gz(body);
          })
          .catch((err) => errors.push(`body of ${m.url}: ${err.message}`)),
      );
    }
  });
  net.settle = () => Promise.all(net.pending);
  /** JS + CSS gzip bytes (and the list) of one phase. */
  net.code = (phase) => {
    const files = net.list.filter((r) => r.phase === phase && (r.type === 'Script' || r.type === 'Stylesheet'));
    return { gzip: files.reduce((n, r) => n + (r.gzip ?? 0), 0), raw: files.reduce((n, r) => n + (r.raw ?? 0), 0), files: files.map((r) => ({ path: r.path, gzip: r.gzip, raw: r.raw })) };
  };
  net.other = (phase) => net.list.filter((r) => r.phase === phase && r.type !== 'Script' && r.type !== 'Stylesheet' && r.type !== 'Document').reduce((n, r) => n + r.wire, 0);
  return net;
}
