import { MigrationInterface, QueryRunner } from 'typeorm';

export class Trials1763800006000 implements MigrationInterface {
  name = 'Trials1763800006000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
