// Faultline search page enhancement: live search as you type (debounced) through /api/search.
// Everything is built with DOM methods and textContent, so corpus text is never parsed as HTML.
// Without this file the search form submits normally and the server renders the same page.
(function () {
  'use strict';

  var DEBOUNCE_MS = 250;
  var LIST_PARAMS = { layers: 'layer', causes: 'cause', certainty: 'certainty', providers: 'provider' };
  var CERTAINTIES = ['confirmed', 'reported', 'speculated'];

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        if (attrs[key] !== null && attrs[key] !== undefined) node.setAttribute(key, attrs[key]);
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function listValues(params, name) {
    var out = [];
    params.getAll(name).forEach(function (v) {
      v.split(',').forEach(function (part) {
        part = part.trim();
        if (part !== '' && out.indexOf(part) === -1) out.push(part);
      });
    });
    return out;
  }

  function pageUrl(params) {
    var qs = params.toString();
    return qs === '' ? '/' : '/?' + qs;
  }

  function toggled(params, name, value) {
    var next = new URLSearchParams(params.toString());
    var values = listValues(params, name);
    var at = values.indexOf(value);
    if (at === -1) values.push(value); else values.splice(at, 1);
    next.delete(name);
    values.forEach(function (v) { next.append(name, v); });
    next.delete('page');
    return next;
  }

  function yearToggled(params, year) {
    var next = new URLSearchParams(params.toString());
    if (params.get('from') === year && params.get('to') === year) {
      next.delete('from');
      next.delete('to');
    } else {
      next.set('from', year);
      next.set('to', year);
    }
    next.delete('page');
    return next;
  }

  function marked(text, highlights) {
    var frag = document.createDocumentFragment();
    var ranges = highlights.slice().sort(function (a, b) { return a.start - b.start; });
    var at = 0;
    ranges.forEach(function (r) {
      var start = Math.max(r.start, at);
      if (r.end <= start) return;
      frag.appendChild(document.createTextNode(text.slice(at, start)));
      frag.appendChild(el('mark', null, [text.slice(start, r.end)]));
      at = r.end;
    });
    frag.appendChild(document.createTextNode(text.slice(at)));
    return frag;
  }

  function badge(axis, tag, impacted) {
    var certainty = CERTAINTIES.indexOf(tag.certainty) === -1 ? 'speculated' : tag.certainty;
    var kind = impacted ? 'impacted layer' : axis;
    return el('li', null, [
      el('span', { class: 'badge badge--' + axis + (impacted ? ' badge--impacted' : '') + ' badge--' + certainty, title: kind + ' ' + tag.label + ': ' + certainty }, [
        el('span', { class: 'visually-hidden' }, [kind + ': ']),
        tag.label,
        el('span', { class: 'badge__certainty' }, [certainty]),
      ]),
    ]);
  }

  function renderHit(hit) {
    var date = hit.published ? hit.published.slice(0, 10) : null;
    var meta = el('p', { class: 'hit__meta' }, [date ? el('time', { datetime: date }, [date]) : el('span', null, ['date unknown'])]);
    if (hit.providers.length > 0) {
      meta.appendChild(document.createTextNode(' · '));
      meta.appendChild(el('span', { class: 'hit__providers' }, [hit.providers.join(', ')]));
    }
    var badges = null;
    var impacted = hit.impactedLayers || [];
    if (hit.layers.length + hit.causes.length + impacted.length > 0) {
      badges = el('ul', { class: 'badges', 'aria-label': 'Tags' },
        hit.layers.map(function (t) { return badge('layer', t, false); })
          .concat(hit.causes.map(function (t) { return badge('cause', t, false); }))
          .concat(impacted.map(function (t) { return badge('layer', t, true); })));
    }
    var snippet = el('p', { class: 'hit__snippet' });
    snippet.appendChild(marked(hit.snippet.text, hit.snippet.highlights));
    return el('li', { class: 'hit' }, [
      el('h3', { class: 'hit__title' }, [el('a', { href: '/incidents/' + encodeURIComponent(hit.incident) }, [hit.title || 'Untitled report'])]),
      meta,
      badges,
      snippet,
    ]);
  }

  function facetLink(href, label, count, selected) {
    var a = el('a', { class: 'facet__link' + (selected ? ' is-selected' : ''), href: href, 'aria-current': selected ? 'true' : null }, [
      el('span', { class: 'facet__check', 'aria-hidden': 'true' }, [selected ? '✓' : '']),
      el('span', { class: 'facet__label' }, [label]),
      count === null ? null : el('span', { class: 'facet__count' }, [String(count)]),
      selected ? el('span', { class: 'visually-hidden' }, [' (selected; follow to remove this filter)']) : null,
    ]);
    return el('li', null, [a]);
  }

  function facetSection(title, key, items) {
    if (items.length === 0) return null;
    return el('section', { class: 'facet', 'data-facet': key }, [
      el('h3', { class: 'facet__title' }, [title]),
      el('ul', { class: 'facet__list' }, items),
    ]);
  }

  function listFacet(params, title, filter, counts) {
    var name = LIST_PARAMS[filter];
    var selected = listValues(params, name);
    var entries = Object.keys(counts).map(function (k) { return [k, counts[k]]; });
    selected.forEach(function (v) { if (!(v in counts)) entries.push([v, 0]); });
    entries.sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); }); // code units, as the server orders facets (compareStrings)
    return facetSection(title, filter, entries.map(function (e) {
      return facetLink(pageUrl(toggled(params, name, e[0])), e[0], e[1], selected.indexOf(e[0]) !== -1);
    }));
  }

  function renderFacets(aside, params, facets) {
    var title = aside.querySelector('.facets__title');
    aside.textContent = '';
    if (title) aside.appendChild(title);
    var selectedCertainty = listValues(params, 'certainty');
    var years = Object.keys(facets.year).filter(function (y) { return /^\d{4}$/.test(y); }).sort().reverse();
    var layerRole = params.get('layerRole');
    var layerTitle = layerRole === 'impacted' ? 'Failure layer (impacted)' : layerRole === 'any' ? 'Failure layer (any role)' : 'Failure layer';
    [
      listFacet(params, layerTitle, 'layers', facets.layer),
      listFacet(params, 'Root cause', 'causes', facets.cause),
      facetSection('Certainty', 'certainty', CERTAINTIES.map(function (c) {
        return facetLink(pageUrl(toggled(params, 'certainty', c)), c, null, selectedCertainty.indexOf(c) !== -1);
      })),
      listFacet(params, 'Provider', 'providers', facets.provider),
      facetSection('Year', 'year', years.map(function (y) {
        return facetLink(pageUrl(yearToggled(params, y)), y, facets.year[y], params.get('from') === y && params.get('to') === y);
      })),
    ].forEach(function (section) { if (section) aside.appendChild(section); });
  }

  function renderPager(params, data) {
    var pages = Math.max(1, Math.ceil(data.total / data.pageSize));
    if (pages <= 1) return null;
    var page = data.page;
    var link = function (p, text, rel) {
      var next = new URLSearchParams(params.toString());
      if (p === 1) next.delete('page'); else next.set('page', String(p));
      return el('li', null, [el('a', { href: pageUrl(next), rel: rel || null }, [text])]);
    };
    var items = [];
    if (page > 1) items.push(link(page - 1, '← Previous', 'prev'));
    var last = 0;
    for (var p = 1; p <= pages; p++) {
      if (p !== 1 && p !== pages && Math.abs(p - page) > 2) continue;
      if (p > last + 1) items.push(el('li', { class: 'pager__gap', 'aria-hidden': 'true' }, ['…']));
      items.push(p === page ? el('li', null, [el('span', { class: 'pager__current', 'aria-current': 'page' }, [String(p)])]) : link(p, String(p)));
      last = p;
    }
    if (page < pages) items.push(link(page + 1, 'Next →', 'next'));
    return el('nav', { class: 'pager', 'aria-label': 'Result pages' }, [el('ul', null, items)]);
  }

  function renderResults(body, params, data) {
    body.textContent = '';
    var noun = data.total === 1 ? 'report' : 'reports';
    var summary = el('p', { class: 'result-summary', id: 'result-summary' }, [String(data.total) + ' ' + noun]);
    if (data.query !== '') {
      summary.appendChild(document.createTextNode(' for '));
      summary.appendChild(el('q', { class: 'result-query' }, [data.query]));
    }
    if (data.hits.length > 0) {
      var first = (data.page - 1) * data.pageSize + 1;
      summary.appendChild(document.createTextNode(' (showing ' + first + '–' + (first + data.hits.length - 1) + ')'));
    }
    body.appendChild(summary);
    if (data.hits.length > 0) {
      body.appendChild(el('ol', { class: 'hits', id: 'hits', start: String((data.page - 1) * data.pageSize + 1) }, data.hits.map(renderHit)));
    } else {
      body.appendChild(el('p', { class: 'no-results' }, ['No reports match. Try fewer words, a wildcard such as balanc*, or remove a filter.']));
    }
    var pager = renderPager(params, data);
    if (pager) body.appendChild(pager);
  }

  function showError(message) {
    var alert = document.getElementById('live-alert');
    if (!message) {
      if (alert) alert.remove();
      return;
    }
    if (!alert) {
      alert = el('div', { class: 'alert', role: 'alert', id: 'live-alert' });
      var layout = document.querySelector('.search-layout');
      layout.parentNode.insertBefore(alert, layout);
    }
    alert.textContent = message;
  }

  function setup() {
    var form = document.getElementById('search-form');
    var input = document.getElementById('q');
    var body = document.getElementById('results-body');
    var aside = document.getElementById('facets');
    var sort = document.getElementById('sort');
    var layerRole = document.getElementById('layerRole');
    if (!form || !input || !body || !aside || !window.fetch) return;
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
      fetch('/api/search?' + params.toString(), { signal: controller.signal, headers: { Accept: 'application/json' } })
        .then(function (res) {
          return res.json().then(function (data) { return { ok: res.ok, data: data }; });
        })
        .then(function (result) {
          document.body.removeAttribute('data-searching');
          if (!result.ok) {
            showError(result.data && result.data.message ? result.data.message : 'That search could not run.');
            return;
          }
          showError(null);
          window.history.replaceState(null, '', pageUrl(params));
          renderResults(body, params, result.data);
          renderFacets(aside, params, result.data.facets);
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
