import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { ValidationError } from '../errors/domain-error';

/**
 * Parses a request part with its contract schema; on failure a 400 names each invalid field,
 * prefixed with where it came from (`body.title`, `query.limit`).
 */
@Injectable()
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown, metadata: ArgumentMetadata): z.infer<S> {
    const result = this.schema.safeParse(value ?? {});
    if (result.success) return result.data;
    const where = metadata.type === 'custom' ? 'input' : metadata.type;
    throw new ValidationError(
      result.error.issues.map((issue) => ({
        field: [where, ...(metadata.data ? [metadata.data] : []), ...issue.path.map(String)].join('.'),
        message: issue.message,
      })),
    );
  }
}

/** `@Query(parse(schema))` reads better at the call site than `new ZodValidationPipe(schema)`. */
export const parse = <S extends z.ZodType>(schema: S) => new ZodValidationPipe(schema);

/** `@Param('id', uuidParam)`: a malformed id is a 400 naming the parameter, never a database error. */
export const uuidParam = parse(z.uuid({ message: 'must be an id (a UUID)' }));
