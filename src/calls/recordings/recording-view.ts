import { ApiProperty } from '@nestjs/swagger';

export class RecordingUploadView {
  @ApiProperty({ description: 'The call' }) id!: number;
  @ApiProperty({ description: 'Path below RECORDINGS_DIR' }) recordingFile!: string;
  @ApiProperty({ description: 'Bytes written' }) bytes!: number;
  @ApiProperty({ description: 'Audio type sniffed from the bytes', example: 'audio/wav' })
  contentType!: string;
  @ApiProperty({ description: 'SHA-256 of the stored bytes (hex)' }) sha256!: string;
  @ApiProperty({ description: 'User id of the uploader' }) uploadedBy!: number;
  @ApiProperty({ description: 'When it was stored (ISO 8601)' }) uploadedAt!: string;
}
