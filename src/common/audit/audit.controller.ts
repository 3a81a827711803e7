import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../access/decorators.js';
import { AuditPageView } from './audit-entry-view.js';
import { AuditQueryDto } from './audit-query.dto.js';
import { AuditService } from './audit.service.js';

@ApiTags('audit')
@Controller('api/audit')
@Roles('admin', 'auditor')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @ApiOperation({ summary: 'Search the audit log' })
  @Get()
  @ApiOkResponse({ type: AuditPageView })
  list(@Query() query: AuditQueryDto): Promise<AuditPageView> {
    return this.audit.list(query);
  }
}
