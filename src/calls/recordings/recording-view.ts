import { ApiProperty } from '@nestjs/swagger';

export class RecordingUploadView {
  @ApiProperty({ description: 'The call' }) id!: number;
  @ApiProperty({ description: 'Path below RECORDINGS_DIR' }) recordingFile!: string;
  @ApiProperty({ description: 'Bytes written' }) bytes!: number;
}
