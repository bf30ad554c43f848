/* Sujarit public website: search over project names and units, in the browser, without a server. The index
   (search-index.js, written at publish time) sets window.SUJARIT_SEARCH. Only the search page has a result list;
   on other pages this script does nothing. */
(function () {
  'use strict';
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var input = document.getElementById('site-q');
  if (!list || !status || !input) {
    return;
  }
  var data = window.SUJARIT_SEARCH || [];
  var thai = status.getAttribute('data-digits') === 'THAI';

  /* lower case, Thai digits as Arabic, single spaces: "๑๒" finds "12" and the other way round */
  function norm(s) {
    return String(s || '').toLowerCase().replace(/[\u0E50-\u0E59]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0x0E50 + 48);
    }).replace(/\s+/g, ' ').trim();
  }

  function digits(n) {
    var s = String(n);
    return thai ? s.replace(/[0-9]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 48 + 0x0E50);
    }) : s;
  }

  function render(query) {
    var q = norm(query);
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    var n = 0;
    for (var i = 0; i < data.length; i++) {
      var e = data[i];
      if (q && norm(e.n + ' ' + e.e + ' ' + e.u + ' ' + e.s).indexOf(q) < 0) {
        continue;
      }
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = e.h;
      a.textContent = e.n;
      a.lang = 'th';
      li.appendChild(a);
      var meta = document.createElement('span');
      meta.className = 'meta';
      meta.lang = 'th';
      meta.textContent = digits(e.s ? e.p + ' · ' + e.s : e.p);
      li.appendChild(meta);
      list.appendChild(li);
      n++;
    }
    status.textContent = n === 0 ? status.getAttribute('data-none')
      : status.getAttribute('data-count').replace('{0}', digits(n));
  }

  var q = '';
  var m = /[?&]q=([^&]*)/.exec(window.location.search);
  if (m) {
    try {
      q = decodeURIComponent(m[1].replace(/\+/g, ' '));
    } catch (err) {
      q = '';
    }
  }
  input.value = q;
  render(q);
  input.addEventListener('input', function () {
    render(input.value);
  });
  input.form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    render(input.value);
  });
}());
