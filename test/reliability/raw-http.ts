/**
 * Raw HTTP over a TCP socket to 127.0.0.1, for requests no HTTP client will send (raw bytes
 * 0xff or NUL on the request line, conflicting lengths): returns the status line's code, or null
 * when the server closed without answering.
 */
import net from 'node:net';

/** Writes `bytes` to 127.0.0.1:`port`, reads until the server closes (bounded by `timeoutMs`), returns the status. */
export function rawStatus(port: number, bytes: Buffer, timeoutMs: number): Promise<{ status: number | null; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new Error(`raw request: no end within ${timeoutMs} ms; got ${JSON.stringify(text.slice(0, 200))}`));
    });
    socket.on('data', (chunk: Buffer) => {
      if (text.length < 100_000) text += chunk.toString('latin1');
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: match === null ? null : Number(match[1]), text });
    });
    socket.end(bytes);
  });
}

/** A request line and headers (`Connection: close` added) as bytes; `target` may hold any bytes. */
export function rawGet(target: Buffer | string, headers: string[] = ['Host: 127.0.0.1']): Buffer {
  return Buffer.concat([
    Buffer.from('GET ', 'latin1'),
    typeof target === 'string' ? Buffer.from(target, 'latin1') : target,
    Buffer.from(` HTTP/1.1\r\n${[...headers, 'Connection: close'].join('\r\n')}\r\n\r\n`, 'latin1'),
  ]);
}
