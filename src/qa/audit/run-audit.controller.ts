import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/decorators.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { QA_READERS } from '../qa-roles.js';
import { RunQueries } from '../sampling/run-queries.js';
import { toRunSummary } from '../sampling/run-view.js';
import { RunPopulationView, RunReportView, RunVerificationView } from './run-audit-view.js';
import { RunAuditService } from './run-audit.service.js';

/**
 * What an auditor asks of a stored run, under the run's own path. Kept apart
 * from SamplingController because the report reads reviews, and reviews use
 * sampling's rows: the audit sits above both.
 */
@ApiTags('qa')
@Controller('api/qa/sampling-runs')
export class RunAuditController {
  constructor(
    private readonly queries: RunQueries,
    private readonly audit: RunAuditService,
  ) {}

  @ApiOperation({ summary: 'Verify a run by redrawing it from its seed' })
  @Get(':id/verify')
  @ApiOkResponse({ type: RunVerificationView })
  @Roles(...QA_READERS)
  verify(@Param('id', ParseIdPipe) id: number): Promise<RunVerificationView> {
    return this.audit.verify(id);
  }

  @ApiOperation({ summary: 'Sampling run report' })
  @Get(':id/report')
  @ApiOkResponse({ type: RunReportView })
  @Roles(...QA_READERS)
  report(@Param('id', ParseIdPipe) id: number): Promise<RunReportView> {
    return this.audit.report(id);
  }

  /** The population exactly as the draw saw it, so an auditor can re-run the draw elsewhere. */
  @ApiOperation({ summary: 'The population a run was drawn from' })
  @Get(':id/population')
  @ApiOkResponse({ type: RunPopulationView })
  @Roles(...QA_READERS)
  async population(@Param('id', ParseIdPipe) id: number): Promise<RunPopulationView> {
    const run = toRunSummary(await this.queries.get(id));
    const calls = await this.queries.population(id);
    return { runId: id, seed: run.seed, algorithm: run.algorithm, rate: run.rate, calls };
  }
}
