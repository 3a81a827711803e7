import { AppConfig } from './app-config.js';
import { EnvironmentError, validateEnvironment } from './environment.js';

describe('validateEnvironment', () => {
  it('works with no configuration at all', () => {
    const config = new AppConfig(validateEnvironment({}));
    expect(config).toMatchObject({
      port: 3000,
      timeZone: 'Asia/Shanghai',
      role: 'all',
      redisUrl: 'redis://127.0.0.1:6379',
    });
    expect(config.database).toMatchObject({ type: 'sqlite' });
    expect(config.database.type === 'sqlite' && config.database.path).toMatch(/data\/app\.sqlite$/);
  });

  it('switches to PostgreSQL with DATABASE_URL', () => {
    const config = new AppConfig(validateEnvironment({ DATABASE_URL: 'postgres://u@h:5432/db' }));
    expect(config.database).toEqual({
      type: 'postgres',
      url: 'postgres://u@h:5432/db',
      schema: undefined,
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['CENTRE_TZ', 'Mars/Olympus'],
    ['APP_ROLE', 'boss'],
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'http://x'],
    ['ADMIN_API_TOKEN', 'short'],
    ['CALLING_WINDOW', '20:00-09:00'],
    ['CALLING_WINDOW', '9-20'],
    ['RECONCILE_INTERVAL_SECONDS', '0'],
    ['CALLING_TIMEOUT_MINUTES', 'soon'],
    ['CONFIRMATION_WEBHOOK_URL', 'dialer.local/hook'],
  ])('names %s when it is bad (%s)', (name, value) => {
    expect(() => validateEnvironment({ [name]: value })).toThrow(EnvironmentError);
    expect(() => validateEnvironment({ [name]: value })).toThrow(new RegExp(`${name}=`));
  });

  it('has trial confirmation defaults', () => {
    const config = new AppConfig(validateEnvironment({}));
    expect(config).toMatchObject({
      callingWindow: { startMinutes: 540, endMinutes: 1200 },
      reconcileIntervalSeconds: 60,
      callingTimeoutMinutes: 120,
      confirmationWebhookUrl: undefined,
    });
  });

  it('needs WEBHOOK_SECRET once a webhook URL is set', () => {
    const url = { CONFIRMATION_WEBHOOK_URL: 'http://127.0.0.1:9000/due' };
    expect(() => validateEnvironment(url)).toThrow(/WEBHOOK_SECRET=/);
    const ok = validateEnvironment({ ...url, WEBHOOK_SECRET: 'a-long-enough-secret' });
    expect(new AppConfig(ok).webhookSecret).toBe('a-long-enough-secret');
  });

  it('keeps the test clock off unless TEST_CLOCK=on, and refuses it in production or a split deployment', () => {
    expect(new AppConfig(validateEnvironment({})).testClock).toBe(false);
    expect(new AppConfig(validateEnvironment({ TEST_CLOCK: 'on' })).testClock).toBe(true);
    for (const env of [
      { TEST_CLOCK: 'yes' },
      { TEST_CLOCK: 'on', NODE_ENV: 'production' },
      { TEST_CLOCK: 'on', APP_ROLE: 'api' },
      { TEST_CLOCK: 'on', APP_ROLE: 'worker' },
    ]) {
      expect(() => validateEnvironment(env)).toThrow(/TEST_CLOCK=/);
    }
  });
});
