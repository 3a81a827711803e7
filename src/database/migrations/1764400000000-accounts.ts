import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col } from '../migration-columns.js';

const userFk = {
  columnNames: ['user_id'],
  referencedTableName: 'users',
  referencedColumnNames: ['id'],
  onDelete: 'CASCADE',
};

/** On PostgreSQL the configured schema is named, since search_path need not point at it. */
function table(q: QueryRunner, name: string): string {
  const schema = (q.connection.options as { schema?: string }).schema;
  return schema ? `"${schema}"."${name}"` : name;
}

/**
 * People sign in with a username and password into server-side sessions; API
 * tokens move to their own table so a user can hold several, each revocable.
 * Every existing token keeps working: its hash is copied over.
 */
export class Accounts1764400000000 implements MigrationInterface {
  name = 'Accounts1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('users', [
      new TableColumn(col.str('username', 64, true)),
      new TableColumn(col.str('password_hash', 255, true)),
      new TableColumn(col.timestamp('password_changed_at', true)),
    ]);
    await q.createIndex(
      'users',
      new TableIndex({ name: 'uq_users_username', columnNames: ['username'], isUnique: true }),
    );
    await q.createTable(
      new Table({
        name: 'api_tokens',
        columns: [
          col.id(),
          col.int('user_id'),
          col.str('name', 120),
          col.str('token_hash', 64),
          col.timestamp('created_at'),
          col.timestamp('last_used_at', true),
          col.timestamp('revoked_at', true),
        ],
        indices: [
          { name: 'uq_api_tokens_hash', columnNames: ['token_hash'], isUnique: true },
          { name: 'ix_api_tokens_user', columnNames: ['user_id'] },
        ],
        foreignKeys: [userFk],
      }),
    );
    await q.createTable(
      new Table({
        name: 'auth_sessions',
        columns: [
          col.id(),
          col.int('user_id'),
          col.str('id_hash', 64),
          col.str('method', 16),
          col.str('address', 64, true),
          col.str('user_agent', 255, true),
          col.timestamp('created_at'),
          col.timestamp('last_seen_at'),
          col.timestamp('expires_at'),
          col.timestamp('revoked_at', true),
        ],
        indices: [
          { name: 'uq_auth_sessions_hash', columnNames: ['id_hash'], isUnique: true },
          { name: 'ix_auth_sessions_user', columnNames: ['user_id'] },
        ],
        foreignKeys: [userFk],
      }),
    );
    const t = (name: string) => table(q, name);
    await q.query(
      `INSERT INTO ${t('api_tokens')} (user_id, name, token_hash, created_at)
       SELECT id, 'initial', token_hash, created_at FROM ${t('users')}`,
    );
    await q.dropIndex('users', 'uq_users_token_hash');
    // Plain SQL (SQLite ≥ 3.35), not TypeORM's table rebuild under the foreign keys to users.
    await q.query(`ALTER TABLE ${t('users')} DROP COLUMN token_hash`);
  }

  async down(q: QueryRunner): Promise<void> {
    const t = (name: string) => table(q, name);
    await q.query(`ALTER TABLE ${t('users')} ADD COLUMN token_hash varchar(64)`);
    await q.query(
      `UPDATE ${t('users')} SET token_hash = (SELECT MIN(a.token_hash) FROM ${t('api_tokens')} a
       WHERE a.user_id = ${t('users')}.id AND a.revoked_at IS NULL)`,
    );
    await q.dropTable('auth_sessions');
    await q.dropTable('api_tokens');
    await q.dropIndex('users', 'uq_users_username');
    await q.dropColumns('users', ['username', 'password_hash', 'password_changed_at']);
  }
}
