import { ApiProperty } from '@nestjs/swagger';

/** The consent ledger's head as the report carries it. */
export class LedgerHeadView {
  @ApiProperty({ description: 'Sequence number of the last ledger entry before the week ended' })
  seq!: number;
  @ApiProperty({ description: 'Its SHA-256: GET /api/ledger/verify must still reach it' })
  hash!: string;
}
