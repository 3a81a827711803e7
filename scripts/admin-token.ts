/**
 * Creates an admin user and prints its token: `npm run admin:token -- "王经理"`.
 * Uses the same configuration (DATA_DIR / DATABASE_URL) as the service.
 */
import { UsersService } from '../src/auth/users.service.js';
import { createCliContext } from '../src/bootstrap.js';

const name = process.argv[2] ?? 'admin';
const ctx = await createCliContext(process.env);
try {
  const user = await ctx.get(UsersService).create({ name, role: 'admin' });
  process.stdout.write(`Admin "${user.name}" created. Token (shown once):\n${user.token}\n`);
} finally {
  await ctx.close();
}
