import type { AppConfig } from '../config/app-config.js';
import type { TrialConfig } from './domain/index.js';

/** What the pure machine needs from the typed configuration. */
export function trialConfig(config: AppConfig): TrialConfig {
  return { tz: config.timeZone, window: config.callingWindow };
}
