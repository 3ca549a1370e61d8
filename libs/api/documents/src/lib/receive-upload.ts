import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { Request } from 'express';
import { UploadError, badUpload, diskFull, tooLarge } from './upload-errors';

export interface ReceivedFile {
  tempPath: string;
  originalName: string;
  sizeBytes: number;
  sha256: string;
}

export interface ReceivedUpload {
  fields: Record<string, string>;
  file: ReceivedFile;
}

/**
 * The name a browser sent, made safe to show and to offer as a download name: folders (any
 * `/` or `\`) are dropped, a NUL or other control character refuses the upload.
 */
export function cleanFileName(raw: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw)) throw badUpload('file.name', 'must not contain control characters');
  const name = basename(raw.replace(/\\/g, '/')).normalize('NFC').trim().replace(/^\.+/, '');
  if (!name) throw badUpload('file.name', 'must be a file name');
  return name.slice(0, 200);
}

/**
 * Streams a multipart/form-data request: its text fields, and one `file` part written to a
 * temporary file while its size is counted and its SHA-256 computed. Past `maxBytes` the upload is
 * aborted (413); a client that goes away, a broken body or a full disk (507) leave no file behind.
 */
export async function receiveUpload(req: Request, options: { tempDir: string; maxBytes: number }): Promise<ReceivedUpload> {
  if (!/^multipart\/form-data;\s*boundary=/i.test(req.headers['content-type'] ?? '')) throw badUpload('body', 'must be multipart/form-data with a file part named "file"');
  await mkdir(options.tempDir, { recursive: true });
  const fields: Record<string, string> = {};
  let file: Promise<ReceivedFile> | null = null;
  let tempPath: string | null = null;
  const cleanup = async () => {
    if (tempPath) await rm(tempPath, { force: true }).catch(() => undefined);
  };

  try {
    await new Promise<void>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({ headers: req.headers, limits: { fileSize: options.maxBytes, files: 1, fields: 20, fieldSize: 100_000, parts: 22 } });
      } catch {
        reject(badUpload('body', 'must be multipart/form-data with a file part named "file"'));
        return;
      }
      const fail = (error: unknown) => {
        req.unpipe(parser);
        req.resume();
        reject(error);
      };
      parser.on('field', (name, value) => {
        fields[name] = value;
      });
      parser.on('file', (name, stream, info) => {
        if (name !== 'file' || file) {
          stream.resume();
          fail(badUpload(name === 'file' ? 'file' : `body.${name}`, name === 'file' ? 'send one file at a time' : 'is not expected: the file part is named "file"'));
          return;
        }
        let originalName: string;
        try {
          originalName = cleanFileName(info.filename ?? '');
        } catch (error) {
          stream.resume();
          fail(error);
          return;
        }
        tempPath = join(options.tempDir, `${randomUUID()}.part`);
        const hash = createHash('sha256');
        let size = 0;
        const counter = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            size += chunk.length;
            hash.update(chunk);
            done(null, chunk);
          },
        });
        stream.on('limit', () => counter.destroy(tooLarge(options.maxBytes)));
        const written = tempPath;
        file = pipeline(stream, counter, createWriteStream(written, { flags: 'wx', mode: 0o600 })).then(() => ({ tempPath: written, originalName, sizeBytes: size, sha256: hash.digest('hex') }));
        file.catch(fail);
      });
      parser.on('filesLimit', () => fail(badUpload('file', 'send one file at a time')));
      parser.on('partsLimit', () => fail(badUpload('body', 'has too many parts')));
      parser.on('fieldsLimit', () => fail(badUpload('body', 'has too many fields')));
      parser.on('error', () => fail(badUpload('body', 'is not a well-formed multipart/form-data body')));
      parser.on('close', () => resolve());
      req.on('aborted', () => fail(new UploadError('UPLOAD_ABORTED', 400, 'The upload was interrupted.')));
      req.pipe(parser);
    });
    if (!file) throw badUpload('file', 'is missing: send the file in a part named "file"');
    const received = await (file as Promise<ReceivedFile>);
    if (received.sizeBytes === 0) throw badUpload('file', 'is empty');
    return { fields, file: received };
  } catch (error) {
    await cleanup();
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC') throw diskFull();
    throw error;
  }
}
