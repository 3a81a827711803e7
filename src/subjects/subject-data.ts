import { Injectable } from '@nestjs/common';
import { SubjectCalls, type SubjectCall } from '../calls/index.js';
import { InvalidInputError } from '../common/errors.js';
import { normalizePhone } from '../common/phone/normalize-phone.js';
import { SubjectComplaints, type SubjectComplaint } from '../complaints/index.js';
import { SubjectTrials, type SubjectTrial } from '../trials/index.js';
import { SubjectKey } from './subject-key.js';

/** One subject's rows as the modules' front doors give them, by the number and by its hash. */
export interface SubjectRows {
  phone: string;
  hashed: string;
  calls: SubjectCall[];
  trials: SubjectTrial[];
  complaints: SubjectComplaint[];
}

/** Reads what export and erase both start from; neither touches another module's tables. */
@Injectable()
export class SubjectData {
  constructor(
    private readonly key: SubjectKey,
    private readonly calls: SubjectCalls,
    private readonly trials: SubjectTrials,
    private readonly complaints: SubjectComplaints,
  ) {}

  async subject(raw: string): Promise<{ phone: string; hashed: string }> {
    const phone = normalizePhone(raw);
    if (phone === null) throw new InvalidInputError('phone: not a phone number in any spelling');
    return { phone, hashed: await this.key.hash(phone) };
  }

  async rows(raw: string, now = new Date()): Promise<SubjectRows> {
    const { phone, hashed } = await this.subject(raw);
    const both = [phone, hashed];
    const [calls, trials, complaints] = await Promise.all([
      this.calls.of(both),
      this.trials.of(both),
      this.complaints.of(both, now),
    ]);
    return { phone, hashed, calls, trials, complaints };
  }
}
