import { Body, Controller, Get, HttpCode, Logger, OnModuleInit, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/decorators.js';
import { Audited } from '../../common/audit/audited.decorator.js';
import { HealthExtras } from '../../common/health/health-extras.js';
import { Clock } from '../clock.js';
import { SetTestClockDto, TestClockView } from './set-clock.dto.js';

/**
 * TEST ONLY: wired in when TEST_CLOCK=on (refused in production, see
 * environment.ts), so the acceptance suite can walk the compiled service
 * through a 30-day trial. It pins the trials' clock (due times, the charge
 * gate, timeouts) and nothing else; BullMQ delays still run on real time, so
 * the tests promote the job they want to fire, whose handler then reads this
 * clock. Every move is audited, logged as a warning and shown in /api/health.
 */
@ApiTags('admin')
@Controller('api/admin/test-clock')
@Roles('admin')
export class TestClockController implements OnModuleInit {
  private readonly logger = new Logger('TestClock');

  constructor(
    private readonly clock: Clock,
    private readonly health: HealthExtras,
  ) {}

  onModuleInit(): void {
    this.logger.warn(
      "TEST_CLOCK=on: admins can move the trials' clock (PUT /api/admin/test-clock). " +
        'For tests only; never run a real centre like this.',
    );
    this.health.register(async () => ({ testClock: this.view() }));
  }

  @ApiOperation({ summary: "Read the trials' clock (TEST_CLOCK=on only)" })
  @Get()
  @ApiOkResponse({ type: TestClockView })
  get(): TestClockView {
    return this.view();
  }

  @ApiOperation({ summary: "Pin the trials' clock, or null for real time (TEST_CLOCK=on only)" })
  @Put()
  @HttpCode(200)
  @ApiOkResponse({ type: TestClockView })
  @Audited('test_clock.set', 'test_clock')
  set(@Body() dto: SetTestClockDto): TestClockView {
    this.clock.set(dto.now === null ? null : new Date(dto.now));
    this.logger.warn(
      `Trials' clock ${dto.now === null ? 'back to real time' : `pinned at ${dto.now}`}`,
    );
    return this.view();
  }

  private view(): TestClockView {
    return {
      pinned: this.clock.pinnedAt()?.toISOString() ?? null,
      now: this.clock.now().toISOString(),
    };
  }
}
