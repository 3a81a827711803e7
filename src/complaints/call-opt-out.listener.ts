import { Injectable, OnModuleInit } from '@nestjs/common';
import { BlacklistService } from '../blacklist/blacklist.service.js';
import { CallEvents, type CallFacts } from '../calls/index.js';
import { mentionsOptOut } from './domain/opt-out.js';

/**
 * A customer who says "不要再给我打电话" on any call goes on the blacklist at
 * once, in the same transaction that stores the call.
 */
@Injectable()
export class CallOptOutListener implements OnModuleInit {
  constructor(
    private readonly events: CallEvents,
    private readonly blacklist: BlacklistService,
  ) {}

  onModuleInit(): void {
    this.events.on('stored', async (calls, tx) => {
      for (const call of calls) {
        const segment = optOutSegment(call);
        if (segment === null) continue;
        await this.blacklist.add(
          call.phone,
          {
            reason: `通话 ${call.externalId} 中客户明确要求不再来电：“${segment.slice(0, 200)}”`,
            source: 'opt_out',
          },
          tx,
        );
      }
    });
  }
}

function optOutSegment(call: Pick<CallFacts, 'transcript'>): string | null {
  const said = call.transcript?.find((s) => s.speaker === 'customer' && mentionsOptOut(s.text));
  return said ? said.text : null;
}
