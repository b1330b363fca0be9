import compression from 'compression';
import type { RequestHandler } from 'express';

// Answers that arrive in parts (incremental delivery, server-sent events) must reach the client
// part by part; a compressor would hold them back until its buffer fills.
const STREAMED = /^\s*(multipart\/mixed|text\/event-stream)/i;

/**
 * gzip or brotli (whichever the client prefers; brotli at the library's moderate quality 4) for the
 * console's files and JSON answers of 1 kB and more. `/metrics` is compressed too when the scraper
 * asks for it, as Prometheus does; the text format is unchanged once decoded.
 */
export function compressAnswers(): RequestHandler {
  return compression({
    filter: (req, res) => !STREAMED.test(String(res.getHeader('content-type') ?? '')) && compression.filter(req, res),
  });
}
