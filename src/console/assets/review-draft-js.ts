/**
 * Review drafts (QA.draft): the choices, notes and comments of an unfinished
 * review, kept in this browser's localStorage under the user and the item, so
 * a reload, a crash or a session that expired mid-review loses nothing. The
 * key names the user: someone else signing in on the same browser never sees
 * them. Cleared once the review is stored; drafts untouched for 30 days go.
 */
export const reviewDraftJs = String.raw`
(function () {
  'use strict';
  var PREFIX = 'qa.review.draft.';
  var MAX_AGE_MS = 30 * 86400000;
  var key = null;

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  /** A stored draft or null; an unreadable value counts as none. */
  function read(k) {
    var s = storage();
    try { return s ? JSON.parse(s.getItem(k) || 'null') : null; } catch (e) { return null; }
  }

  function prune() {
    var s = storage();
    if (!s) return;
    var now = Date.now();
    for (var i = s.length - 1; i >= 0; i--) {
      var k = s.key(i);
      if (k && k.indexOf(PREFIX) === 0) {
        var d = read(k);
        if (!d || !(now - d.savedAt < MAX_AGE_MS)) s.removeItem(k);
      }
    }
  }

  /** Picks the draft slot of this user and item; returns the draft saved there, if any. */
  function open(userId, itemId) {
    prune();
    key = PREFIX + userId + '.' + itemId;
    var d = read(key);
    return d && d.rules ? d : null;
  }

  /** Full browser storage or private mode must not break reviewing: the draft is a convenience. */
  function save(draft) {
    var s = storage();
    if (!s || !key) return;
    try { s.setItem(key, JSON.stringify(Object.assign({ savedAt: Date.now() }, draft))); } catch (e) { /* not saved */ }
  }

  function clear() {
    var s = storage();
    if (s && key) s.removeItem(key);
  }

  QA.draft = { open: open, save: save, clear: clear };
})();
`;
