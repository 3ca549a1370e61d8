import { Controller, Delete, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, CurrentViewer, Public, SignedIn, type Viewer } from '@sce/api-core';
import { communitySlugParam } from '@sce/api-communities';
import type { CalendarTokenCreated, CalendarTokenStatus } from '@sce/shared-contracts';
import type { Response } from 'express';
import { CalendarFeeds } from './calendar-feeds.service';
import { CalendarTokens } from './calendar-tokens.service';

@ApiTags('events')
@Controller()
export class CalendarController {
  constructor(
    private readonly feeds: CalendarFeeds,
    private readonly tokens: CalendarTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('communities/:slug/calendar.ics')
  @Public()
  @ApiOperation({ summary: 'A public community’s events as an iCalendar feed (from 90 days ago on).' })
  @ApiProduces('text/calendar')
  async community(@Param('slug', communitySlugParam) slug: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const feed = await this.feeds.community(slug);
    return this.feeds.send(res, `${slug}.ics`, feed.ics, { download: false });
  }

  @Get('calendar/:token.ics')
  @Public()
  @ApiOperation({ summary: 'A person’s private feed of the events they answered (not declined); the secret token in the address is made and revoked at /api/users/me/calendar-token.' })
  @ApiProduces('text/calendar')
  async personal(@Param('token') token: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    return this.feeds.send(res, 'my-events.ics', await this.feeds.personal(token), { download: false });
  }

  @Get('users/me/calendar-token')
  @SignedIn()
  @ApiOperation({ summary: 'Whether the caller has a personal calendar feed (its address is only shown when made).' })
  status(@CurrentViewer() viewer: Viewer): Promise<CalendarTokenStatus> {
    return this.tokens.status(viewer.id);
  }

  @Post('users/me/calendar-token')
  @SignedIn()
  @ApiOperation({ summary: 'Make a new personal calendar feed address; the previous one stops working.' })
  async issue(@CurrentViewer() viewer: Viewer): Promise<CalendarTokenCreated> {
    const { token, createdAt } = await this.tokens.issue(viewer.id);
    return { url: `${this.config.publicUrl}/api/calendar/${token}.ics`, createdAt: createdAt.toISOString() };
  }

  @Delete('users/me/calendar-token')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke the personal calendar feed address.' })
  async revoke(@CurrentViewer() viewer: Viewer): Promise<void> {
    await this.tokens.revoke(viewer.id);
  }
}
