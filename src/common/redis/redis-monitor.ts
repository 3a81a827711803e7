import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config.js';
import { redisOptions } from './redis-options.js';

export type RedisState = 'up' | 'down';
type Listener = (state: RedisState) => void;

/**
 * Watches Redis with its own connection and logs one line per state change, so
 * an outage reads as "down … up" rather than thousands of connection errors.
 */
@Injectable()
export class RedisMonitor implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Redis');
  private client?: Redis;
  private current: RedisState | 'unknown' = 'unknown';
  private closing = false;
  private readonly listeners: Listener[] = [];

  constructor(private readonly config: AppConfig) {}

  /** Waits for the first connect or refusal, so health right after start tells the truth. */
  async onModuleInit(): Promise<void> {
    this.client = new Redis({
      ...redisOptions(this.config.redisUrl),
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      connectionName: 'health-monitor',
    });
    this.client.on('ready', () => this.set('up'));
    this.client.on('error', () => this.set('down'));
    this.client.on('close', () => this.set('down'));
    const deadline = Date.now() + 3_000;
    while (this.current === 'unknown' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
  }

  get state(): RedisState {
    return this.current === 'up' ? 'up' : 'down';
  }

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** Resolves once Redis is up, or false after the timeout. */
  async waitUntilUp(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.current !== 'up' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    return this.current === 'up';
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    this.client?.disconnect();
  }

  private set(state: RedisState): void {
    if (state === this.current || this.closing) return;
    const first = this.current === 'unknown';
    this.current = state;
    const where = this.config.redisUrl.replace(/\/\/[^@]*@/, '//***@');
    if (state === 'up')
      this.logger.log(`Redis is up (${where})${first ? '' : '; queued work resumes'}`);
    else this.logger.warn(`Redis is down (${where}); queue work waits until it is back`);
    this.listeners.forEach((l) => l(state));
  }
}
