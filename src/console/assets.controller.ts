import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController, ApiOperation } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/access/decorators.js';
import { ASSETS } from './assets/index.js';

/**
 * The console's scripts and stylesheet. Public on purpose: the sign-in page
 * needs them before anyone is signed in, and they are the same static code
 * for everybody, holding no data. Compiled into dist/ as TypeScript string
 * modules, so `npm start` and the Docker image serve them with no copy step.
 */
@ApiExcludeController()
@Controller('console/assets')
export class AssetsController {
  @ApiOperation({ summary: 'Web console static asset' })
  @Get(':name')
  @Public()
  asset(@Param('name') name: string, @Req() req: Request, @Res() res: Response) {
    const asset = ASSETS.get(name);
    if (!asset) throw new NotFoundException(`No console asset ${name}`);
    res.setHeader('Content-Type', asset.contentType);
    // Revalidated each time (a cheap 304 on the ETag), so a deploy is seen at once.
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('ETag', asset.etag);
    if (req.headers['if-none-match'] === asset.etag) {
      res.status(304).end();
      return;
    }
    res.send(asset.body);
  }
}
