import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type Inspection = { mime: string; text: string | null; pageCount: number | null; thumbnail: string | null } | { refused: string };

/** The inspector script: next to the bundle in a build, in the library's sources otherwise (tests, serve). */
function scriptPath(): string {
  const candidates = [join(__dirname, 'inspect-document.mjs'), join(__dirname, '../inspector/inspect-document.mjs')];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('inspect-document.mjs is missing from the build');
  return found;
}

/**
 * Runs the inspector in a child process with a time and memory limit: sniffing, text extraction
 * and thumbnails of untrusted files never run inside the API process.
 */
export function inspectDocument(file: string, originalName: string, thumbnailPath: string, timeoutMs = 30_000): Promise<Inspection> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=256', scriptPath(), file, originalName, thumbnailPath], { stdio: ['ignore', 'pipe', 'ignore'], cwd: process.cwd() });
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      if (out.length < 4_000_000) out += chunk.toString('utf8');
    });
    child.on('close', () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as Inspection);
      } catch {
        resolve({ refused: 'unreadable' });
      }
    });
    child.on('error', () => {
      clearTimeout(timer);
      resolve({ refused: 'unreadable' });
    });
  });
}
