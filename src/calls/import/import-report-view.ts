import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ImportReport } from './call-importer.js';

export class ImportErrorView {
  @ApiProperty({ description: 'Line of the file (1 = first data row)' }) line!: number;
  @ApiPropertyOptional() externalId?: string;
  @ApiProperty() message!: string;
}

/** What a bulk import did: every good row lands, every bad one is reported. */
export class ImportReportView implements ImportReport {
  @ApiProperty() rows!: number;
  @ApiProperty() created!: number;
  @ApiProperty({ description: 'Already stored with the same content' }) unchanged!: number;
  @ApiProperty() failed!: number;
  @ApiProperty({ type: [ImportErrorView], description: 'The first 1,000 failures' })
  errors!: ImportErrorView[];
}
