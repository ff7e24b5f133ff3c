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

  // Bluesky's app posts a link as its host and at most 15 characters of path, and counts what it posts (as
  // presskit's BlueskyText and Bluesky's own toShortUrl, with the browser's URL parser as the app's): graphemes
  // of the text as posted. A link, as the app finds it, follows the start, a space or '(' and loses one final
  // . , ; : ! ? and then a ')' it does not open.
  var LINK = /(?<=^|[\s(])https?:\/\/\S+/gi;
  function linkOf(found) {
    var uri = found;
    if (/[.,;:!?]$/.test(uri)) {
      uri = uri.slice(0, -1);
    }
    if (/\)$/.test(uri) && uri.indexOf('(') < 0) {
      uri = uri.slice(0, -1);
    }
    return uri;
  }
  function shortUrl(url) {
    try {
      var u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        return url;
      }
      var path = (u.pathname === '/' ? '' : u.pathname) + u.search + u.hash;
      return u.host + (path.length > 15 ? path.slice(0, 13) + '...' : path);
    } catch (e) {
      return url;
    }
  }
  function shownText(text) {
    return text.replace(LINK, function (found) {
      var uri = linkOf(found);
      return shortUrl(uri) + found.slice(uri.length);
    });
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

  // One polite message for a screen reader: emptied first, so the same words are said again.
  var announcer = document.getElementById('announce');
  function announce(text) {
    if (announcer) {
      announcer.textContent = '';
      setTimeout(function () { announcer.textContent = text; }, 50);
    }
  }

  function copy(button, what) {
    var text = textFor(button);
    var done = function () {
      button.textContent = say('copied');
      // The button's aria-label would hide its new text: the confirmation is said on its own.
      announce(say('copiedAnnounce', { what: what }));
      setTimeout(function () { button.textContent = button.getAttribute('data-text'); }, 2000);
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

  // What a card says it holds: a figure's sentence, else the template's words for its kind ("Kort budskap 2").
  function postLabel(post) {
    return post.about || labels.posts[post.name] || post.name;
  }

  // A browser that cannot size a text box to its text (CSS field-sizing) gets its height set by script.
  var sizedByCss = window.CSS && CSS.supports('field-sizing', 'content');
  function fit(area) {
    if (!sizedByCss) {
      area.style.height = 'auto';
      area.style.height = (area.scrollHeight + area.offsetHeight - area.clientHeight) + 'px';
    }
  }

  // One post, or one part of a thread: its text box, counter, copy button and, for a post or a thread's first
  // part, the link that opens the network's composer with it (a later part there would be a new post, not a reply).
  function part(post, text, index, count, changed) {
    var id = 't' + (++serial);
    var label = postLabel(post);
    var what = say('postFor', { label: label, channel: channelName(post.channel) });
    var box = el('div', { 'class': 'part' });
    box.appendChild(el('label', { 'for': id },
      count > 1 ? say('part', { n: index + 1, count: count }) : say('text')));
    var area = el('textarea', { id: id, rows: '3', spellcheck: 'true', 'aria-describedby': id + '-count' });
    area.value = text;
    box.appendChild(area);
    var tools = el('div', { 'class': 'tools' });
    // Not a live region: a count said at every key is noise. Crossing the limit is said once (announce).
    var counter = el('output', { 'class': 'count', id: id + '-count', 'for': id, 'aria-live': 'off' });
    var button = el('button', { type: 'button', 'class': 'copy', 'aria-controls': id,
      'aria-label': count > 1
        ? say('copyPart', { label: label, n: index + 1, count: count, channel: channelName(post.channel) })
        : say('copyPost', { label: label, channel: channelName(post.channel) }) },
      count > 1 ? say('copyPartButton', { n: index + 1 }) : say('copy'));
    button.setAttribute('data-text', button.textContent);
    button.addEventListener('click', function () { copy(button, what); });
    tools.appendChild(counter);
    tools.appendChild(button);
    var share = index > 0 || intent(post.channel, text) === null ? null
      : el('a', { 'class': 'share', target: '_blank', rel: 'noopener noreferrer' },
        say('share', { channel: channelName(post.channel) }));
    if (share) {
      tools.appendChild(share);
    }
    box.appendChild(tools);
    var over = false;
    var update = function () {
      var n = length(post.channel, area.value);
      var now = post.limit > 0 && n > post.limit;
      counter.textContent = say(now ? 'countTooLong' : 'count', { n: n, limit: post.limit });
      counter.classList.toggle('over', now);
      if (now && !over) {
        announce(say('overAnnounce', { label: label, channel: channelName(post.channel), n: n, limit: post.limit }));
      }
      over = now;
      if (share) {
        share.href = intent(post.channel, area.value);
      }
    };
    area.addEventListener('input', function () {
      update();
      fit(area);
      changed();
    });
    update();
    box.fitText = function () { fit(area); };
    return box;
  }

  // Words of a post as the network shows them: links, handles and hashtags marked; where the network counts
  // links as it shows them (Bluesky's way), a link shortened as it shows it.
  var MARKED = /(https?:\/\/\S+[^\s.,;:!?)\]"'»”]|(?<![\p{L}\p{Nd}_&])[#＃][\p{L}\p{M}\p{Nd}_]+|(?<![\p{L}\p{Nd}_])@[\p{L}\p{M}\p{Nd}_]+(?:[.-][\p{L}\p{M}\p{Nd}_]+)*(?:@[\p{L}\p{M}\p{Nd}_]+(?:[.-][\p{L}\p{M}\p{Nd}_]+)*)?)/gu;
  function markedText(channel, text) {
    var p = el('p', { 'class': 'preview-text' });
    var shortens = (channels[channel] || {}).counting === 'graphemes';
    var at = 0;
    text.replace(MARKED, function (found, token, offset) {
      p.appendChild(document.createTextNode(text.slice(at, offset)));
      var link = /^https?:/.test(found);
      p.appendChild(el('span', { 'class': 'tag' }, link && shortens ? shortUrl(found) : found));
      at = offset + found.length;
      return found;
    });
    p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }

  // The card a network builds for a post's link, from what presskit links found on the page (Open Graph title
  // and description); never its image, which would be a request off the page.
  function previewCard(text) {
    var found = text.match(LINK);
    if (!found) {
      return null;
    }
    var url = linkOf(found[0]);
    var same = function (a, b) { return (a || '').replace(/\/$/, '') === b.replace(/\/$/, ''); };
    var known = (data.links || []).filter(function (l) { return same(l.url, url); })[0] || {};
    var card = el('span', { 'class': 'preview-card' });
    var host = url;
    try {
      host = new URL(url).host;
    } catch (e) { /* shown as written */ }
    card.appendChild(el('span', {}, host));
    var title = known.ogTitle || known.pageTitle || known.title;
    if (title) {
      card.appendChild(el('strong', {}, title));
    }
    var description = known.ogDescription || known.description;
    if (description) {
      card.appendChild(el('span', {}, description));
    }
    return card;
  }

  // How each post of a card looks on its network, drawn only while the preview is open.
  function preview(post, areas, into) {
    into.textContent = '';
    into.appendChild(el('p', { 'class': 'visually-hidden' }, say('previewOf', { channel: channelName(post.channel) })));
    areas.forEach(function (area) {
      var shown = el('div', { 'class': 'preview-post' });
      var head = el('p', { 'class': 'preview-head' });
      head.appendChild(el('strong', {}, labels.organisation));
      var account = (channels[post.channel] || {}).account;
      if (account) {
        head.appendChild(document.createTextNode(' '));
        head.appendChild(el('span', {}, account));
      }
      shown.appendChild(head);
      shown.appendChild(markedText(post.channel, area.value));
      var card = previewCard(area.value);
      if (card) {
        shown.appendChild(card);
      }
      into.appendChild(shown);
    });
  }

  // One post's card: named in words, its text (a thread as its parts, with how to post them), and a preview.
  function card(post) {
    var card = el('article', { 'class': 'post' + (post.example ? ' example' : ''), 'data-channel': post.channel, 'data-id': post.id });
    var heading = el('h4');
    heading.appendChild(el('span', { 'class': 'channel' }, channelName(post.channel)));
    var count = post.texts.length;
    // A space, so that the heading reads "X Kort budskap 2", not "XKort budskap 2".
    heading.appendChild(document.createTextNode(' ' + (count > 1
      ? say('thread', { label: postLabel(post), count: count }) : postLabel(post))));
    card.appendChild(heading);
    if (post.example) {
      card.appendChild(el('p', { 'class': 'example-note' }, say('example')));
    }
    if (count > 1) {
      card.appendChild(el('p', { 'class': 'thread-howto' }, say('threadHowTo')));
    }
    var shown = el('details', { 'class': 'preview' });
    var body = el('div');
    var changed = function () {
      if (shown.open) {
        preview(post, areas, body);
      }
    };
    var parts = post.texts.map(function (t, i) { return part(post, t, i, count, changed); });
    parts.forEach(function (p) { card.appendChild(p); });
    var areas = parts.map(function (p) { return p.querySelector('textarea'); });
    shown.appendChild(el('summary', {}, say('preview')));
    shown.appendChild(body);
    shown.addEventListener('toggle', changed);
    card.appendChild(shown);
    card.appendChild(el('a', { href: post.path, download: '' }, say('downloadText')));
    if (!sizedByCss) {
      requestAnimationFrame(function () { parts.forEach(function (p) { p.fitText(); }); });
    }
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

  // Link status: the year's links as cards, each with the last check's verdict and when it was made,
  // however long ago (the time says what the verdict is worth); the failed ones also in red at the top.
  function linkStatus(l) {
    if (!l.verdict) {
      return say('linkUnchecked');
    }
    return say('linkStatus', { verdict: labels.verdicts[l.verdict] || l.verdict, checked: l.checked });
  }

  function linkCard(l) {
    var item = el('li', { 'class': 'link-card' });
    // Only a web address becomes a link: a javascript: or data: href would run in this page.
    item.appendChild(/^https?:\/\//i.test(l.url || '')
      ? el('a', { href: l.url }, l.title) : el('span', {}, l.title));
    if (l.description) {
      item.appendChild(el('span', {}, ' – ' + l.description));
    }
    item.appendChild(el('p', { 'class': l.failed ? 'link-status over' : 'link-status' }, linkStatus(l)));
    if (l.ogTitle || l.pageTitle) {
      var preview = el('blockquote', { 'class': 'link-preview' });
      preview.appendChild(el('strong', {}, l.ogTitle || l.pageTitle));
      if (l.ogDescription) {
        preview.appendChild(el('p', {}, l.ogDescription));
      }
      item.appendChild(preview);
    }
    return item;
  }

  function linkAlerts(links) {
    var box = document.getElementById('link-alerts');
    var failed = links.filter(function (l) { return l.failed; });
    if (!box || !failed.length) {
      return;
    }
    failed.forEach(function (l) {
      box.appendChild(el('p', {}, say('linkAlert', {
        problem: labels.linkProblems[l.verdict] || labels.linkProblems.broken,
        title: l.title, url: l.url || '', checked: l.checked })));
    });
    box.hidden = false;
  }

  var yearLinks = data.links || [];
  linkAlerts(yearLinks);
  yearLinks.forEach(function (l) {
    document.getElementById('links').appendChild(linkCard(l));
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
  var levels = Array.prototype.slice.call(document.querySelectorAll('section.level'));
  var shownFirst = null;
  function search() {
    var query = fold(filter.value.trim());
    document.body.classList.toggle('searching', query !== '');
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
    // A heading ("Län", "Kommuner") with nothing found under it is hidden with its section.
    levels.forEach(function (level) {
      level.hidden = query !== '' && !found.some(function (g) { return level.contains(g); });
    });
    // The first place found comes into view, below the sticky search (scroll-margin-top), once per place.
    var first = query !== '' && places.length <= OPEN_AT_MOST ? places[0] : null;
    if (first && first !== shownFirst) {
      first.scrollIntoView({ block: 'start' });
    }
    shownFirst = first || null;
  }
  filter.addEventListener('input', search);

  // The places are read once the nation's posts are on screen; a search typed before then runs again.
  // The places' data is the page's last element, read once the browser has parsed it: the nation's posts
  // are usable before then. A search typed meanwhile runs again.
  function readPlaces() {
    JSON.parse(document.getElementById('presskit-places').textContent).groups.forEach(place);
    if (filter.value.trim() !== '') {
      search();
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', readPlaces);
  } else {
    readPlaces();
  }

  // For tests and scripts: how the page counts, and exactly what a copy button copies.
  window.presskit = {
    length: length, textFor: textFor, setPost: setPost, el: el, shortUrl: shortUrl, shownText: shownText
  };
}());
