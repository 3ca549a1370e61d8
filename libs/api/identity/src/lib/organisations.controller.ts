import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentViewer, Public, RequirePermission, type Viewer, parse, uuidParam } from '@sce/api-core';
import {
  countryCodeSchema,
  organisationKindSchema,
  type Organisation,
  type OrganisationAdmin,
  type OrganisationInput,
  type OrganisationPage,
  type OrganisationPatch,
  Permission,
  type PublicProfilePage,
  organisationAdminSchema,
  organisationInputSchema,
  organisationPageSchema,
  organisationPatchSchema,
  organisationSchema,
  pageQuerySchema,
  publicProfilePageSchema,
} from '@sce/shared-contracts';
import { z } from 'zod';
import { OrganisationsService } from './organisations.service';

const listQuery = pageQuerySchema.extend({
  q: z.string().trim().max(100, { message: 'must be at most 100 characters' }).optional(),
  country: countryCodeSchema.optional(),
  kind: organisationKindSchema.optional(),
});
type ListQuery = z.infer<typeof listQuery>;
/** A malformed id names nothing: 404 like an unknown one. */

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Organisations in the network, in name order (keyset pages); filtered by name (`q`), `country` and `kind`.' })
  @ApiOkResponse({ schema: z.toJSONSchema(organisationPageSchema) as object })
  list(@Query(parse(listQuery)) query: ListQuery): Promise<OrganisationPage> {
    return this.organisations.list(query, query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({ summary: 'One organisation.' })
  @ApiOkResponse({ schema: z.toJSONSchema(organisationSchema) as object })
  get(@Param('id', uuidParam) id: string): Promise<Organisation> {
    return this.organisations.get(id);
  }

  @Get(':id/members')
  @Public()
  @ApiOperation({ summary: 'Public profiles of the organisation’s active members, by name (keyset pages).' })
  @ApiOkResponse({ schema: z.toJSONSchema(publicProfilePageSchema) as object })
  members(@Param('id', uuidParam) id: string, @Query(parse(pageQuerySchema)) page: z.infer<typeof pageQuerySchema>): Promise<PublicProfilePage> {
    return this.organisations.members(id, page);
  }
}

@ApiTags('admin')
@Controller('admin/organisations')
export class AdminOrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @RequirePermission(Permission.ManageOrganisations)
  @ApiOperation({ summary: 'Organisations with their trusted email domains (admins).' })
  list(@Query(parse(listQuery)) query: ListQuery): Promise<{ items: OrganisationAdmin[]; nextCursor: string | null }> {
    return this.organisations.listForAdmin(query, query);
  }

  @Post()
  @RequirePermission(Permission.ManageOrganisations)
  @ApiOperation({ summary: 'Create an organisation (admins); recorded in the audit log.' })
  @ApiOkResponse({ schema: z.toJSONSchema(organisationAdminSchema) as object })
  create(@CurrentViewer() admin: Viewer, @Body(parse(organisationInputSchema)) body: OrganisationInput): Promise<OrganisationAdmin> {
    return this.organisations.create(admin, body);
  }

  @Patch(':id')
  @RequirePermission(Permission.ManageOrganisations)
  @ApiOperation({ summary: 'Change an organisation (admins); recorded in the audit log.' })
  @ApiOkResponse({ schema: z.toJSONSchema(organisationAdminSchema) as object })
  update(@CurrentViewer() admin: Viewer, @Param('id', uuidParam) id: string, @Body(parse(organisationPatchSchema)) body: OrganisationPatch): Promise<OrganisationAdmin> {
    return this.organisations.update(admin, id, body);
  }
}
