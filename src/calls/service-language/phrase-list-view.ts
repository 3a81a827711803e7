import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FAMILY_KINDS, type PhraseFamilyData, type PhraseList } from '../../compliance/index.js';
import type { CurrentPhraseList } from './service-language-phrases.js';

export class PhraseFamilyView implements PhraseFamilyData {
  @ApiProperty({ example: 'taboo.shirking', description: 'Lower case, one dot' }) id!: string;
  @ApiProperty({ enum: FAMILY_KINDS }) kind!: PhraseFamilyData['kind'];
  @ApiProperty({ example: '推卸责任' }) label!: string;
  @ApiProperty({
    type: [String],
    example: ['不归我管', '[你您]找别人'],
    description: '[你您] lists alternative characters',
  })
  patterns!: string[];
  @ApiPropertyOptional({ description: 'A negator just before the phrase defuses it' })
  negatable?: boolean;
  @ApiPropertyOptional({ type: [String], description: 'Longer phrases that do not count' })
  exceptions?: string[];
}

export class PhraseListView implements PhraseList {
  @ApiProperty({ type: [PhraseFamilyView] }) families!: PhraseFamilyView[];
}

export class PhraseListEditionView {
  @ApiProperty({ description: '0 = the default list shipped with the service' }) revision!: number;
  @ApiProperty({ type: Number, nullable: true }) updatedBy!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null;
  @ApiProperty() phrases!: PhraseListView;
}

export const toEditionView = (list: CurrentPhraseList): PhraseListEditionView => ({
  revision: list.revision,
  updatedBy: list.updatedBy,
  updatedAt: list.updatedAt?.toISOString() ?? null,
  phrases: list.phrases,
});
