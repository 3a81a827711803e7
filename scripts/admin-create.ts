/**
 * Creates an admin who signs in at the console: `npm run admin:create -- wang.jingli "王经理"`.
 * The password comes from ADMIN_PASSWORD, or is generated and printed once.
 * Uses the same configuration (DATA_DIR / DATABASE_URL) as the service.
 */
import { randomBytes } from 'node:crypto';
import { UsersService } from '../src/auth/users.service.js';
import { createCliContext } from '../src/bootstrap.js';

const [username, name = username] = process.argv.slice(2);
if (!username) {
  process.stderr.write('Usage: npm run admin:create -- <username> [display name]\n');
  process.exit(2);
}
const given = process.env.ADMIN_PASSWORD;
const password = given ?? randomBytes(15).toString('base64url');
const ctx = await createCliContext(process.env);
try {
  const user = await ctx.get(UsersService).create({ name, role: 'admin', username, password });
  process.stdout.write(
    `Admin "${user.name}" created; sign in at the console as ${user.username}` +
      (given ? ' with ADMIN_PASSWORD.\n' : ` with this password (shown once):\n${password}\n`),
  );
} finally {
  await ctx.close();
}
