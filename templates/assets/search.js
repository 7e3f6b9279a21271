// StudySite search: the one script a built site carries. No network beyond the site's own
// files: the index is read from search/*.js through <script> elements, which work from
// file:// and under any URL path. Pages work without it (the header links to topics.html).
(function () {
  "use strict";
  var box = document.querySelector(".search");
  if (!box || !("normalize" in String.prototype)) return;
  var root = box.getAttribute("data-root") || "";
  var input = box.querySelector("input");
  var list = box.querySelector("[role=listbox]");
  var status = box.querySelector("[role=status]");
  var MAX_RESULTS = 8, DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var loaded = { index: null, terms: {}, groups: {} }, loads = {}, postings = {};
  var active = -1, results = [], generation = 0;

  window.StudySiteSearch = {
    index: function (data) { loaded.index = data; },
    terms: function (n, text) {
      var parts = text.split(" "), terms = Object.create(null);
      for (var i = 0; i + 1 < parts.length; i += 2) terms[parts[i]] = parts[i + 1];
      loaded.terms[n] = terms;
    },
    group: function (n, data) { loaded.groups[n] = data; }
  };

  function load(path) {
    if (!loads[path]) {
      loads[path] = new Promise(function (resolve) {
        var script = document.createElement("script");
        script.src = root + "search/" + path;
        script.onload = resolve;
        script.onerror = function () { resolve(); };
        document.head.appendChild(script);
      });
    }
    return loads[path];
  }

  // Tokens as the build makes them (Sources/StudySite/Search/SearchTokenizer.swift).
  function fold(text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  var WORD = /[\p{L}\p{N}]/u, JOINER = /[.\-:\/_]/, TOKEN = /\/?[\p{L}\p{N}\u0300-\u036f]+(?:[.\-:\/_][\p{L}\p{N}\u0300-\u036f]+)*/gu;
  function tokenize(text) {
    var chars = Array.from(fold(text)), tokens = [], token = "";
    for (var i = 0; i < chars.length; i++) {
      var c = chars[i], next = chars[i + 1] || "";
      if (WORD.test(c)) token += c;
      else if (JOINER.test(c) && WORD.test(next) &&
               (token || (c === "/" && /[0-9]/.test(next) && !WORD.test(chars[i - 1] || "")))) token += c;
      else { if (token) tokens.push(token); token = ""; }
    }
    if (token) tokens.push(token);
    return tokens.filter(function (t) { return t.length <= 64; });
  }

  function decode(text) {
    var values = [], n = 0;
    for (var i = 0; i < text.length; i++) {
      var d = DIGITS.indexOf(text[i]);
      if (d >= 32) n = n * 32 + d - 32;
      else { values.push(n * 32 + d); n = 0; }
    }
    var out = [], group = 0;
    for (var j = 0; j + 2 < values.length; j += 3) {
      group += values[j];
      var level = values[j + 2] / 31;
      out.push(group * 65536 + values[j + 1], level * level);
    }
    return out;
  }

  function postingsOf(shard, term) {
    var key = shard + " " + term;
    if (!postings[key]) postings[key] = decode(loaded.terms[shard][term]);
    return postings[key];
  }

  // The term file a word falls in: the last whose first term sorts before it.
  function shardOf(word) {
    var first = loaded.index.terms, lo = 0, hi = first.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (first[mid] <= word) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  function shardsFor(word) {
    var at = shardOf(word), shards = [at], first = loaded.index.terms;
    if (at + 1 < first.length && first[at + 1].indexOf(word) === 0) shards.push(at + 1);
    if (word.length >= 5) {
      if (at > 0) shards.push(at - 1);
      if (at + 1 < first.length && shards.indexOf(at + 1) < 0) shards.push(at + 1);
    }
    return shards;
  }

  // One edit (insert, delete, substitute or swap two letters) turns a into b.
  function oneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1 || a === b) return false;
    var i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // Each word adds its best match per result: whole word, a word it begins, or one typo
  // away (words of five letters or more). Results matching every word come first.
  function rank(words) {
    var scores = new Map(), matched = new Set();
    words.forEach(function (word, position) {
      var best = new Map();
      shardsFor(word).forEach(function (shard) {
        var terms = loaded.terms[shard];
        for (var term in terms) {
          var factor = 0;
          if (term === word) factor = 1;
          else if (term.indexOf(word) === 0 && word.length >= 2 || word.length === 1 && term === word) factor = 0.5 + 0.3 * word.length / term.length;
          else if (word.length >= 5 && term.length >= 5 && oneEdit(word, term)) factor = 0.6;
          if (!factor) continue;
          matched.add(term);
          var list = postingsOf(shard, term);
          for (var i = 0; i < list.length; i += 2) {
            var s = list[i + 1] * factor;
            if (!(best.get(list[i]) >= s)) best.set(list[i], s);
          }
        }
      });
      best.forEach(function (s, doc) {
        var entry = scores.get(doc) || { score: 0, words: 0 };
        entry.score += s; entry.words += 1;
        scores.set(doc, entry);
      });
    });
    var ranked = [];
    scores.forEach(function (entry, doc) {
      ranked.push({ doc: doc, score: entry.score * Math.pow(entry.words / words.length, 2) });
    });
    ranked.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return { top: ranked.slice(0, MAX_RESULTS), matched: matched };
  }

  function escapeHTML(text) {
    return text.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; });
  }

  // About 160 characters around the first matched word, matched words in <mark>.
  function snippet(text, matched) {
    var hits = [], m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text))) {
      var word = fold(m[0]);
      if (matched.has(word) || tokenize(m[0]).concat(word.split(/[.\-:\/_]/)).some(function (t) { return matched.has(t); })) {
        hits.push([m.index, m.index + m[0].length]);
      }
    }
    var start = hits.length ? Math.max(0, hits[0][0] - 50) : 0;
    if (start > 0) start = text.indexOf(" ", start) + 1 || start;
    var end = Math.min(text.length, start + 170), html = start > 0 ? "… " : "", at = start;
    hits.forEach(function (hit) {
      if (hit[0] < at || hit[1] > end) return;
      html += escapeHTML(text.slice(at, hit[0])) + "<mark>" + escapeHTML(text.slice(hit[0], hit[1])) + "</mark>";
      at = hit[1];
    });
    return html + escapeHTML(text.slice(at, end)) + (end < text.length ? " …" : "");
  }

  function search() {
    var query = input.value, words = tokenize(query), mine = ++generation;
    if (!words.length) { close(); return; }
    load("index.js").then(function () {
      if (!loaded.index) return null;
      var files = [];
      words.forEach(function (w) { shardsFor(w).forEach(function (s) { files.push(load("t/" + s + ".js")); }); });
      return Promise.all(files);
    }).then(function (ok) {
      if (mine !== generation || !ok) return;
      var found = rank(words);
      var groups = found.top.map(function (r) { return load("d/" + Math.floor(r.doc / 65536) + ".js"); });
      return Promise.all(groups).then(function () {
        if (mine === generation) show(found);
      });
    });
  }

  // A result's anchor when the index leaves it out: the heading's slug, as
  // SearchShards.scriptAnchor makes it (only ASCII headings are left out).
  function anchorOf(heading) { return heading.toLowerCase().replace(/[^a-z0-9 _-]/g, "").replace(/ /g, "-"); }

  function show(found) {
    results = found.top.map(function (r) {
      var group = loaded.groups[Math.floor(r.doc / 65536)], item = group.r[r.doc % 65536];
      var anchor = item.length > 2 ? item[1] : anchorOf(item[0]);
      return {
        where: item[0] ? group.t + " › " + item[0] : group.t,
        href: root + group.u + (anchor ? "#" + anchor : ""),
        text: item[item.length - 1]
      };
    });
    list.innerHTML = results.map(function (r, i) {
      return '<a role="option" tabindex="-1" id="search-option-' + i + '" aria-selected="false" href="' + escapeHTML(r.href) +
        '"><span class="search-where">' + escapeHTML(r.where) + '</span><span class="search-snippet">' +
        snippet(r.text, found.matched) + "</span></a>";
    }).join("") || '<p class="search-empty">No results. Try the <a href="' + escapeHTML(root) + 'topics.html">index of topics</a>.</p>';
    status.textContent = results.length === 1 ? "1 result" : results.length + " results";
    list.hidden = false;
    list.setAttribute("data-query", input.value);  // which query the list shows (read by .ci/search_check.py)
    input.setAttribute("aria-expanded", "true");
    select(-1);
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function select(index) {
    var options = list.querySelectorAll("[role=option]");
    if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
    active = index;
    if (index < 0 || !options[index]) { input.removeAttribute("aria-activedescendant"); active = -1; return; }
    options[index].setAttribute("aria-selected", "true");
    options[index].scrollIntoView({ block: "nearest" });
    input.setAttribute("aria-activedescendant", options[index].id);
  }

  input.addEventListener("input", search);
  // Nothing loads on focus: a reader tabbing past the box would leave a request behind.
  input.addEventListener("focus", function () {
    if (input.value && results.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
  });
  input.addEventListener("keydown", function (event) {
    var open = !list.hidden, count = results.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) { if (input.value) search(); return; }
      if (count) select(event.key === "ArrowDown" ? (active + 1) % count : (active <= 0 ? count : active) - 1);
    } else if (event.key === "Enter") {
      var target = active >= 0 ? results[active] : open && results[0];
      if (target) { event.preventDefault(); window.location.href = target.href; }
    } else if (event.key === "Escape") {
      if (open) { event.preventDefault(); close(); } else input.value = "";
    }
  });
  // A click on a result follows its link; the list closes when focus leaves the box.
  list.addEventListener("mousedown", function (event) { event.preventDefault(); });
  box.addEventListener("focusout", function (event) {
    if (!box.contains(event.relatedTarget)) close();
  });
  document.addEventListener("keydown", function (event) {
    var t = event.target;
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
  box.hidden = false;
})();
