import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentViewer, RequirePermission, type Viewer, parse, uuidParam } from '@sce/api-core';
import {
  type AdminUser,
  type AdminUserPage,
  type AdminUserQuery,
  type AuditPage,
  type AuditQuery,
  type ChangeRoleRequest,
  Permission,
  type SuspendUserRequest,
  adminUserPageSchema,
  adminUserQuerySchema,
  adminUserSchema,
  auditPageSchema,
  auditQuerySchema,
  changeRoleSchema,
  suspendUserSchema,
} from '@sce/shared-contracts';
import { z } from 'zod';
import { AdminUsersService } from './admin-users.service';

const userSchemaJson = z.toJSONSchema(adminUserSchema) as object;
/** A malformed id names nobody: 404 like an unknown one. */

@ApiTags('admin')
@Controller('admin')
export class AdminUsersController {
  constructor(private readonly admin: AdminUsersService) {}

  @Get('users')
  @RequirePermission(Permission.SuspendUser)
  @ApiOperation({ summary: 'People, newest first; search by email or name, filter by status and role (global moderators, who suspend, and admins).' })
  @ApiOkResponse({ schema: z.toJSONSchema(adminUserPageSchema) as object })
  list(@Query(parse(adminUserQuerySchema)) query: AdminUserQuery): Promise<AdminUserPage> {
    return this.admin.list(query);
  }

  @Post('users/:id/approve')
  @RequirePermission(Permission.ManageUsers)
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a pending account whose email is verified; the person is told by mail (admins).' })
  @ApiOkResponse({ schema: userSchemaJson })
  approve(@CurrentViewer() actor: Viewer, @Param('id', uuidParam) id: string): Promise<AdminUser> {
    return this.admin.approve(actor, id);
  }

  @Patch('users/:id/role')
  @RequirePermission(Permission.ManageUsers)
  @ApiOperation({ summary: 'Change someone’s global role (admins).' })
  @ApiOkResponse({ schema: userSchemaJson })
  changeRole(@CurrentViewer() actor: Viewer, @Param('id', uuidParam) id: string, @Body(parse(changeRoleSchema)) body: ChangeRoleRequest): Promise<AdminUser> {
    return this.admin.changeRole(actor, id, body);
  }

  @Post('users/:id/suspend')
  @RequirePermission(Permission.SuspendUser)
  @HttpCode(200)
  @ApiOperation({ summary: 'Suspend someone with a reason and an optional end; their sessions end at once (global moderators and admins).' })
  @ApiOkResponse({ schema: userSchemaJson })
  suspend(@CurrentViewer() actor: Viewer, @Param('id', uuidParam) id: string, @Body(parse(suspendUserSchema)) body: SuspendUserRequest): Promise<AdminUser> {
    return this.admin.suspend(actor, id, body);
  }

  @Post('users/:id/reactivate')
  @RequirePermission(Permission.SuspendUser)
  @HttpCode(200)
  @ApiOperation({ summary: 'Lift a suspension (global moderators and admins).' })
  @ApiOkResponse({ schema: userSchemaJson })
  reactivate(@CurrentViewer() actor: Viewer, @Param('id', uuidParam) id: string): Promise<AdminUser> {
    return this.admin.reactivate(actor, id);
  }

  @Get('audit')
  @RequirePermission(Permission.ManageUsers)
  @ApiOperation({ summary: 'The append-only audit log, newest first, filterable (admins).' })
  @ApiOkResponse({ schema: z.toJSONSchema(auditPageSchema) as object })
  audit(@Query(parse(auditQuerySchema)) query: AuditQuery): Promise<AuditPage> {
    return this.admin.auditLog(query);
  }
}
