/*
 * Tìm kiếm trên trang /tim-kiem/: reads ?q=, fetches the index the generator wrote (PhuocMy.Site.Search) and
 * shows the results. Plain ES2019, no dependencies, no eval, no innerHTML: every text from the index goes into
 * the page through textContent, so a title such as "<img onerror=…>" shows as text.
 *
 * Words are compared folded (lowercase, no tones or other diacritics, đ → d), exactly as the generator folds
 * them (Text/VietnameseFolding.cs). Ranking, in this order: pages with every word of the query (only those, when
 * there are any); more words spelled with the query's own diacritics; more of the query (weighted by how rare
 * each word is) in the title; a higher BM25 score of the body; then, among equals, newest first.
 */
(function () {
  'use strict';

  var MAX_WORD_LENGTH = 64;
  var MAX_QUERY_WORDS = 8;
  var PAGE_SIZE = 10;
  var MAX_PREFIX_SHARDS = 3;
  var SNIPPET_LENGTH = 240;
  var SNIPPET_CONTEXT = 40;
  var MAX_MATCHES = 400;
  var TYPING_DELAY_MS = 200;
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  var BASE_CHAR = /[\p{L}\p{N}]/u;
  var WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
  var MARKS = /\p{Mn}/gu;

  // ---- Words: the same rules as SearchTokenizer and VietnameseFolding on the server. ----

  var ASCII = /^[\x00-\x7f]*$/;
  var foldCache = new Map();

  function fold(exact) {
    if (ASCII.test(exact)) return exact;
    var known = foldCache.get(exact);
    if (known === undefined) {
      if (foldCache.size > 20000) foldCache.clear();
      known = exact.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd');
      foldCache.set(exact, known);
    }
    return known;
  }

  /** Words of a text with their place in it: [{exact, folded, start, end}]. */
  function words(text) {
    var found = [];
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      var exact = match[0].toLowerCase();
      if (exact.length > MAX_WORD_LENGTH || !BASE_CHAR.test(exact)) continue;
      found.push({ exact: exact, folded: fold(exact), start: match.index, end: match.index + match[0].length });
    }
    return found;
  }

  /** The query's distinct words; the last may be matched as a prefix while the reader is still typing it. */
  function parseQuery(text, typing) {
    var normalized = text.normalize('NFC');
    var seen = {};
    var terms = [];
    words(normalized).forEach(function (word) {
      if (terms.length >= MAX_QUERY_WORDS || Object.prototype.hasOwnProperty.call(seen, word.exact)) return;
      seen[word.exact] = true;
      terms.push({ exact: word.exact, folded: word.folded, accented: word.exact !== word.folded, prefix: false });
    });
    if (typing && terms.length > 0 && !/[\s\p{P}]$/u.test(normalized)) terms[terms.length - 1].prefix = true;
    return terms;
  }

  // ---- Index files ----

  function IndexClient(base) {
    this.base = base;
    this.cache = {};
    this.decoder = new TextDecoder('utf-8');
  }

  IndexClient.prototype.fetchOnce = function (path, read) {
    if (!this.cache[path]) {
      var url = this.base + path;
      this.cache[path] = fetch(url, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status + ' ' + url);
        return read(response);
      });
      var cache = this.cache;
      this.cache[path].catch(function () { delete cache[path]; });
    }
    return this.cache[path];
  };

  IndexClient.prototype.manifest = function () {
    return this.fetchOnce('manifest.json', function (response) { return response.json(); });
  };

  IndexClient.prototype.entry = function (number) {
    return this.fetchOnce('d/' + number + '.json', function (response) { return response.json(); });
  };

  IndexClient.prototype.shard = function (manifest, number) {
    var decoder = this.decoder;
    return this.fetchOnce('t/' + manifest.files[number] + '.bin', function (response) {
      return response.arrayBuffer().then(gunzip).then(function (buffer) { return readShard(new Uint8Array(buffer), decoder); });
    });
  };

  /** Shards are gzip files the browser inflates itself (a host may already have done it: then there is no gzip header). */
  function gunzip(buffer) {
    var bytes = new Uint8Array(buffer);
    if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return buffer;
    var stream = new Response(bytes).body.pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer();
  }

  /** Index of the shard that would hold a folded word: the last whose first word is not after it. */
  function shardOf(manifest, folded) {
    var low = 0;
    var high = manifest.shards.length - 1;
    var found = 0;
    while (low <= high) {
      var middle = (low + high) >> 1;
      if (manifest.shards[middle] <= folded) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /** Shard format: see TermShards.cs. Postings stay as byte ranges until a query needs them. */
  function readShard(bytes, decoder) {
    var position = 0;
    function varint() {
      var value = 0;
      var scale = 1;
      var b;
      do {
        b = bytes[position++];
        value += (b & 0x7f) * scale;
        scale *= 128;
      } while (b >= 0x80);
      return value;
    }
    if (bytes[position++] !== 1) throw new Error('Unknown shard format');
    var count = varint();
    var terms = [];
    var previous = new Uint8Array(0);
    for (var t = 0; t < count; t++) {
      var shared = varint();
      var suffixLength = varint();
      var current = new Uint8Array(shared + suffixLength);
      current.set(previous.subarray(0, shared));
      current.set(bytes.subarray(position, position + suffixLength), shared);
      position += suffixLength;
      previous = current;
      var variantCount = varint();
      var variants = [];
      for (var v = 0; v < variantCount; v++) {
        var exactLength = varint();
        var exact = decoder.decode(bytes.subarray(position, position + exactLength));
        position += exactLength;
        var postingCount = varint();
        var byteLength = varint();
        variants.push({ exact: exact, count: postingCount, start: position, end: position + byteLength });
        position += byteLength;
      }
      terms.push({ folded: decoder.decode(current), variants: variants });
    }
    return { bytes: bytes, terms: terms };
  }

  /** Calls visit(document number, bodyWeight 0–15, inTitle) for each posting of a spelling. */
  function eachPosting(shard, variant, visit) {
    var bytes = shard.bytes;
    var position = variant.start;
    var doc = 0;
    while (position < variant.end) {
      var value = 0;
      var scale = 1;
      var b;
      do {
        b = bytes[position++];
        value += (b & 0x7f) * scale;
        scale *= 128;
      } while (b >= 0x80);
      doc += Math.floor(value / 32);
      var flags = value % 32;
      visit(doc, flags & 15, flags >= 16);
    }
  }

  // ---- Ranking ----

  function popcount(mask) {
    var count = 0;
    while (mask) {
      count += mask & 1;
      mask >>= 1;
    }
    return count;
  }

  /** Ranks the documents for the query terms; each term carries the shards it is looked up in. */
  function rank(documentCount, terms) {
    var whole = new Uint16Array(documentCount);
    var partial = new Uint16Array(documentCount);
    var exact = new Uint16Array(documentCount);
    var titleScore = new Float64Array(documentCount);
    var bodyScore = new Float64Array(documentCount);
    var rarityTotal = 0;
    var required = 0;

    terms.forEach(function (term, index) {
      var bit = 1 << index;
      var seen = new Uint8Array(documentCount);
      var best = new Float64Array(documentCount);
      var inTitle = new Uint8Array(documentCount);
      var matched = [];
      required |= bit;
      term.shards.forEach(function (shard) {
        shard.terms.forEach(function (entry) {
          var isWhole = entry.folded === term.folded;
          if (!isWhole && !(term.prefix && entry.folded.lastIndexOf(term.folded, 0) === 0)) return;
          entry.variants.forEach(function (variant) {
            var isExact = term.accented && variant.exact === term.exact;
            eachPosting(shard, variant, function (doc, weight, title) {
              if (!seen[doc]) {
                seen[doc] = 1;
                matched.push(doc);
              }
              if (isWhole) whole[doc] |= bit;
              else partial[doc] |= bit;
              if (isExact) exact[doc] |= bit;
              var strength = (isWhole ? 1 : 0.5) * weight / 15;
              if (strength > best[doc]) best[doc] = strength;
              if (title) inTitle[doc] = 1;
            });
          });
        });
      });
      // BM25's inverse doc frequency: a word few pages have counts for more than one nearly all pages have.
      var rarity = Math.log(1 + (documentCount - matched.length + 0.5) / (matched.length + 0.5));
      rarityTotal += rarity;
      matched.forEach(function (doc) {
        bodyScore[doc] += rarity * best[doc];
        if (inTitle[doc]) titleScore[doc] += rarity;
      });
    });

    var candidates = [];
    var complete = 0;
    for (var doc = 0; doc < documentCount; doc++) {
      var present = whole[doc] | partial[doc];
      if (present === 0) continue;
      if (present === required) complete++;
      candidates.push(doc);
    }
    if (complete > 0) candidates = candidates.filter(function (d) { return (whole[d] | partial[d]) === required; });

    // The title counts by how much of the query (weighted by rarity) it has, in quarters; the body by its BM25
    // score, as finely as the index stores it. Equal on all of these, the newest (highest number) comes first.
    // One number per doc holds the keys in that order (4 + 4 + 4 + 3 bits above a 27-bit body score).
    function quarters(score) { return rarityTotal > 0 ? Math.floor((4 * score) / rarityTotal + 1e-9) : 0; }
    var keys = new Float64Array(documentCount);
    candidates.forEach(function (d) {
      var tiers = ((popcount(whole[d] | partial[d]) * 16 + popcount(whole[d])) * 16 + popcount(exact[d])) * 8 + quarters(titleScore[d]);
      keys[d] = tiers * 134217728 + Math.min(134217727, Math.round(bodyScore[d] * 1e6));
    });
    candidates.sort(function (a, b) { return keys[b] - keys[a] || b - a; });
    return { documents: candidates, complete: complete > 0 };
  }

  // ---- Showing results ----

  function formatDate(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return parts ? parts[3] + '/' + parts[2] + '/' + parts[1] : '';
  }

  function matchesTerm(term, folded) {
    return folded === term.folded || (term.prefix && folded.lastIndexOf(term.folded, 0) === 0);
  }

  /** Whether the character at (or, with before, just before) index is part of a word. */
  function isWordChar(text, index, before) {
    var at = before ? index - 1 : index;
    if (at < 0 || at >= text.length) return false;
    var code = text.charCodeAt(at);
    if (before && code >= 0xdc00 && code <= 0xdfff && at > 0) at--;
    return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)));
  }

  /**
   * Where the query's words are in a text, [{start, end}] in order. Fast path: the folded text, which for
   * Vietnamese has one character per character of the text, searched with indexOf; otherwise word by word.
   */
  function findMatches(text, terms) {
    var folded = text.toLowerCase().normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd');
    if (folded.length !== text.length) return findMatchesByWord(text, terms);
    var found = [];
    terms.forEach(function (term) {
      for (var at = folded.indexOf(term.folded); at !== -1 && found.length < MAX_MATCHES; at = folded.indexOf(term.folded, at + 1)) {
        if (isWordChar(folded, at, true)) continue;
        var end = at + term.folded.length;
        if (term.prefix) {
          while (isWordChar(folded, end, false)) end++;
        } else if (isWordChar(folded, end, false)) {
          continue;
        }
        found.push({ start: at, end: end });
      }
    });
    return found.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
  }

  function findMatchesByWord(text, terms) {
    return words(text).filter(function (word) {
      return terms.some(function (term) { return matchesTerm(term, word.folded); });
    }).map(function (word) { return { start: word.start, end: word.end }; });
  }

  /** Appends text[from, to) to an element, the matches inside <mark> elements. */
  function appendHighlighted(element, text, matches, from, to) {
    var at = from;
    matches.forEach(function (match) {
      if (match.start < at || match.end > to) return;
      if (match.start > at) element.appendChild(document.createTextNode(text.slice(at, match.start)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(match.start, match.end);
      element.appendChild(mark);
      at = match.end;
    });
    if (at < to) element.appendChild(document.createTextNode(text.slice(at, to)));
  }

  /** Fills a paragraph with the stretch of text (about SNIPPET_LENGTH characters) with the most distinct query words. */
  function appendSnippet(paragraph, text, matches) {
    var best = -1;
    var bestScore = -1;
    for (var i = 0; i < matches.length; i++) {
      var distinct = {};
      var score = 0;
      for (var j = i; j < matches.length && matches[j].start < matches[i].start + SNIPPET_LENGTH; j++) {
        var word = text.slice(matches[j].start, matches[j].end).toLowerCase();
        score += distinct[word] ? 1 : 1000;
        distinct[word] = true;
      }
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    var from = best < 0 ? 0 : Math.max(0, matches[best].start - SNIPPET_CONTEXT);
    if (from > 0) from = text.lastIndexOf(' ', from) + 1;
    var to = Math.min(text.length, from + SNIPPET_LENGTH);
    if (to < text.length) {
      var space = text.indexOf(' ', to);
      to = space < 0 ? text.length : space;
    }
    if (from > 0) paragraph.appendChild(document.createTextNode('… '));
    appendHighlighted(paragraph, text, matches, from, to);
    if (to < text.length) paragraph.appendChild(document.createTextNode(' …'));
  }

  function renderResult(entry, terms) {
    var item = document.createElement('li');
    item.className = 'search-result';

    var heading = document.createElement('h2');
    heading.className = 'search-result-title';
    var link = document.createElement('a');
    link.href = entry.url;
    appendHighlighted(link, entry.title, findMatches(entry.title, terms), 0, entry.title.length);
    heading.appendChild(link);
    item.appendChild(heading);

    var meta = document.createElement('p');
    meta.className = 'search-result-meta';
    if (entry.date) {
      var time = document.createElement('time');
      time.dateTime = entry.date;
      time.textContent = formatDate(entry.date);
      meta.appendChild(time);
    }
    if (entry.section) {
      if (entry.date) meta.appendChild(document.createTextNode(' · '));
      var section = document.createElement('span');
      section.className = 'search-result-section';
      section.textContent = entry.section;
      meta.appendChild(section);
    }
    if (meta.childNodes.length > 0) item.appendChild(meta);

    var text = entry.text || '';
    if (text) {
      var paragraph = document.createElement('p');
      paragraph.className = 'search-result-snippet';
      appendSnippet(paragraph, text, findMatches(text, terms));
      item.appendChild(paragraph);
    }
    return item;
  }

  // ---- The page ----

  function SearchPage(root) {
    this.root = root;
    this.form = document.getElementById('search-form');
    this.input = document.getElementById('search-input');
    this.status = document.getElementById('search-status');
    this.list = document.getElementById('search-list');
    this.more = document.getElementById('search-more');
    this.client = new IndexClient(root.getAttribute('data-search-index'));
    this.number = new Intl.NumberFormat('vi-VN');
    this.generation = 0;
    this.current = null;
    this.timer = 0;
  }

  SearchPage.prototype.start = function () {
    var self = this;
    var query = new URLSearchParams(window.location.search).get('q') || '';
    this.input.value = query;
    this.form.addEventListener('submit', function (event) {
      event.preventDefault();
      window.clearTimeout(self.timer);
      self.run(self.input.value, false);
    });
    this.input.addEventListener('input', function () {
      window.clearTimeout(self.timer);
      self.timer = window.setTimeout(function () { self.run(self.input.value, true); }, TYPING_DELAY_MS);
    });
    this.more.addEventListener('click', function () {
      self.showMore(false).catch(function (error) { self.say('Không tải được kết quả (' + error.message + '). Hãy thử lại.'); });
    });
    if (!query.trim()) {
      // While the reader types the first query: fetch the manifest, and let the browser compile the word patterns.
      this.client.manifest().catch(function () { /* reported when a search needs it */ });
      window.setTimeout(function () { findMatches('Đại hội', parseQuery('dai hoi', false)); }, 0);
    }
    this.run(query, false);
  };

  SearchPage.prototype.say = function (text) {
    this.status.textContent = text;
  };

  /** Keeps ?q= in the address in step with the box, so the address can be shared. */
  SearchPage.prototype.remember = function (query) {
    var url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    if (url.href !== window.location.href) window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  };

  SearchPage.prototype.run = function (query, typing) {
    var self = this;
    var generation = ++this.generation;
    var terms = parseQuery(query, typing);
    if (terms.length === 0) {
      this.remember(query);
      this.clear();
      this.root.setAttribute('aria-busy', 'false');
      this.say('Nhập từ khóa để tìm tin bài, trang, văn bản và số liệu.');
      return Promise.resolve();
    }
    if (!typing) this.say('Đang tìm…');
    this.root.setAttribute('aria-busy', 'true');
    return this.client.manifest().then(function (manifest) {
      if (manifest.format !== 1) throw new Error('chỉ mục có định dạng ' + manifest.format);
      return self.lookUp(manifest, terms).then(function (lookedUp) {
        if (generation !== self.generation) return null;
        var ranked = rank(manifest.documents, lookedUp);
        self.current = { query: query.trim(), terms: lookedUp, ranked: ranked, shown: 0 };
        self.clear();
        return self.showMore(true);
      });
    }).catch(function (error) {
      if (generation !== self.generation) return;
      self.clear();
      self.say('Không tải được dữ liệu tìm kiếm (' + error.message + '). Hãy thử lại sau.');
    }).then(function () {
      if (generation !== self.generation) return;
      self.root.setAttribute('aria-busy', 'false');
      self.remember(query);
    });
  };

  /** Fetches the shards the terms need; a last word typed so far may bring several shards (or none if too short). */
  SearchPage.prototype.lookUp = function (manifest, terms) {
    var self = this;
    var last = terms[terms.length - 1];
    if (last.prefix) {
      var first = shardOf(manifest, last.folded);
      var final = shardOf(manifest, last.folded + '\uffff');
      if (final - first + 1 > MAX_PREFIX_SHARDS) {
        if (terms.length > 1) terms = terms.slice(0, -1);
        else last.prefix = false;
      }
    }
    return Promise.all(terms.map(function (term) {
      var from = shardOf(manifest, term.folded);
      var to = term.prefix ? shardOf(manifest, term.folded + '\uffff') : from;
      var numbers = [];
      for (var n = from; n <= to; n++) numbers.push(n);
      return Promise.all(numbers.map(function (n) { return self.client.shard(manifest, n); })).then(function (shards) {
        return { exact: term.exact, folded: term.folded, accented: term.accented, prefix: term.prefix, shards: shards };
      });
    }));
  };

  SearchPage.prototype.clear = function () {
    while (this.list.firstChild) this.list.removeChild(this.list.firstChild);
    this.more.hidden = true;
  };

  /** Shows the next page of results, each as soon as it and those before it have arrived. */
  SearchPage.prototype.showMore = function (first) {
    var self = this;
    var current = this.current;
    var generation = this.generation;
    var firstLink = null;
    var shown = Promise.resolve();
    current.ranked.documents.slice(current.shown, current.shown + PAGE_SIZE).forEach(function (number) {
      var entry = self.client.entry(number);
      shown = shown.then(function () { return entry; }).then(function (loaded) {
        if (generation !== self.generation) return;
        var item = renderResult(loaded, current.terms);
        self.list.appendChild(item);
        current.shown++;
        if (!firstLink) firstLink = item.querySelector('a');
      });
    });
    return shown.then(function () {
      if (generation !== self.generation) return;
      var total = current.ranked.documents.length;
      self.more.hidden = current.shown >= total;
      self.more.textContent = 'Xem thêm kết quả (còn ' + self.number.format(total - current.shown) + ')';
      self.say(self.summary(current));
      if (!first && firstLink) firstLink.focus();
    });
  };

  SearchPage.prototype.summary = function (current) {
    var total = current.ranked.documents.length;
    var quoted = '“' + current.query + '”';
    if (total === 0) return 'Không tìm thấy kết quả nào cho ' + quoted + '. Hãy thử từ khóa khác, hoặc xem lưu trữ tin bài và danh mục văn bản.';
    var count = this.number.format(total) + ' kết quả cho ' + quoted;
    return current.ranked.complete ? 'Tìm thấy ' + count + '.' : 'Không trang nào có đủ các từ; ' + count + ' có một phần.';
  };

  function supported() {
    return typeof fetch === 'function' && typeof DecompressionStream === 'function' && typeof TextDecoder === 'function' &&
      typeof URLSearchParams === 'function' && typeof Intl === 'object' && typeof Response === 'function';
  }

  function init() {
    var root = document.getElementById('search-results');
    var notice = document.getElementById('search-nojs');
    if (!root || !supported()) return;
    if (notice) notice.hidden = true;
    root.hidden = false;
    new SearchPage(root).start();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
