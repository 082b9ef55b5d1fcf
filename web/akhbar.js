// Akhbar's pages (akhbar view): the details of a mark on hover and focus, the panel's links to
// statements, and the search by speaker. A plain script beside the pages: no network, no library.
/* global document, window, history, location, URLSearchParams */
(function () {
  'use strict';

  // One tooltip for the page: a mark's data-tip, beside the innermost mark under the pointer or focused.
  var tip = document.getElementById('tip');
  var owner = null;
  function show(el) {
    if (!tip) return;
    owner = el;
    tip.textContent = el.getAttribute('data-tip');
    tip.hidden = false;
    // Beside the first line of the mark (a statement may wrap over several), on its reading side.
    var box = el.getClientRects()[0] || el.getBoundingClientRect();
    var below = box.bottom + 8;
    var start = window.getComputedStyle(el).direction === 'rtl' ? box.right - tip.offsetWidth : box.left;
    tip.style.top = (below + tip.offsetHeight > window.innerHeight ? Math.max(4, box.top - tip.offsetHeight - 8) : below) + 'px';
    tip.style.left = Math.max(4, Math.min(start, window.innerWidth - tip.offsetWidth - 8)) + 'px';
    if (el.matches('mark.st')) el.setAttribute('aria-describedby', 'tip');
  }
  function hide() {
    if (!tip) return;
    tip.hidden = true;
    if (owner) owner.removeAttribute('aria-describedby');
    owner = null;
  }
  document.addEventListener('mouseover', function (event) {
    var el = event.target.closest && event.target.closest('[data-tip]');
    if (el) show(el);
    else if (owner && owner !== document.activeElement) hide();
  });
  document.addEventListener('focusin', function (event) {
    var el = event.target.closest && event.target.closest('[data-tip]');
    if (el) show(el);
  });
  document.addEventListener('focusout', hide);
  window.addEventListener('scroll', function () { if (owner && owner !== document.activeElement) hide(); }, { passive: true });

  // The panel's statements: scroll the mark into the middle of the view, focus it, let it flash.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.said');
    if (!link) return;
    var mark = document.getElementById(link.getAttribute('data-target'));
    if (!mark) return;
    event.preventDefault();
    history.replaceState(null, '', '#' + mark.id);
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
    mark.classList.add('flash');
    window.setTimeout(function () { mark.classList.remove('flash'); }, 1500);
  });

  // Search by speaker, over speakers.js (loaded on first use: a page from disk may load a script).
  var form = document.getElementById('speaker-search');
  if (!form) return;
  var input = document.getElementById('speaker-query');
  var results = document.getElementById('speaker-results');
  var MAX_SPEAKERS = 20;
  var MAX_ARTICLES = 200;

  function withIndex(then) {
    if (window.akhbarSpeakers) return then(window.akhbarSpeakers);
    var script = document.createElement('script');
    script.src = 'speakers.js';
    script.onload = function () { then(window.akhbarSpeakers); };
    script.onerror = function () { results.textContent = 'The speaker index (speakers.js) could not be read.'; };
    document.head.appendChild(script);
  }

  // The project's normal form (ontology/lexicon/normalization.json, shipped in speakers.js).
  function folder(table) {
    var hex = function (c) { return '\\u{' + c.codePointAt(0).toString(16) + '}'; };
    var deleted = new RegExp('[' + table.ranges.map(function (r) { return hex(r[0]) + '-' + hex(r[1]); }).join('') + ']', 'gu');
    return function (text) {
      return Array.from(text.replace(deleted, ''), function (c) { return Object.prototype.hasOwnProperty.call(table.map, c) ? table.map[c] : c; }).join('').toLowerCase();
    };
  }

  function element(tag, text, attrs) {
    var el = document.createElement(tag);
    if (text) el.textContent = text;
    for (var name in attrs || {}) el.setAttribute(name, attrs[name]);
    return el;
  }

  function search(data, query) {
    results.textContent = '';
    var fold = folder(data.folding);
    var q = fold(query.trim());
    if (!q) return;
    var found = data.speakers.filter(function (s) { return fold(s[0]).indexOf(q) >= 0 || fold(s[1]).indexOf(q) >= 0; });
    results.appendChild(element('p', found.length === 0 ? 'No speaker matches “' + query + '”.' : found.length + ' speaker(s) match' + (found.length > MAX_SPEAKERS ? '; the ' + MAX_SPEAKERS + ' with most statements:' : ':'), { 'class': 'found' }));
    found.slice(0, MAX_SPEAKERS).forEach(function (s) {
      var section = element('section', '', { 'class': 'speaker-result' });
      var heading = element('h3');
      if (s[0]) heading.appendChild(element('bdi', s[0], { lang: 'ar', dir: 'rtl' }));
      if (s[1]) heading.appendChild(element('span', ' ' + s[1], { 'class': 'en' }));
      if (s[2]) {
        heading.appendChild(document.createTextNode(' '));
        heading.appendChild(element('a', s[2], { 'class': 'wd', href: 'https://www.wikidata.org/wiki/' + s[2] }));
      }
      section.appendChild(heading);
      var pairs = s[4];
      section.appendChild(element('p', s[3] + ' statement(s) in ' + pairs.length / 2 + ' article(s)'));
      var list = element('ol');
      for (var i = 0; i < pairs.length && i < 2 * MAX_ARTICLES; i += 2) {
        var article = data.articles[pairs[i]];
        var item = element('li');
        item.appendChild(element('a', article[1], { href: article[0], dir: 'auto' }));
        item.appendChild(document.createTextNode(' (' + pairs[i + 1] + (article[2] ? ', ' + article[2] : '') + ')'));
        list.appendChild(item);
      }
      section.appendChild(list);
      if (pairs.length > 2 * MAX_ARTICLES) section.appendChild(element('p', 'and ' + (pairs.length / 2 - MAX_ARTICLES) + ' more article(s).', { 'class': 'none' }));
      results.appendChild(section);
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var query = input.value;
    history.replaceState(null, '', '?speaker=' + encodeURIComponent(query) + '#search');
    withIndex(function (data) { search(data, query); });
  });
  var initial = new URLSearchParams(location.search).get('speaker');
  if (initial) {
    input.value = initial;
    withIndex(function (data) { search(data, initial); });
  }
})();
