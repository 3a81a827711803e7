/**
 * The call page's own rules, appended to console.css. It borrows the review
 * workspace's two scrolling columns (.review-body) and player/transcript.
 */
export const callCss = String.raw`
main.page-call { max-width: none; padding-bottom: 0; }
.call-body { grid-template-columns: minmax(0, 1fr) 520px; }
.call-body .std { margin: 0 0 8px; }
.call-body .std ul { margin: 2px 0; padding-left: 18px; color: #374151; }
.review-entry { border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; margin-bottom: 8px; }
.review-entry.current { border-color: #93c5fd; }
.review-entry h3 { margin: 0; }
.review-entry .rules span { margin-right: 8px; white-space: nowrap; }
.review-entry .reason { background: #f8fafc; border-left: 3px solid #94a3b8; padding: 4px 8px; margin: 4px 0; }
.overturn-form { border-top: 1px dashed var(--line); margin-top: 8px; padding-top: 8px; }
.overturn-form .field-label input { display: block; width: 100%; margin-top: 4px; font-weight: normal; }
.overturn-form .inline-form { margin-top: 8px; }
.call-body table.data th, .call-body td.nowrap { white-space: nowrap; }
.confirm { margin-top: 8px; padding: 8px 10px; border: 1px solid #fca5a5; border-radius: 8px; background: #fffafa; }
.confirm ul.changes { margin: 4px 0; padding-left: 18px; }
@media print {
  .call-body { display: block; height: auto; }
  .overturn, .overturn-form { display: none !important; }
}
`;
