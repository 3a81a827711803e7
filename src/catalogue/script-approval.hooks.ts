import { Injectable } from '@nestjs/common';
import type { ScriptVersion } from './script-version.entity.js';

export type ScriptApprovedListener = (script: ScriptVersion) => Promise<void>;

/**
 * Lets later modules (the calls module re-evaluates calls that used a newly
 * approved script) react to approvals without the catalogue depending on them.
 */
@Injectable()
export class ScriptApprovalHooks {
  private readonly listeners: ScriptApprovedListener[] = [];

  register(listener: ScriptApprovedListener): void {
    this.listeners.push(listener);
  }

  async afterApproval(script: ScriptVersion): Promise<void> {
    for (const listener of this.listeners) await listener(script);
  }
}
