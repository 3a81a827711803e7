import type { Evidence } from '../../types.js';

/** How one required disclosure fared: conveyed, never said, said wrongly, or not checkable. */
export interface SectionCheck {
  status: 'ok' | 'missing' | 'wrong' | 'unknown';
  reasons: string[];
  evidence: Evidence[];
}

export const SECTION_NAMES = {
  features: '业务功能',
  usage: '使用方法',
  price: '资费',
  cancel_method: '取消/退订方式',
  trial_end: '体验期截止日期',
} as const;

export function ok(reason: string, evidence: Evidence[]): SectionCheck {
  return { status: 'ok', reasons: [reason], evidence };
}

export function missing(reason: string, evidence: Evidence[] = []): SectionCheck {
  return { status: 'missing', reasons: [reason], evidence };
}

export function wrong(reason: string, evidence: Evidence[]): SectionCheck {
  return { status: 'wrong', reasons: [reason], evidence };
}
