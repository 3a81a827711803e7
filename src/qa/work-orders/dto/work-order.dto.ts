import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  ValidateNested,
} from 'class-validator';
import { Omittable } from '../../../common/validation/omittable.js';
import { WORK_ORDER_STATUSES, type WorkOrderDecision } from '../../domain/index.js';

export class DrawWorkOrdersDto {
  @ApiProperty({ example: '2026-W47', description: 'An ISO week (YYYY-Www) that has ended' })
  @IsString()
  @Length(1, 10)
  period: string;
}

export class CheckResultDto {
  @ApiProperty() @IsBoolean() pass: boolean;

  @ApiPropertyOptional({ example: '未记录客户的具体诉求', description: 'Required on a fail' })
  @Omittable()
  @IsString()
  @Length(0, 2000)
  note?: string;
}

const nested = (name: string) =>
  [
    IsObject({ message: `checks.${name} must be an object {pass, note}` }),
    ValidateNested(),
    Type(() => CheckResultDto),
  ] as const;

function Check(name: string, description: string): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ type: CheckResultDto, description })(target, key);
    for (const d of nested(name)) d(target, key);
  };
}

/** 合格工单界定标准: every criterion is judged. */
export class WorkOrderChecksDto {
  @Check('causeRecorded', '投诉原因记录详细') causeRecorded: CheckResultDto;
  @Check('outcomeRecorded', '处理结果记录完整') outcomeRecorded: CheckResultDto;
  @Check('withinLimits', '首次联系与处理在时限内') withinLimits: CheckResultDto;
  @Check('calledBack', '已回访客户') calledBack: CheckResultDto;
  @Check('validityCorrect', '有效性判定正确') validityCorrect: CheckResultDto;
  @Check('courteous', '处理过程文明礼貌') courteous: CheckResultDto;
}

export class ReviewWorkOrderDto {
  @ApiProperty({ type: WorkOrderChecksDto })
  @IsObject({ message: 'checks must be an object with one result per criterion' })
  @ValidateNested()
  @Type(() => WorkOrderChecksDto)
  checks: WorkOrderChecksDto;
}

export class ContestWorkOrderDto {
  @ApiProperty({ example: '客户原因已在通话备注中详细记录' })
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export const DECISIONS: WorkOrderDecision[] = ['uphold', 'overturn'];

export class DecideWorkOrderDto {
  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS, { message: `decision must be one of: ${DECISIONS.join(', ')}` })
  decision: WorkOrderDecision;

  @ApiProperty({ example: '复核录音后维持原判' })
  @IsString()
  @Length(1, 2000)
  note: string;
}

export class ListWorkOrdersQuery {
  @ApiPropertyOptional({ example: '2026-W47' })
  @IsOptional()
  @IsString()
  @Length(1, 10)
  period?: string;

  @ApiPropertyOptional({ enum: WORK_ORDER_STATUSES })
  @IsOptional()
  @IsIn(WORK_ORDER_STATUSES as unknown as string[], {
    message: `status must be one of: ${WORK_ORDER_STATUSES.join(', ')}`,
  })
  status?: string;
}
