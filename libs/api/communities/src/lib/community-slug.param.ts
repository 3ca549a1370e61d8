import { parse } from '@sce/api-core';
import { z } from 'zod';

/**
 * `@Param('slug', communitySlugParam)`: any length-bounded text; an unknown slug is a 404 from the
 * lookup, so slugs renamed since a link was made still get a clear answer.
 */
export const communitySlugParam = parse(z.string().min(1).max(60));
