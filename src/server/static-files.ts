/** Static files, served only from the package's `public/` folder, with ETags and cache headers. */
import express, { type RequestHandler } from 'express';
import { fileURLToPath } from 'node:url';

/** Absolute path of `public/` (the same from `src/server/` and `dist/server/`). */
export const PUBLIC_DIR: string = fileURLToPath(new URL('../../public/', import.meta.url));

/** serve-static over `public/`: no directory index, no dotfiles, ETag and `max-age`. */
export function staticFiles(maxAgeSeconds: number): RequestHandler {
  return express.static(PUBLIC_DIR, {
    index: false,
    dotfiles: 'ignore',
    etag: true,
    lastModified: true,
    maxAge: maxAgeSeconds * 1000,
    redirect: false,
    fallthrough: true,
  });
}
