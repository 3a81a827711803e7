import { Injectable } from '@nestjs/common';

type Contributor = () => Promise<Record<string, unknown>>;

/** Modules add their own health facts (e.g. the oldest overdue confirmation step). */
@Injectable()
export class HealthExtras {
  private readonly contributors: Contributor[] = [];

  register(contributor: Contributor): void {
    this.contributors.push(contributor);
  }

  async collect(): Promise<Record<string, unknown>> {
    const parts = await Promise.all(this.contributors.map((c) => c().catch(() => ({}))));
    return Object.assign({}, ...parts);
  }
}
