import pg from 'pg';

/** One client of the test PostgreSQL (TEST_DATABASE_URL) for schema set-up and teardown. */
export async function withPg<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
