import { createHash } from 'node:crypto';
import { blacklistJs } from './blacklist-js.js';
import { calibrationJs } from './calibration-js.js';
import { callCss } from './call-css.js';
import { callJs } from './call-js.js';
import { callOverturnJs } from './call-overturn-js.js';
import { chartsJs } from './charts-js.js';
import { commonJs } from './common-js.js';
import { consoleCss } from './console-css.js';
import { dashboardJs } from './dashboard-js.js';
import { dialListsJs } from './dial-lists-js.js';
import { evidenceCss } from './evidence-css.js';
import { evidenceJs } from './evidence-js.js';
import { loginJs } from './login-js.js';
import { overturnJs } from './overturn-js.js';
import { queueJs } from './queue-js.js';
import { reviewChecklistJs } from './review-checklist-js.js';
import { reviewDraftJs } from './review-draft-js.js';
import { reviewPlayerJs } from './review-player-js.js';
import { reviewTranscriptJs } from './review-transcript-js.js';
import { reviewJs } from './review-js.js';
import { serviceLanguageJs } from './service-language-js.js';
import { textsJs } from './texts-js.js';
import { transcriptSearchJs } from './transcript-search-js.js';
import { waveformJs } from './waveform-js.js';
import { walkJs } from './walk-js.js';
import { workOrdersJs } from './work-orders-js.js';

export interface Asset {
  contentType: string;
  body: string;
  etag: string;
}

const JS = 'text/javascript; charset=utf-8';

/** A call's recording, transcript and evidence: the parts the review and call pages share. */
const CALL_PARTS = [transcriptSearchJs, reviewTranscriptJs, evidenceJs, waveformJs, reviewPlayerJs];

/** Served as /console/assets/{name}; a page script may be several parts joined in order. */
const SOURCES: [string, string, string[]][] = [
  ['console.css', 'text/css; charset=utf-8', [consoleCss, callCss, evidenceCss]],
  ['console.js', JS, [textsJs, commonJs]],
  ['login.js', JS, [loginJs]],
  ['dashboard.js', JS, [chartsJs, dashboardJs]],
  ['queue.js', JS, [walkJs, queueJs]],
  [
    'review.js',
    JS,
    [...CALL_PARTS, serviceLanguageJs, reviewChecklistJs, reviewDraftJs, reviewJs, walkJs],
  ],
  ['calibration.js', JS, [calibrationJs]],
  ['work-orders.js', JS, [workOrdersJs]],
  ['call.js', JS, [...CALL_PARTS, serviceLanguageJs, callOverturnJs, callJs]],
  ['overturn.js', JS, [overturnJs]],
  ['blacklist.js', JS, [blacklistJs]],
  ['dial-lists.js', JS, [dialListsJs]],
];

export const ASSETS: ReadonlyMap<string, Asset> = new Map(
  SOURCES.map(([name, contentType, parts]) => {
    const body = parts.join('\n');
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 20)}"`;
    return [name, { contentType, body, etag }];
  }),
);
