import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentViewer, Public, RequirePermission, SignedIn, type Viewer, parse, uuidParam } from '@sce/api-core';
import { communitySlugParam } from '@sce/api-communities';
import {
  type Attendee,
  type CancelEventRequest,
  type CommunityEventsQuery,
  type CreateEventRequest,
  type EventDetail,
  type EventPage,
  type EventsQuery,
  Permission,
  type RsvpRequest,
  type RsvpResult,
  type UpdateEventRequest,
  cancelEventSchema,
  communityEventsQuerySchema,
  createEventSchema,
  eventsQuerySchema,
  rsvpRequestSchema,
  updateEventSchema,
} from '@sce/shared-contracts';
import type { Response } from 'express';
import { z } from 'zod';
import { attendeesCsv } from './attendees-csv';
import { CalendarFeeds } from './calendar-feeds.service';
import { EventsService } from './events.service';

const attendeesQuerySchema = z.object({ format: z.enum(['json', 'csv'], { message: 'must be json or csv' }).default('json') });

@ApiTags('events')
@Controller()
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly feeds: CalendarFeeds,
  ) {}

  @Get('communities/:slug/events')
  @Public()
  @ApiOperation({ summary: 'A community’s upcoming events (soonest first) or past ones (latest first), keyset pages.' })
  @ApiQuery({ name: 'when', required: false, enum: ['upcoming', 'past'] })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false })
  listInCommunity(@CurrentViewer() viewer: Viewer | null, @Param('slug', communitySlugParam) slug: string, @Query(parse(communityEventsQuerySchema)) query: CommunityEventsQuery): Promise<EventPage> {
    return this.events.listInCommunity(viewer, slug, query);
  }

  @Post('communities/:slug/events')
  @RequirePermission(Permission.CreateContent)
  @ApiOperation({
    summary:
      'Organise an event (members). Times are wall-clock times in `timeZone` (IANA); a time skipped by daylight saving, an end before the start or a deadline after it is a 400 naming the field. Starts its discussion thread.',
  })
  create(@CurrentViewer() viewer: Viewer, @Param('slug', communitySlugParam) slug: string, @Body(parse(createEventSchema)) body: CreateEventRequest): Promise<EventDetail> {
    return this.events.create(viewer, slug, body);
  }

  @Get('events')
  @Public()
  @ApiOperation({ summary: 'Events the caller may read overlapping [from, to) (default: from now), soonest first; `mine=true` for those they answered or organise.' })
  @ApiQuery({ name: 'from', required: false })
  @ApiQuery({ name: 'to', required: false })
  @ApiQuery({ name: 'mine', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false })
  list(@CurrentViewer() viewer: Viewer | null, @Query(parse(eventsQuerySchema)) query: EventsQuery): Promise<EventPage> {
    return this.events.list(viewer, query);
  }

  @Get('events/:id')
  @Public()
  @ApiOperation({ summary: 'An event with its times in its own zone, seats left, the caller’s answer and waitlist position, and what they may do.' })
  detail(@CurrentViewer() viewer: Viewer | null, @Param('id', uuidParam) id: string): Promise<EventDetail> {
    return this.events.detail(viewer, id);
  }

  @Patch('events/:id')
  @SignedIn()
  @ApiOperation({ summary: 'Change an event (organisers and community moderators). A change of time, place or title raises its SEQUENCE and tells everyone who answered.' })
  update(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(updateEventSchema)) body: UpdateEventRequest): Promise<EventDetail> {
    return this.events.update(viewer, id, body);
  }

  @Post('events/:id/cancel')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel an event (organisers and community moderators); everyone who answered is told, calendars show it cancelled.' })
  cancel(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(cancelEventSchema)) body: CancelEventRequest): Promise<EventDetail> {
    return this.events.cancel(viewer, id, body);
  }

  @Put('events/:id/rsvp')
  @SignedIn()
  @ApiOperation({ summary: 'Answer going, maybe or declined (members). Going on a full event joins the waitlist; a freed seat goes to the first in line.' })
  rsvp(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(rsvpRequestSchema)) body: RsvpRequest): Promise<RsvpResult> {
    return this.events.rsvp(viewer, id, body.status);
  }

  @Get('events/:id/attendees')
  @SignedIn()
  @ApiOperation({ summary: 'Who answered (organisers and community moderators): JSON, or CSV with `format=csv` (cells that would run as spreadsheet formulas are defused).' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'] })
  @ApiProduces('application/json', 'text/csv')
  async attendees(
    @CurrentViewer() viewer: Viewer,
    @Param('id', uuidParam) id: string,
    @Query(parse(attendeesQuerySchema)) query: z.infer<typeof attendeesQuerySchema>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Attendee[] | string> {
    const { attendees } = await this.events.attendees(viewer, id);
    if (query.format === 'json') return attendees;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="attendees-${id}.csv"`);
    return attendeesCsv(attendees);
  }

  @Get('events/:id/ics')
  @Public()
  @ApiOperation({ summary: 'The event as an iCalendar file (with its time zone).' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar' })
  async ics(@CurrentViewer() viewer: Viewer | null, @Param('id', uuidParam) id: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const { event } = await this.events.readable(viewer, id);
    return this.feeds.send(res, `event-${id}.ics`, this.feeds.calendar(event.title, [event]));
  }
}
