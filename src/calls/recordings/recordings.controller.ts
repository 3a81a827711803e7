import { Controller, Get, Headers, HttpCode, Param, Put, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '../../common/access/decorators.js';
import { CurrentUser, type Principal } from '../../common/access/principal.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { ParseIdPipe } from '../../common/http/parse-id.pipe.js';
import { BINARY, ApiNonJsonResponse } from '../../common/http/non-json-body.js';
import { SERVED_RECORDING_TYPES } from './recording-path.js';
import { RecordingPeaksService } from './recording-peaks.service.js';
import { RecordingPeaksView } from './recording-peaks-view.js';
import { RecordingUploadView } from './recording-view.js';
import { RecordingsService } from './recordings.service.js';

const AUDIO = Object.fromEntries(SERVED_RECORDING_TYPES.map((type) => [type, BINARY]));

@ApiTags('calls')
@Controller('api/calls/:id/recording')
export class RecordingsController {
  constructor(
    private readonly recordings: RecordingsService,
    private readonly peaks: RecordingPeaksService,
  ) {}

  /** Streams with HTTP Range support (206); every listen is written to the audit log. */
  @ApiOperation({ summary: 'Stream a call recording (audited)' })
  @Get()
  @ApiNonJsonResponse(200, 'The whole recording', AUDIO)
  @ApiNonJsonResponse(206, 'The byte range asked for in `Range`', AUDIO)
  @Roles('inspector', 'supervisor', 'auditor')
  async stream(
    @Param('id', ParseIdPipe) id: number,
    @Headers('range') range: string | undefined,
    @CurrentUser() user: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const file = await this.recordings.openForListening(id, user, range, String(req.id ?? ''));
    res.sendFile(file.path, { headers: { 'Content-Type': file.contentType }, dotfiles: 'allow' });
  }

  @ApiOperation({
    summary: "The recording's waveform peaks, for the console's timeline (not a listen)",
    description:
      'Computed once per recording content (cached by SHA-256). WAV (PCM, float, A-law, µ-law) ' +
      'is decoded; for other formats `peaks` is empty and `unavailable` says why.',
  })
  @Get('peaks')
  @Roles('inspector', 'supervisor', 'auditor')
  @ApiOkResponse({ type: RecordingPeaksView })
  peaksOf(@Param('id', ParseIdPipe) id: number): Promise<RecordingPeaksView> {
    return this.peaks.forCall(id);
  }

  @ApiOperation({
    summary: 'Upload a call recording (once: a stored recording is never replaced)',
    description:
      'The dialer (an agent-role client without an agent code) for any call, an agent for their own ' +
      'calls, admins. The body must be WAV, MP3, OGG/Opus, M4A, AAC, AMR or FLAC by its bytes ' +
      '(415 otherwise, whatever the Content-Type); 409 when the call already has a recording.',
  })
  @Put()
  @HttpCode(200)
  @Roles('agent')
  @ApiOkResponse({ type: RecordingUploadView })
  @Audited('recording.upload', 'call')
  @ApiConsumes('audio/wav', 'audio/mpeg', 'application/octet-stream')
  upload(
    @Param('id', ParseIdPipe) id: number,
    @Req() req: Request,
    @CurrentUser() user: Principal,
    @Headers('content-type') type?: string,
  ): Promise<RecordingUploadView> {
    return this.recordings.upload(id, req, user, type);
  }
}
