/* The press-kit page's behaviour: builds the post cards from the embedded JSON (the nation's at once, then the
   list of places, and a place's posts when it is opened or found), counts each post as its network does while
   it is edited, filters the places by name and copies posts. It makes no request: all it needs is inline. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('presskit-data').textContent);
  // The page's words come from its template, so they are edited where the rest of the Swedish is.
  var labels = JSON.parse(document.getElementById('presskit-labels').textContent);
  // A label with its holes ("{n}") filled in; a hole the script has no value for stays as written.
  function say(key, values) {
    return labels[key].replace(/\{(\w+)\}/g, function (hole, name) {
      return values && name in values ? String(values[name]) : hole;
    });
  }
  var segmenter = new Intl.Segmenter('sv', { granularity: 'grapheme' });
  // Per channel: its name, how it counts ('counting', with 'linkLength' where links count a fixed
  // length) and its composer, so the script decides by a way of counting and never by a network.
  var channels = data.channels;

  function graphemes(text) {
    var n = 0;
    for (var it = segmenter.segment(text)[Symbol.iterator](), s = it.next(); !s.done; s = it.next()) {
      n++;
    }
    return n;
  }

  // Mastodon's StatusLengthValidator, as presskit's MastodonLength: http(s) links count linkLength
  // (23 unless the instance reserves another), @user@domain counts as @user, and the rest is
  // counted in graphemes. Overlapping matches keep the earlier one.
  var WORD = '\\p{L}\\p{M}\\p{Nd}\\p{Pc}';
  var MENTION = new RegExp('(?<![=/' + WORD + '])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@[' + WORD + ']+(?:[.-]+[' + WORD + ']+)*)?', 'giu');
  var END_MENTION = /^(?:[@\uFF20\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0100-\u024F\u0300-\u036F\u1E00-\u1EFF]|:\/\/)/;
  function fixedLinkText(text, linkLength) {
    var spans = twttr.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false }).map(function (u) {
      return { start: u.indices[0], end: u.indices[1], text: 'x'.repeat(linkLength) };
    });
    var m;
    MENTION.lastIndex = 0;
    while ((m = MENTION.exec(text)) !== null) {
      if (!END_MENTION.test(text.slice(m.index + m[0].length))) {
        spans.push({ start: m.index, end: m.index + m[0].length, text: '@' + m[1] });
      }
    }
    spans.sort(function (a, b) { return a.start - b.start; });
    var out = '';
    var at = 0;
    spans.forEach(function (s) {
      if (s.start >= at) {
        out += text.slice(at, s.start) + s.text;
        at = s.end;
      }
    });
    return out + text.slice(at);
  }

  // Bluesky's composer shows a link as its host and at most 15 characters of path, and counts what it shows
  // (as presskit's BlueskyLength and Bluesky's own toShortUrl): graphemes of the text as shown.
  var LINK = /https?:\/\/\S+[^\s.,;:!?)\]"'»”]/g;
  function shortUrl(url) {
    try {
      var u = new URL(url);
      var path = (u.pathname === '/' ? '' : u.pathname) + u.search + u.hash;
      return u.host + (path.length > 15 ? path.slice(0, 13) + '...' : path);
    } catch (e) {
      return url;
    }
  }
  function shownText(text) {
    return text.replace(LINK, shortUrl);
  }

  function length(channel, text) {
    var rule = channels[channel] || {};
    switch (rule.counting) {
      case 'twitter-text': return twttr.parseTweet(text).weightedLength;
      case 'fixed-links':
        return graphemes(fixedLinkText(text, rule.linkLength === undefined ? 23 : rule.linkLength));
      case 'graphemes': return graphemes(shownText(text));
      // Networks that check their limits with JavaScript string lengths: UTF-16 code units.
      default: return text.length;
    }
  }

  // RFC 3986, as presskit's IntentLinks: encodeURIComponent leaves !'()* as they are.
  function encode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, function (c) {
      return '%' + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }
  // As presskit's Composer: the composer's URL with the text, or only its first link, encoded.
  function intent(channel, text) {
    var rule = channels[channel] || {};
    if (!rule.composer) {
      return null;
    }
    if (!rule.composerTakesLink) {
      return rule.composer + encode(text);
    }
    var link = /https?:\/\/\S+?(?=[.,;:!?)\]"”’]*(?:\s|$))/.exec(text);
    return link ? rule.composer + encode(link[0]) : null;
  }

  function fold(text) {
    return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function textFor(button) {
    return document.getElementById(button.getAttribute('aria-controls')).value;
  }

  function copy(button) {
    var text = textFor(button);
    var done = function () {
      button.textContent = say('copied');
      setTimeout(function () { button.textContent = say('copy'); }, 2000);
    };
    var fallback = function () {
      var area = el('textarea', { 'aria-hidden': 'true', style: 'position:fixed;left:-999em' });
      area.value = text;
      document.body.appendChild(area);
      area.select();
      document.execCommand('copy');
      area.remove();
      button.focus();
      done();
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  var serial = 0;

  function channelName(channel) {
    return channels[channel] ? channels[channel].name : channel;
  }

  function postLabel(post) {
    return labels.posts[post.name] || post.name;
  }

  function part(post, text, index, count) {
    var id = 't' + (++serial);
    var label = postLabel(post);
    var box = el('div', { 'class': 'part' });
    box.appendChild(el('label', { 'for': id },
      count > 1 ? say('part', { n: index + 1, count: count }) : say('text')));
    var area = el('textarea', { id: id, rows: '6', spellcheck: 'true' });
    area.value = text;
    box.appendChild(area);
    var tools = el('div', { 'class': 'tools' });
    var counter = el('output', { 'class': 'count', 'for': id, 'aria-live': 'polite' });
    var button = el('button', { type: 'button', 'class': 'copy', 'aria-controls': id,
      'aria-label': count > 1
        ? say('copyPart', { label: label, n: index + 1, channel: channelName(post.channel) })
        : say('copyPost', { label: label, channel: channelName(post.channel) }) }, say('copy'));
    button.addEventListener('click', function () { copy(button); });
    tools.appendChild(counter);
    tools.appendChild(button);
    var share = intent(post.channel, text) === null ? null
      : el('a', { 'class': 'share', target: '_blank', rel: 'noopener noreferrer' },
        say('share', { channel: channelName(post.channel) }));
    if (share) {
      tools.appendChild(share);
    }
    box.appendChild(tools);
    var update = function () {
      var n = length(post.channel, area.value);
      var over = post.limit > 0 && n > post.limit;
      counter.textContent = say(over ? 'countTooLong' : 'count', { n: n, limit: post.limit });
      counter.classList.toggle('over', over);
      if (share) {
        share.href = intent(post.channel, area.value);
      }
    };
    area.addEventListener('input', update);
    update();
    return box;
  }

  function card(post) {
    var card = el('article', { 'class': 'post' + (post.example ? ' example' : ''), 'data-channel': post.channel, 'data-id': post.id });
    var heading = el('h4');
    heading.appendChild(el('span', { 'class': 'channel' }, channelName(post.channel)));
    heading.appendChild(document.createTextNode(postLabel(post)));
    card.appendChild(heading);
    if (post.example) {
      card.appendChild(el('p', { 'class': 'example-note' }, say('example')));
    }
    post.texts.forEach(function (t, i) { card.appendChild(part(post, t, i, post.texts.length)); });
    card.appendChild(el('a', { href: post.path, download: '' }, say('downloadText')));
    return card;
  }

  // A group's documents and posts, after its heading.
  function fill(section, g) {
    if (g.docs.length) {
      var docs = el('ul', { 'class': 'docs' });
      g.docs.forEach(function (d) {
        var item = el('li');
        item.appendChild(el('a', { href: d.path }, labels.documents[d.file] || d.file));
        docs.appendChild(item);
      });
      section.appendChild(docs);
      var release = g.docs.filter(function (d) { return /\/release\.html$/.test(d.path); })[0];
      if (g.level === 'national' && release) {
        var details = el('details');
        details.appendChild(el('summary', {}, say('showRelease')));
        details.appendChild(el('iframe',
          { src: release.path, title: say('releaseFrame'), loading: 'lazy' }));
        section.appendChild(details);
      }
    }
    var posts = el('div', { 'class': 'posts' });
    g.posts.forEach(function (p) { posts.appendChild(card(p)); });
    section.appendChild(posts);
  }

  function title(g) {
    var name = g.level === 'national' ? say('nationwide') : g.name;
    return g.level === 'municipality' && g.region ? name + ' (' + g.region + ')' : name;
  }

  function searchText(g) {
    return fold([g.level === 'national' ? say('nationwide') : g.name, g.fullName || '', g.code].join(' '));
  }

  var unbuilt = {};
  // The nation's kit is drawn at once; a region or municipality is a closed line whose posts are
  // drawn the first time it is opened or found, so the page stays small on a phone.
  function group(g) {
    if (g.level === 'national') {
      var section = el('section', { 'class': 'group', id: 'g-' + g.code, 'data-search': searchText(g) });
      section.appendChild(el('h3', {}, title(g)));
      fill(section, g);
      return section;
    }
    var place = el('details', { 'class': 'group place', id: 'g-' + g.code, 'data-search': searchText(g) });
    // The place's name is the heading its cards' headings stand under.
    place.appendChild(el('summary')).appendChild(el('h3', { 'class': 'place-name' }, title(g)));
    place.addEventListener('toggle', function () {
      if (place.open) {
        draw(place);
      }
    });
    unbuilt[place.id] = g;
    return place;
  }

  // A place's posts, drawn once, the first time it is opened or found.
  var drawnPosts = {};
  function draw(place) {
    var g = unbuilt[place.id];
    if (g) {
      delete unbuilt[place.id];
      fill(place, g);
      g.posts.forEach(function (p) { drawnPosts[p.id] = p; });
      // Other scripts of the page (politicians.js) add to a place once it is drawn.
      document.dispatchEvent(new CustomEvent('presskit:drawn', { detail: { element: place, group: g } }));
    }
  }

  // Redraws a drawn place's post with other texts (politicians.js), in the same place on the page.
  function setPost(id, texts) {
    var post = drawnPosts[id];
    var old = post && document.querySelector('.post[data-id="' + CSS.escape(id) + '"]');
    if (old) {
      old.replaceWith(card(Object.assign({}, post, { texts: texts })));
    }
  }

  // The year's links, with what the last link check found (presskit links), as cards.
  (data.links || []).forEach(function (l) {
    var item = el('li', { 'class': 'link-card' });
    // Only a web address becomes a link: a javascript: or data: href would run in this page.
    item.appendChild(/^https?:\/\//i.test(l.url || '')
      ? el('a', { href: l.url }, l.title) : el('span', {}, l.title));
    if (l.description) {
      item.appendChild(el('span', {}, ' – ' + l.description));
    }
    var checked = l.verdict ? (labels.verdicts[l.verdict] || l.verdict) : say('linkUnchecked');
    var bad = l.verdict && !/^(ok|redirected|not-html)$/.test(l.verdict);
    // The wording around the time ("kontrollerad …") is the page template's, on the list itself.
    var when = l.checked
      ? ', ' + document.getElementById('links').dataset.checked + ' ' + l.checked : '';
    item.appendChild(el('p', { 'class': bad ? 'link-status over' : 'link-status' },
      say('linkStatus', { verdict: checked }) + when));
    if (l.ogTitle || l.pageTitle) {
      var preview = el('blockquote', { 'class': 'link-preview' });
      preview.appendChild(el('strong', {}, l.ogTitle || l.pageTitle));
      if (l.ogDescription) {
        preview.appendChild(el('p', {}, l.ogDescription));
      }
      item.appendChild(preview);
    }
    document.getElementById('links').appendChild(item);
  });

  function place(g) {
    var target = document.getElementById('level-' + g.level);
    if (target) {
      target.appendChild(group(g));
    }
  }
  data.groups.forEach(place);

  // A search that finds this many places or fewer opens them all; more stay closed lines to choose from.
  var OPEN_AT_MOST = 5;
  var filter = document.getElementById('filter');
  var status = document.getElementById('filter-status');
  function search() {
    var query = fold(filter.value.trim());
    var groups = Array.prototype.slice.call(document.querySelectorAll('.group'));
    var found = groups.filter(function (g) {
      var match = query === '' || g.getAttribute('data-search').indexOf(query) >= 0;
      g.hidden = !match;
      return match;
    });
    var places = found.filter(function (g) { return g.classList.contains('place'); });
    if (query !== '' && places.length <= OPEN_AT_MOST) {
      places.forEach(function (g) {
        draw(g);
        g.open = true;
      });
    }
    status.textContent = query === '' ? ''
      : say(places.length > OPEN_AT_MOST ? 'filterMany' : 'filterStatus', { shown: found.length, count: groups.length });
  }
  filter.addEventListener('input', search);

  // The places are read once the nation's posts are on screen; a search typed before then runs again.
  setTimeout(function () {
    JSON.parse(document.getElementById('presskit-places').textContent).groups.forEach(place);
    if (filter.value.trim() !== '') {
      search();
    }
  }, 0);

  // For tests and scripts: how the page counts, and exactly what a copy button copies.
  window.presskit = { length: length, textFor: textFor, setPost: setPost };
}());
