import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentViewer, Public, RequirePermission, SignedIn, type Viewer, parse, uuidParam } from '@sce/api-core';
import {
  type CreatePracticeRequest,
  type CreateTransferRequest,
  type EvaluationRequest,
  type EvaluationsResult,
  type InsightsQuery,
  Permission,
  type PracticeDetail,
  type PracticeInsights,
  type PracticeListQuery,
  type PracticePage,
  type Showcase,
  type Transfer,
  type TransferInsights,
  type UpdatePracticeRequest,
  type UpdateTransferRequest,
  createPracticeSchema,
  createTransferSchema,
  evaluationSchema,
  insightsQuerySchema,
  maturities,
  practiceListQuerySchema,
  serviceDomains,
  updatePracticeSchema,
  updateTransferSchema,
} from '@sce/shared-contracts';
import { InsightsService } from './insights.service';
import { PracticesService } from './practices.service';

@ApiTags('practices')
@Controller()
export class PracticesController {
  constructor(
    private readonly practices: PracticesService,
    private readonly insights: InsightsService,
  ) {}

  @Get('practices')
  @Public()
  @ApiOperation({ summary: 'Practices the caller may read (visitors: public ones), recently changed first, with evaluation and adoption aggregates.' })
  @ApiQuery({ name: 'domain', required: false, enum: serviceDomains })
  @ApiQuery({ name: 'country', required: false, description: 'owner organisation’s country, e.g. NL' })
  @ApiQuery({ name: 'maturity', required: false, enum: maturities })
  @ApiQuery({ name: 'q', required: false })
  @ApiQuery({ name: 'organisationId', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false })
  list(@CurrentViewer() viewer: Viewer | null, @Query(parse(practiceListQuerySchema)) query: PracticeListQuery): Promise<PracticePage> {
    return this.practices.list(viewer, query);
  }

  @Post('practices')
  @RequirePermission(Permission.CreateContent)
  @ApiOperation({ summary: 'Share a practice of your organisation (administrators: of any). `communitySlug` starts its discussion thread there.' })
  create(@CurrentViewer() viewer: Viewer, @Body(parse(createPracticeSchema)) body: CreatePracticeRequest): Promise<PracticeDetail> {
    return this.practices.create(viewer, body);
  }

  @Get('practices/:id')
  @Public()
  @ApiOperation({ summary: 'A practice with its outcomes, evidence, transfer prerequisites, transfers and what the caller may do.' })
  detail(@CurrentViewer() viewer: Viewer | null, @Param('id', uuidParam) id: string): Promise<PracticeDetail> {
    return this.practices.detail(viewer, id);
  }

  @Patch('practices/:id')
  @SignedIn()
  @ApiOperation({ summary: 'Change a practice (people of the owning organisation, administrators).' })
  update(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(updatePracticeSchema)) body: UpdatePracticeRequest): Promise<PracticeDetail> {
    return this.practices.update(viewer, id, body);
  }

  @Get('practices/:id/transfers')
  @Public()
  @ApiOperation({ summary: 'Every organisation that took the practice up, with each stage dated.' })
  transfers(@CurrentViewer() viewer: Viewer | null, @Param('id', uuidParam) id: string): Promise<Transfer[]> {
    return this.practices.transfers(viewer, id);
  }

  @Post('practices/:id/transfers')
  @RequirePermission(Permission.CreateContent)
  @ApiOperation({ summary: 'Record that your organisation is exploring, piloting or has adopted the practice (one transfer per organisation).' })
  startTransfer(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(createTransferSchema)) body: CreateTransferRequest): Promise<Transfer> {
    return this.practices.startTransfer(viewer, id, body);
  }

  @Patch('transfers/:id')
  @SignedIn()
  @ApiOperation({ summary: 'Move a transfer forward or abandon it, with a note; record adaptations, lessons, impact and factors (the adopting organisation).' })
  updateTransfer(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(updateTransferSchema)) body: UpdateTransferRequest): Promise<Transfer> {
    return this.practices.updateTransfer(viewer, id, body);
  }

  @Get('practices/:id/evaluations')
  @Public()
  @ApiOperation({ summary: 'Evaluations of a practice and their means per dimension.' })
  evaluations(@CurrentViewer() viewer: Viewer | null, @Param('id', uuidParam) id: string): Promise<EvaluationsResult> {
    return this.practices.evaluations(viewer, id);
  }

  @Put('practices/:id/evaluations')
  @RequirePermission(Permission.CreateContent)
  @ApiOperation({ summary: 'Make or replace your evaluation (scores 1 to 5, evidence level); not for the owning organisation’s people.' })
  evaluate(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(evaluationSchema)) body: EvaluationRequest): Promise<EvaluationsResult> {
    return this.practices.evaluate(viewer, id, body);
  }

  @Get('insights/practices')
  @Public()
  @ApiOperation({ summary: 'What works: practices ranked by evaluations and by adoptions, and aggregates per domain and per country.' })
  practiceInsights(@CurrentViewer() viewer: Viewer | null, @Query(parse(insightsQuerySchema)) query: InsightsQuery): Promise<PracticeInsights> {
    return this.insights.practices(viewer, query);
  }

  @Get('insights/transfers')
  @Public()
  @ApiOperation({ summary: 'Why: transfers between countries and the success and failure factors named most.' })
  transferInsights(@CurrentViewer() viewer: Viewer | null, @Query(parse(insightsQuerySchema)) query: InsightsQuery): Promise<TransferInsights> {
    return this.insights.transfers(viewer, query);
  }

  @Get('showcase')
  @Public()
  @ApiOperation({ summary: 'The public exhibition: totals, highlighted public practices, recent transfers and partner organisations by country.' })
  showcase(): Promise<Showcase> {
    return this.insights.showcase();
  }
}
