import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentViewer, Public, type Viewer, parse } from '@sce/api-core';
import { type SearchQuery, type SearchResult, type SearchSuggestQuery, type SearchSuggestions, countryCodes, searchQuerySchema, searchSuggestQuerySchema, searchTypes } from '@sce/shared-contracts';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Search threads, posts, events, documents and practices the caller may read, in any of the six languages: words (all must match, in any form), "quoted phrases", -excluded words and `or`; near-miss titles match too. Ranked by relevance and recency, with highlighted passages, counts per type, community and country, and keyset pages.',
  })
  @ApiQuery({ name: 'q', required: true, description: 'At most 300 characters.' })
  @ApiQuery({ name: 'type', required: false, enum: searchTypes })
  @ApiQuery({ name: 'community', required: false, description: 'A community slug.' })
  @ApiQuery({ name: 'country', required: false, enum: countryCodes })
  @ApiQuery({ name: 'author', required: false, description: 'A person id.' })
  @ApiQuery({ name: 'organisation', required: false, description: 'An organisation id.' })
  @ApiQuery({ name: 'tag', required: false })
  @ApiQuery({ name: 'from', required: false, description: 'A date (2026-03-01) or an instant.' })
  @ApiQuery({ name: 'to', required: false, description: 'A date (that day included) or an instant.' })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false })
  find(@CurrentViewer() viewer: Viewer | null, @Query(parse(searchQuerySchema)) query: SearchQuery): Promise<SearchResult> {
    return this.search.find(viewer, query);
  }

  @Get('suggest')
  @Public()
  @ApiOperation({ summary: 'Suggestions while typing: titles of threads, events, documents and practices, communities, and (signed in) people.' })
  @ApiQuery({ name: 'q', required: true, description: 'At most 100 characters; fewer than 2 give no suggestions.' })
  suggest(@CurrentViewer() viewer: Viewer | null, @Query(parse(searchSuggestQuerySchema)) query: SearchSuggestQuery): Promise<SearchSuggestions> {
    return this.search.suggest(viewer, query.q);
  }
}
