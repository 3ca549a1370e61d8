import { CalendarTokenEntity } from './calendar-token.entity';
import { EventOrganiserEntity } from './event-organiser.entity';
import { EventRsvpEntity } from './event-rsvp.entity';
import { EventEntity } from './event.entity';

export const eventsEntities = [EventEntity, EventRsvpEntity, EventOrganiserEntity, CalendarTokenEntity];
