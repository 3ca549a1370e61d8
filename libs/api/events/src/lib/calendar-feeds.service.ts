import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, NotFoundError } from '@sce/api-core';
import { CommunitiesService } from '@sce/api-communities';
import type { Response } from 'express';
import { calendarOf } from './calendar';
import { CalendarTokens } from './calendar-tokens.service';
import type { EventEntity } from './event.entity';
import { EventRepository } from './event.repository';

/** iCalendar files: one event, a public community's feed, a person's private feed. */
@Injectable()
export class CalendarFeeds {
  constructor(
    private readonly events: EventRepository,
    private readonly communities: CommunitiesService,
    private readonly tokens: CalendarTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  calendar(name: string, events: EventEntity[]): string {
    return calendarOf(name, events, (id) => `${this.config.publicUrl}/events/${id}`, new URL(this.config.publicUrl).host);
  }

  /** Only public communities have a feed: a feed address travels without a session. */
  async community(slug: string): Promise<{ name: string; ics: string }> {
    const { community } = await this.communities.readable(null, slug);
    if (community.visibility !== 'public') throw new NotFoundError('The community');
    return { name: community.name, ics: this.calendar(`${community.name} — Smart Cities Exchange`, await this.events.forFeed({ communityId: community.id })) };
  }

  async personal(token: string): Promise<string> {
    const userId = await this.tokens.owner(token);
    if (!userId) throw new NotFoundError('The calendar feed');
    return this.calendar('My events — Smart Cities Exchange', await this.events.forFeed({ userId }));
  }

  send(res: Response, filename: string, ics: string, options: { download: boolean } = { download: true }): string {
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `${options.download ? 'attachment' : 'inline'}; filename="${filename}"`);
    res.setHeader('Cache-Control', 'private, max-age=300');
    return ics;
  }
}
