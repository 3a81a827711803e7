import { MigrationInterface, QueryRunner } from 'typeorm';

export class Qa1763800005000 implements MigrationInterface {
  name = 'Qa1763800005000';

  async up(_q: QueryRunner): Promise<void> {}

  async down(_q: QueryRunner): Promise<void> {}
}
