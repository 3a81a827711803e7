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

/**
 * The item was conveyed only in words whose speaker is in doubt: said in a turn
 * tagged customer, or checked back as a question in a turn tagged agent.
 */
export function speakerUnclear(what: string, how: string, evidence: Evidence[]): SectionCheck {
  return {
    status: 'unknown',
    reasons: [`说话人不清：${what}只${how}，不能算坐席已告知，需人工复核`],
    evidence,
  };
}

/** "…是吧?" — a turn that checks something back rather than telling it. */
export const CHECKED_BACK = /(?:是吧|对吧|是不是|对不对|是吗|对吗)\?/;

export function wrong(reason: string, evidence: Evidence[]): SectionCheck {
  return { status: 'wrong', reasons: [reason], evidence };
}
