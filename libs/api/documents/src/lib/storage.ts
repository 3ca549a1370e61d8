import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { AppConfig } from '@sce/api-core';

/**
 * Where document bytes live. Keys are made by the server (never from a file name). Files arrive
 * as a finished temporary file on local disk, already checked.
 */
export abstract class FileStorage {
  /** Moves a checked temporary file into storage under `key`. */
  abstract store(key: string, tempFile: string, contentType: string): Promise<void>;
  abstract open(key: string): Promise<Readable>;
  abstract remove(key: string): Promise<void>;
  /** A folder on local disk for uploads in progress (on the same disk as local storage, so storing is a rename). */
  abstract readonly tempDir: string;
}

/** Files under STORAGE_DIR (default `.data/uploads`), two levels of folders by key prefix. */
export class LocalFileStorage extends FileStorage {
  readonly tempDir: string;

  constructor(private readonly dir: string) {
    super();
    this.tempDir = join(dir, 'tmp');
  }

  private path(key: string): string {
    if (!/^[a-z0-9-]+$/.test(key)) throw new Error('invalid storage key');
    return join(this.dir, key.slice(0, 2), key);
  }

  async store(key: string, tempFile: string): Promise<void> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    await rename(tempFile, target);
  }

  async open(key: string): Promise<Readable> {
    const path = this.path(key);
    await stat(path);
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}

/** Any S3-compatible store (AWS, MinIO, Ceph, Scaleway...) when S3_BUCKET is set. */
export class S3FileStorage extends FileStorage {
  private readonly client: S3Client;

  constructor(
    private readonly config: Extract<AppConfig['storage'], { kind: 's3' }>,
    readonly tempDir: string,
  ) {
    super();
    this.client = new S3Client({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      forcePathStyle: config.forcePathStyle,
      ...(config.accessKeyId && config.secretAccessKey ? { credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } } : {}),
    });
  }

  async store(key: string, tempFile: string, contentType: string): Promise<void> {
    try {
      await new Upload({ client: this.client, params: { Bucket: this.config.bucket, Key: key, Body: createReadStream(tempFile), ContentType: contentType } }).done();
    } finally {
      await rm(tempFile, { force: true });
    }
  }

  async open(key: string): Promise<Readable> {
    const result = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key }));
    return result.Body as Readable;
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
  }
}

export function createFileStorage(config: AppConfig): FileStorage {
  return config.storage.kind === 's3' ? new S3FileStorage(config.storage, join(config.dataDir, 'uploads-tmp')) : new LocalFileStorage(config.storage.dir);
}
