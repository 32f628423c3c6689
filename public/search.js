// Faultline search page enhancement: live search as you type (debounced). It asks the server for
// the same page the form would load and swaps in its results and filter panel, so the page has one
// renderer (the server's, which escapes every corpus string) and works the same without this file.
// The fetched page is parsed by DOMParser: nothing in it runs, and only two known containers of it
// are moved into this page.
(function () {
  'use strict';

  var DEBOUNCE_MS = 250;

  function pageUrl(params) {
    var qs = params.toString();
    return qs === '' ? '/' : '/?' + qs;
  }

  function showError(message) {
    var alert = document.getElementById('live-alert');
    if (!message) {
      if (alert) alert.remove();
      return;
    }
    if (!alert) {
      alert = document.createElement('div');
      alert.className = 'alert';
      alert.setAttribute('role', 'alert');
      alert.id = 'live-alert';
      var layout = document.querySelector('.search-layout');
      layout.parentNode.insertBefore(alert, layout);
    }
    alert.textContent = message;
  }

  /** Replaces the element with `id` in this page by the one of `doc` (when both exist). */
  function swap(doc, id) {
    var fresh = doc.getElementById(id);
    var current = document.getElementById(id);
    if (!fresh || !current) return;
    current.replaceWith(document.importNode(fresh, true));
  }

  function setup() {
    var form = document.getElementById('search-form');
    var input = document.getElementById('q');
    var sort = document.getElementById('sort');
    var layerRole = document.getElementById('layerRole');
    if (!form || !input || !document.getElementById('results-body') || !window.fetch || !window.DOMParser) return;
    var timer = null;
    var controller = null;
    var lastQuery = input.value;

    if (sort) sort.addEventListener('change', function () { form.submit(); });
    if (layerRole) layerRole.addEventListener('change', function () { form.submit(); });

    function run() {
      var params = new URLSearchParams(window.location.search);
      params.delete('page');
      if (input.value.trim() === '') params.delete('q'); else params.set('q', input.value);
      if (controller) controller.abort();
      controller = new AbortController();
      document.body.setAttribute('data-searching', 'true');
      fetch(pageUrl(params), { signal: controller.signal, headers: { Accept: 'text/html' } })
        .then(function (res) {
          return res.text().then(function (text) { return { ok: res.ok, text: text }; });
        })
        .then(function (result) {
          document.body.removeAttribute('data-searching');
          var doc = new DOMParser().parseFromString(result.text, 'text/html');
          if (!result.ok) {
            var alert = doc.querySelector('main .alert');
            showError(alert ? alert.textContent.trim() : 'That search could not run.');
            return;
          }
          showError(null);
          window.history.replaceState(null, '', pageUrl(params));
          swap(doc, 'results-body');
          swap(doc, 'facets');
          var clear = doc.querySelector('.clear-filters');
          var currentClear = document.querySelector('.clear-filters');
          if (clear && currentClear) currentClear.setAttribute('href', clear.getAttribute('href'));
        })
        .catch(function (error) {
          if (error && error.name === 'AbortError') return;
          document.body.removeAttribute('data-searching');
        });
    }

    input.addEventListener('input', function () {
      if (input.value === lastQuery) return;
      lastQuery = input.value;
      if (timer) window.clearTimeout(timer);
      timer = window.setTimeout(run, DEBOUNCE_MS);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setup);
  } else {
    setup();
  }
})();
