/**
 * Evidence at scale and keyboard use on the review and call pages, appended to
 * console.css: the waveform and its markers, grouped evidence links, the
 * transcript's search and focus. Colours meet WCAG AA on their backgrounds.
 */
export const evidenceCss = String.raw`
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.wave { position: relative; height: 40px; background: #f8fafc; border-radius: 3px; margin-bottom: 4px; }
.wave canvas { display: block; width: 100%; height: 100%; }
.markers { position: absolute; inset: 0; }
/* Ticks along the top edge (evidence) and the bottom edge (comments): the waveform stays readable under dozens. */
.marker { position: absolute; top: 0; height: 10px; width: 3px; margin-left: -1px; cursor: pointer; border-radius: 0 0 2px 2px; }
.marker[class*="ev-"] { background: #4b5563; }
.marker.ev-identity { background: #2563eb; }
.marker.ev-comprehension { background: #7c3aed; }
.marker.ev-script { background: #b45309; }
.marker.ev-consent { background: #15803d; }
.marker.comment { top: auto; bottom: 0; height: 12px; width: 9px; margin-left: -4px; background: #be123c; border-radius: 4px 4px 0 0; }
.player .warning { margin: 6px 0 0; padding: 4px 8px; border-radius: 6px; background: var(--unknown-bg); color: #92400e; }
.player p.muted { margin: 4px 0 0; }
.transcript-tools { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; }
.transcript-tools input[type=search] { flex: 1; max-width: 320px; }
.seg:focus-visible { outline: 2px solid #2563eb; outline-offset: -2px; }
.seg.hit { background: #fefce8; box-shadow: inset 3px 0 0 #ca8a04; }
.seg.hit-current { background: #fef9c3; outline: 2px solid #ca8a04; outline-offset: -2px; }
.ev-group .ev-link { border: 0; background: none; color: var(--primary); cursor: pointer; padding: 0 1px; font: inherit; text-decoration: underline dotted; }
.ev-group .ev-step { padding: 0 6px; margin-left: 6px; font-size: 12px; }
.ev-group.active .ev-step { border-color: var(--primary); }
@media print {
  .transcript-tools, .ev-step, .ev-more { display: none !important; }
  .ev-rest { display: inline !important; }
}
`;
