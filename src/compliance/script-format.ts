/**
 * Approved-script text format: one section per line, `[name] words`.
 * Parsed once when a script version is saved so that a malformed script is
 * rejected at authoring time rather than silently failing every call later.
 */
import { DomainError } from '../common/errors.js';

export const SCRIPT_SECTIONS = [
  'greeting',
  'identity',
  'permission',
  'features',
  'usage',
  'price',
  'trial_end',
  'cancel_method',
  'consent',
  'closing',
] as const;

export type ScriptSection = (typeof SCRIPT_SECTIONS)[number];

/** The disclosures the carrier requires; `trial_end` only for trial products. */
export type RequiredDisclosure = 'features' | 'usage' | 'price' | 'cancel_method' | 'trial_end';

export type ScriptSections = Partial<Record<ScriptSection, string>>;

export class ScriptFormatError extends DomainError {
  constructor(message: string) {
    super('invalid', 'SCRIPT_FORMAT_INVALID', message);
  }
}

export function requiredDisclosures(hasTrial: boolean): RequiredDisclosure[] {
  const base: RequiredDisclosure[] = ['features', 'usage', 'price', 'cancel_method'];
  return hasTrial ? [...base, 'trial_end'] : base;
}

const LINE = /^\[([a-z_]+)\]\s*(.*)$/;

export function parseScript(text: string, hasTrial: boolean): ScriptSections {
  const sections: ScriptSections = {};
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  lines.forEach((line, index) => {
    if (line === '') return;
    const match = LINE.exec(line);
    if (!match) {
      throw new ScriptFormatError(`line ${index + 1}: expected "[section] words", got "${line}"`);
    }
    const [, name, words] = match;
    if (!(SCRIPT_SECTIONS as readonly string[]).includes(name)) {
      throw new ScriptFormatError(
        `line ${index + 1}: unknown section "${name}" (allowed: ${SCRIPT_SECTIONS.join(', ')})`,
      );
    }
    if (sections[name as ScriptSection] !== undefined) {
      throw new ScriptFormatError(`line ${index + 1}: section "${name}" appears twice`);
    }
    sections[name as ScriptSection] = words;
  });
  const missing = requiredDisclosures(hasTrial).filter((s) => !sections[s]);
  if (missing.length > 0) {
    throw new ScriptFormatError(`missing required section(s): ${missing.join(', ')}`);
  }
  return sections;
}
