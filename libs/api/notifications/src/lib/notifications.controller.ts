import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentViewer, Public, SignedIn, type Viewer, parse, uuidParam } from '@sce/api-core';
import {
  type MarkReadRequest,
  type NotificationListQuery,
  type NotificationPage,
  type NotificationSettings,
  type PutSubscriptionRequest,
  type SubscriptionTargetType,
  type SubscriptionView,
  type UnreadCount,
  type UnsubscribeResult,
  type UpdateNotificationSettingsRequest,
  markReadSchema,
  notificationListQuerySchema,
  notificationSettingsSchema,
  putSubscriptionSchema,
  subscriptionTargetSchema,
  unsubscribeQuerySchema,
} from '@sce/shared-contracts';
import { NotificationsService } from './notifications.service';

const targetTypeParam = parse(subscriptionTargetSchema.shape.targetType);

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @SignedIn()
  @ApiOperation({ summary: 'Your notifications, newest activity first (keyset pages; `unread=true` for unread only), with your unread count. Only what you may still read.' })
  list(@CurrentViewer() viewer: Viewer, @Query(parse(notificationListQuerySchema)) query: NotificationListQuery): Promise<NotificationPage> {
    return this.notifications.list(viewer, query);
  }

  @Get('notifications/unread-count')
  @SignedIn()
  @ApiOperation({ summary: 'Your unread count (the badge); it also arrives live as `notification.created` / `notification.read` in your user room.' })
  unreadCount(@CurrentViewer() viewer: Viewer): Promise<UnreadCount> {
    return this.notifications.unreadCount(viewer);
  }

  @Post('notifications/read')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark notifications read: `{ "ids": [...] }` or `{ "all": true }`. Mails not sent yet for them are not sent.' })
  read(@CurrentViewer() viewer: Viewer, @Body(parse(markReadSchema)) body: MarkReadRequest): Promise<UnreadCount> {
    return this.notifications.markRead(viewer, body);
  }

  @Get('subscriptions/:targetType/:targetId')
  @SignedIn()
  @ApiOperation({ summary: 'Your level for a thread or community: watching (every new post), tracking (unread count only), normal (replies and mentions) or muted.' })
  subscription(@CurrentViewer() viewer: Viewer, @Param('targetType', targetTypeParam) targetType: SubscriptionTargetType, @Param('targetId', uuidParam) targetId: string): Promise<SubscriptionView> {
    return this.notifications.subscription(viewer, targetType, targetId);
  }

  @Put('subscriptions/:targetType/:targetId')
  @SignedIn()
  @ApiOperation({ summary: 'Set your level for a thread or community you can read.' })
  subscribe(
    @CurrentViewer() viewer: Viewer,
    @Param('targetType', targetTypeParam) targetType: SubscriptionTargetType,
    @Param('targetId', uuidParam) targetId: string,
    @Body(parse(putSubscriptionSchema)) body: PutSubscriptionRequest,
  ): Promise<SubscriptionView> {
    return this.notifications.subscribe(viewer, targetType, targetId, body.level);
  }

  @Get('users/me/notification-settings')
  @SignedIn()
  @ApiOperation({ summary: 'Your notification settings: auto-watch, mail per type (immediately, daily digest, never; all never until you opt in), muted people.' })
  settings(@CurrentViewer() viewer: Viewer): Promise<NotificationSettings> {
    return this.notifications.settings(viewer);
  }

  @Put('users/me/notification-settings')
  @SignedIn()
  @ApiOperation({ summary: 'Change your notification settings (any subset of the fields).' })
  updateSettings(@CurrentViewer() viewer: Viewer, @Body(parse(notificationSettingsSchema)) body: UpdateNotificationSettingsRequest): Promise<NotificationSettings> {
    return this.notifications.updateSettings(viewer, body);
  }

  @Get('unsubscribe')
  @Public()
  @ApiOperation({ summary: 'One-click unsubscribe from the link in a notification mail (no sign-in: the token is signed for one person and one mail type).' })
  unsubscribe(@Query(parse(unsubscribeQuerySchema)) query: { token: string }): Promise<UnsubscribeResult> {
    return this.notifications.unsubscribe(query.token);
  }

  @Post('unsubscribe')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'RFC 8058 one-click unsubscribe, as mail programs send it from the List-Unsubscribe header.' })
  unsubscribeOneClick(@Query(parse(unsubscribeQuerySchema)) query: { token: string }): Promise<UnsubscribeResult> {
    return this.notifications.unsubscribe(query.token);
  }
}
