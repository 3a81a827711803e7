import { ApiProperty } from '@nestjs/swagger';
import { NULLABLE_NUMBER, NULLABLE_RATE } from '../common/http/view-props.js';

export class WorkOrderHandlerRefView {
  @ApiProperty(NULLABLE_NUMBER) id!: number | null;
  @ApiProperty() name!: string;
}

class WorkOrderFiguresView {
  @ApiProperty({ description: 'Work orders drawn (complaints closed in the week)' })
  sampled!: number;
  @ApiProperty() reviewed!: number;
  @ApiProperty({ description: 'Passed, or failed and overturned on contest' }) passed!: number;
  @ApiProperty({ ...NULLABLE_RATE, description: 'passed / reviewed' }) passRate!: number | null;
  @ApiProperty({ description: 'Failed reviews the handler contested' }) contested!: number;
  @ApiProperty({ description: 'Contests a second supervisor decided for the handler' })
  overturned!: number;
}

export class WorkOrderHandlerFiguresView extends WorkOrderFiguresView {
  @ApiProperty() handler!: WorkOrderHandlerRefView;
}

/** 工单质量双向质检 of the week's work-order draw. */
export class WorkOrderQaView extends WorkOrderFiguresView {
  @ApiProperty({ type: [WorkOrderHandlerFiguresView] }) handlers!: WorkOrderHandlerFiguresView[];
}
