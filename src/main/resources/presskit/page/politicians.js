/* "Lägg till politiker": a form on a municipality's card that makes its local posts for the politicians entered
   there, exactly as `presskit build` makes them from a branch file, and offers that branch file for download.
   The wording is the organisation's template's: the build renders each local post with stand-ins for the
   committee and the politicians (PostFrame), and this script fills them in and fits the post to its network
   with a port of presskit's PostFitter (hashtag dropping, `---` breaks, ThreadSplitter). Nothing entered
   leaves the page: no request, and the download is a data: address. */
(function () {
  'use strict';
  // The branch file offered for download is made here, as a data: address.
  var YAML_FILE = 'data:text/yaml;charset=utf-8,';
  var data = JSON.parse(document.getElementById('presskit-data').textContent);
  var labels = JSON.parse(document.getElementById('presskit-labels').textContent).politicians;
  if (!labels) {
    return;
  }
  var channels = data.channels;
  var optional = data.optionalHashtags || [];
  // The stand-ins of presskit's PostFrame.
  var COMMITTEE = '\uE000';
  var MENTIONS = ['\uE001', '\uE002', '\uE003'];
  var REPLY = ['\uE004', '\uE005', '\uE006'];

  function say(key, values) {
    return labels[key].replace(/\{(\w+)\}/g, function (hole, name) {
      return values && name in values ? String(values[name]) : hole;
    });
  }

  // ---- Java's notions of white space, which the fitter's rules are written in ----

  // Character.isWhitespace: a no-break space is not white space.
  function isSpace(c) {
    return /[\t\n\u000B\f\r\u001C-\u001F \u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]/.test(c);
  }
  function strip(s) {
    var a = 0;
    var b = s.length;
    while (a < b && isSpace(s[a])) { a++; }
    while (b > a && isSpace(s[b - 1])) { b--; }
    return s.slice(a, b);
  }
  function stripTrailing(s) {
    var b = s.length;
    while (b > 0 && isSpace(s[b - 1])) { b--; }
    return s.slice(0, b);
  }
  function stripLeading(s) {
    var a = 0;
    while (a < s.length && isSpace(s[a])) { a++; }
    return s.slice(a);
  }
  // String.trim: every character up to U+0020.
  function trim(s) {
    return s.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  // The regex \R, and Java's default \s and \S (ASCII only).
  var LINE = /\r\n|[\n\u000B\f\r\u0085\u2028\u2029]/;

  // ---- the network's rule ----

  function utf8Bytes(text) {
    var bytes = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.length
          && text.charCodeAt(i + 1) >= 0xDC00 && text.charCodeAt(i + 1) <= 0xDFFF) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
  // A channel as the fitter sees it: presskit's Channel (length, fits, threads).
  function channel(id, limit) {
    var rule = channels[id] || {};
    var length = function (text) { return window.presskit.length(id, text); };
    return {
      threads: !!rule.threads,
      length: length,
      fits: function (text) {
        return (rule.maxBytes === undefined || utf8Bytes(text) <= rule.maxBytes) && length(text) <= limit;
      }
    };
  }

  // ---- KitBuilder.tidy ----

  function tidy(rendered) {
    var lines = rendered.replace(/\r\n/g, '\n').split('\n');
    var out = '';
    var blank = true;
    lines.forEach(function (line) {
      var l = stripTrailing(line);
      if (l === '' && blank) {
        return;
      }
      blank = l === '';
      out += l + '\n';
    });
    return strip(out);
  }

  // ---- ExplicitBreaks ----

  function isMark(line) {
    return strip(line) === '---';
  }
  function breaksPresent(text) {
    return text.split(LINE).some(isMark);
  }
  function segments(text) {
    var out = [];
    var current = '';
    var add = function () {
      var s = strip(current);
      if (s !== '') {
        out.push(s);
      }
    };
    text.split(LINE).forEach(function (line) {
      if (isMark(line)) {
        add();
        current = '';
      } else {
        current += line + '\n';
      }
    });
    add();
    return out;
  }
  function breaksRemoved(text) {
    return strip(text.split(LINE).filter(function (l) { return !isMark(l); }).join('\n'));
  }

  // ---- HashtagDropper ----

  function withHash(tag) {
    return tag.charAt(0) === '#' || tag.charAt(0) === '\uFF03' ? tag : '#' + tag;
  }
  function foldTag(tag) {
    return (tag.charAt(0) === '\uFF03' ? '#' + tag.slice(1) : tag).toLowerCase();
  }
  function stripBlanks(s, trailing) {
    return trailing ? s.replace(/[ \t]+$/, '') : s.replace(/^[ \t]+/, '');
  }
  function dropLast(text, tags) {
    var best = null;
    var i = 0;
    while (i < text.length) {
      var start = i;
      while (start < text.length && isSpace(text[start])) { start++; }
      var end = start;
      while (end < text.length && !isSpace(text[end])) { end++; }
      if (start < end) {
        var token = foldTag(text.slice(start, end));
        for (var t = 0; t < tags.length; t++) {
          if (token === foldTag(withHash(tags[t]))) {
            best = { start: start, end: end, tag: tags[t] };
            break;
          }
        }
      }
      i = end;
    }
    if (!best) {
      return null;
    }
    var left = stripBlanks(text.slice(0, best.start), true);
    var right = stripBlanks(text.slice(best.end), false);
    var cut;
    if (right === '') {
      cut = stripTrailing(left);
    } else if (left === '') {
      cut = stripLeading(right);
    } else {
      var leftLineEnd = /[\n\r]$/.test(left);
      var rightLineStart = /^[\n\r]/.test(right);
      if (leftLineEnd && rightLineStart) {
        cut = left + right.slice(right.indexOf('\r\n') === 0 ? 2 : 1);
      } else {
        cut = leftLineEnd || rightLineStart ? left + right : left + ' ' + right;
      }
    }
    return { text: cut, hashtag: best.tag };
  }

  // ---- Sentences ----

  var TERMINALS = '.!?…';
  var CLOSERS = '"\'”’»)]';
  var ABBREVIATIONS = ['bl.a.', 't.ex.', 's.k.', 'kl.', 'p.g.a.', 'pga.', 'd.v.s.', 'dvs.', 'fr.o.m.',
    't.o.m.', 'ca.', 'jfr.', 'enl.', 'inkl.', 'exkl.', 'resp.', 'f.d.', 'nr.', 'st.', 'ang.'];
  var LIST_ENDINGS = ['m.fl.', 'm.m.', 'osv.', 'o.s.v.', 'etc.'];

  function codePointAt(text, i) {
    return String.fromCodePoint(text.codePointAt(i));
  }
  function sentences(text) {
    var out = [];
    var words = [];
    var i = 0;
    while (i < text.length) {
      var start = i;
      var c;
      while (i < text.length && !isSpace(c = codePointAt(text, i))) { i += c.length; }
      if (start < i) {
        words.push({ start: start, end: i });
      }
      var gapStart = i;
      while (i < text.length && isSpace(c = codePointAt(text, i))) { i += c.length; }
      var lineBreak = /[\n\r\u2028\u2029]/.test(text.slice(gapStart, i));
      if (words.length && (i === text.length || lineBreak || endsSentence(text, words, i))) {
        out.push({ start: words[0].start, end: words[words.length - 1].end, words: words });
        words = [];
      }
    }
    return out;
  }
  function endsSentence(text, words, next) {
    var last = words[words.length - 1];
    var word = text.slice(last.start, last.end).toLowerCase();
    if (ABBREVIATIONS.indexOf(word) >= 0) {
      return false;
    }
    if (LIST_ENDINGS.indexOf(word) >= 0) {
      return next < text.length && /\p{Uppercase}/u.test(codePointAt(text, next));
    }
    var end = last.end;
    while (end > last.start && CLOSERS.indexOf(text[end - 1]) >= 0) { end--; }
    return end > last.start && TERMINALS.indexOf(text[end - 1]) >= 0;
  }

  // ---- ThreadSplitter ----

  var TOKEN = /[^ \t\n\u000B\f\r]+/g;
  var TAG = /^[#＃][\p{L}\p{M}\p{Nd}_]+$/u;
  var SENTENCE_END = /[.,;:!?…)\]"”’]$/;

  function linkOrTag(token) {
    return (token.indexOf('https://') === 0 || token.indexOf('http://') === 0) && !SENTENCE_END.test(token)
      || TAG.test(token);
  }
  function tailToken(token) {
    return /^(https:\/\/|http:\/\/|#|@)/.test(token);
  }
  function numbered(body, index, total) {
    var counter = '(' + index + '/' + total + ')';
    var wordEnd = -1;
    var introduces = false;
    var m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(body)) !== null) {
      if (!linkOrTag(m[0])) {
        wordEnd = m.index + m[0].length;
        introduces = /:$/.test(m[0]) || m[0].indexOf('://') >= 0;
      }
    }
    if (wordEnd < 0 || introduces) {
      return counter + ' ' + body;
    }
    return body.slice(0, wordEnd) + ' ' + counter + body.slice(wordEnd);
  }

  var UNSET = -Infinity;
  var START = Infinity;
  var HIGH = 4294967296;
  var INT_MAX = 2147483647;
  // ThreadSplitter's score: the shortest part first (longer is better), then the longest (shorter is better).
  function combine(previous, length) {
    var shortest = previous === START ? length : Math.min(Math.floor(previous / HIGH), length);
    var longest = previous === START ? length : Math.max(INT_MAX - previous % HIGH, length);
    return shortest * HIGH + (INT_MAX - longest);
  }

  function segmentParts(ch, text, total, before) {
    var fitsSomewhere = function (body) { return ch.fits(numbered(body, parseInt(total, 10), total)); };
    var hasWords = function (s) {
      return trim(text.slice(s.start, s.end)).split(/[ \t\n\u000B\f\r]+/).some(function (t) {
        return t !== '' && !tailToken(t);
      });
    };
    var units = function (list) {
      var out = [];
      list.forEach(function (s, index) {
        if (fitsSomewhere(text.slice(s.start, s.end))) {
          out.push({ start: s.start, end: s.end, sentence: -1 });
        } else {
          s.words.forEach(function (w) { out.push({ start: w.start, end: w.end, sentence: index }); });
        }
      });
      return out;
    };
    var reading = function (u, i, j) { return text.slice(u[i].start, u[j - 1].end); };
    var body = function (u, i, j, tail) {
      var carries = tail === 'first' && i === 0 || tail === 'last' && j === u.length;
      return carries ? reading(u, i, j) + text.slice(u[u.length - 1].end) : reading(u, i, j);
    };
    var grouped = function (u, tail) {
      var n = u.length;
      var best = [];
      var from = [];
      for (var r = 0; r <= n; r++) {
        best.push(new Array(n + 1).fill(UNSET));
        from.push(new Array(n + 1).fill(0));
      }
      best[0][0] = START;
      for (var k = 1; k <= n; k++) {
        for (var i = k - 1; i < n; i++) {
          if (best[k - 1][i] === UNSET) {
            continue;
          }
          for (var j = i + 1; j <= n; j++) {
            if (u[j - 1].sentence !== u[i].sentence) {
              break;
            }
            var fits = ch.fits(numbered(body(u, i, j, tail), before + k, total));
            if (!fits && j > i + 1) {
              break;
            }
            var score = combine(best[k - 1][i], ch.length(reading(u, i, j)));
            if (score > best[k][j]) {
              best[k][j] = score;
              from[k][j] = i;
            }
          }
        }
        if (best[k][n] !== UNSET) {
          var parts = [];
          var end = n;
          for (var p = k; p > 0; p--) {
            var begin = from[p][end];
            parts.unshift(body(u, begin, end, tail));
            end = begin;
          }
          return parts;
        }
      }
      return [text];
    };
    var all = sentences(text);
    var prose = all.length;
    while (prose > 0 && !hasWords(all[prose - 1])) { prose--; }
    if (prose === 0 || prose === all.length) {
      return grouped(units(all), 'none');
    }
    var u = units(all.slice(0, prose));
    var first = grouped(u, 'first');
    if (first.every(fitsSomewhere)) {
      return first;
    }
    var last = grouped(u, 'last');
    if (last.every(fitsSomewhere)) {
      return last;
    }
    var alone = grouped(u, 'none').concat([strip(text.slice(u[u.length - 1].end))]);
    return alone.every(fitsSomewhere) ? alone : first;
  }

  function split(ch, segs) {
    var pack = function (digits) {
      var total = '9'.repeat(digits);
      var bodies = [];
      segs.forEach(function (s) { bodies = bodies.concat(segmentParts(ch, s, total, bodies.length)); });
      return bodies;
    };
    var digits = 1;
    var bodies = pack(digits);
    while (String(bodies.length).length > digits) {
      digits = String(bodies.length).length;
      bodies = pack(digits);
    }
    if (bodies.length <= 1) {
      return bodies.length ? bodies : [''];
    }
    return bodies.map(function (b, i) { return numbered(b, i + 1, String(bodies.length)); });
  }

  // ---- PostFitter ----

  function asWritten(ch, text) {
    if (!breaksPresent(text)) {
      return [text];
    }
    if (!ch.threads) {
      return [breaksRemoved(text)];
    }
    var segs = segments(text);
    if (segs.length <= 1) {
      return segs.length ? segs : [''];
    }
    return segs.map(function (s, i) { return numbered(s, i + 1, String(segs.length)); });
  }
  function fit(ch, text, tags) {
    var current = text;
    var dropped = [];
    var allFit = function (parts) { return parts.every(ch.fits); };
    var parts = asWritten(ch, current);
    while (!allFit(parts)) {
      var drop = dropLast(current, tags);
      if (!drop) {
        break;
      }
      current = drop.text;
      dropped.push(drop.hashtag);
      parts = asWritten(ch, current);
    }
    if (!allFit(parts) && ch.threads) {
      parts = split(ch, segments(current));
    }
    return { parts: parts, dropped: dropped };
  }

  // ---- the local post for the politicians entered ----

  // The template's own list, learnt from the three stand-ins it listed: "A, B och C".
  function lister(frame, three) {
    var a = frame.indexOf(three[0]);
    var b = frame.indexOf(three[1]);
    var c = frame.indexOf(three[2]);
    if (a < 0 || b < a || c < b) {
      return null;
    }
    var comma = frame.slice(a + 1, b);
    var and = frame.slice(b + 1, c);
    return {
      block: frame.slice(a, c + 1),
      list: function (items) {
        return items.length <= 1 ? items.join('')
          : items.slice(0, -1).join(comma) + and + items[items.length - 1];
      }
    };
  }

  // The frames of a post, from the edits in the page's data (PostFrames): bare, tagged, replied.
  function frames(post) {
    var e = post.frame;
    var edit = function (text, i) {
      var between = typeof e[i + 2] === 'number' ? data.frameTexts[e[i + 2]] : e[i + 2];
      return text.slice(0, e[i]) + between + text.slice(text.length - e[i + 1]);
    };
    var bare = edit(post.texts.join('\n\n'), 0);
    var tagged = edit(bare, 3);
    var one = lister(tagged, MENTIONS);
    return { bare: bare, tagged: tagged, replied: edit(one ? replaceAll(tagged, one.block, MENTIONS[0]) : tagged, 6) };
  }

  // As Models.mentions: the handle on that network, else the name with the party.
  function mention(p, channelId) {
    var handle = (p.handles || {})[channelId];
    if (handle) {
      return handle;
    }
    return p.party && strip(p.party) !== '' ? p.name + ' (' + p.party + ')' : p.name;
  }

  // The frame with its three stand-ins listed as the template lists them replaced by the mentions; a
  // template that does not list them has nothing to replace, as the build's post has no names there.
  function listed(frame, three, mentions) {
    var l = lister(frame, three);
    return l ? replaceAll(frame, l.block, l.list(mentions)) : frame;
  }

  function replaceAll(text, what, by) {
    return text.split(what).join(by);
  }

  // As OutputPlan.local and KitBuilder.render: everyone in the post; when that does not make one post that
  // fits, the chair in the post and the others in the reply.
  function localPost(post, f, committee, politicians) {
    var ch = channel(post.channel, post.limit);
    var fill = function (text) { return tidy(replaceAll(text, COMMITTEE, committee)); };
    var mentions = politicians.map(function (p) { return mention(p, post.channel); });
    if (!mentions.length) {
      return fit(ch, fill(f.bare), optional);
    }
    var fitted = fit(ch, fill(listed(f.tagged, MENTIONS, mentions)), optional);
    if (mentions.length > 1 && (fitted.parts.length > 1 || !fitted.parts.every(ch.fits))) {
      var text = listed(f.replied, REPLY, mentions.slice(1));
      fitted = fit(ch, fill(replaceAll(text, MENTIONS[0], mentions[0])), optional);
    }
    return fitted;
  }

  // As Roles.byRole: the chair first, then the vice chairs, members and substitutes; a stable sort.
  function byRole(politicians) {
    var rank = function (p) {
      var i = labels.roles.indexOf(strip(p.role).toLowerCase());
      return i < 0 ? labels.roles.length : i;
    };
    return politicians.map(function (p, i) { return { p: p, i: i }; })
      .sort(function (a, b) { return rank(a.p) - rank(b.p) || a.i - b.i; })
      .map(function (x) { return x.p; });
  }

  // ---- the branch file ----

  // A YAML double-quoted scalar: JSON's escapes are YAML's, and line separators are escaped too.
  function quoted(text) {
    return JSON.stringify(text).replace(/[\u007F-\u009F\u2028\u2029\uFEFF]/g, function (c) {
      return '\\u' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    });
  }
  function branchYaml(code, committee, politicians) {
    var lines = ['municipality: ' + quoted(code)];
    if (committee !== '') {
      lines.push('committee: ' + quoted(committee));
    }
    if (!politicians.length) {
      lines.push('politicians: []');
    } else {
      lines.push('politicians:');
    }
    politicians.forEach(function (p) {
      lines.push('  - name: ' + quoted(p.name));
      lines.push('    role: ' + quoted(p.role));
      if (p.party !== '') {
        lines.push('    party: ' + quoted(p.party));
      }
      var networks = Object.keys(p.handles).filter(function (n) { return p.handles[n] !== ''; });
      if (networks.length) {
        lines.push('    handles:');
        networks.forEach(function (n) { lines.push('      ' + n + ': ' + quoted(p.handles[n])); });
      }
    });
    return lines.join('\n') + '\n';
  }

  // ---- the form ----

  var serial = 0;
  // page.js runs first and lends its element maker.
  var el = window.presskit.el;
  function field(box, label, input) {
    var id = 'pf' + (++serial);
    input.id = id;
    var wrap = el('div', { 'class': 'pf-field' });
    wrap.appendChild(el('label', { 'for': id }, label));
    wrap.appendChild(input);
    box.appendChild(wrap);
    return input;
  }
  function handleNetworks() {
    return Object.keys(channels).filter(function (id) { return channels[id].handles; });
  }
  // "Anna" → "@Anna": a handle is written with its @.
  function handle(text) {
    var h = strip(text);
    return h === '' || h.charAt(0) === '@' ? h : '@' + h;
  }

  function form(place, g) {
    var locals = g.posts.filter(function (p) { return p.frame; });
    if (g.level !== 'municipality' || !locals.length) {
      return;
    }
    var file = 'branches/' + g.code + '.yaml';
    var current = g.committee || data.committee || '';
    var box = el('details', { 'class': 'politicians-form' });
    box.appendChild(el('summary', {}, say('title')));
    box.appendChild(el('p', { 'class': 'pf-hint' }, say('intro')));
    // The lengths are the branch file schema's.
    var committee = field(box, say('committee'), el('input', { type: 'text', autocomplete: 'off', maxlength: '200' }));
    committee.value = current;
    var list = el('ol', { 'class': 'pf-list' });
    box.appendChild(list);
    var add = el('button', { type: 'button', 'class': 'pf-add' }, say('add'));
    box.appendChild(add);
    var download = el('a', { 'class': 'pf-download', download: g.code + '.yaml' }, say('download', { file: file }));
    box.appendChild(download);
    box.appendChild(el('p', { 'class': 'pf-hint' }, say('private')));
    var status = el('p', { 'class': 'pf-status', 'aria-live': 'polite' });
    box.appendChild(status);

    var rows = [];
    var shown = false;
    function entered() {
      return rows.map(function (r) {
        var handles = {};
        Object.keys(r.handles).forEach(function (n) { handles[n] = handle(r.handles[n].value); });
        return { name: strip(r.name.value), role: r.role.value, party: strip(r.party.value), handles: handles };
      }).filter(function (p) { return p.name !== ''; });
    }
    function update() {
      var politicians = entered();
      var name = strip(committee.value);
      var changed = politicians.length || name !== current;
      var ordered = byRole(politicians);
      // The file is made in the page, as a data address: nothing entered leaves the browser.
      download.setAttribute('href', YAML_FILE + encodeURIComponent(branchYaml(g.code, name, politicians)));
      status.textContent = changed ? say('updated', { n: politicians.length }) : '';
      if (!changed && !shown) {
        return; // the posts as built are on screen
      }
      shown = changed;
      locals.forEach(function (post) {
        post.frames = post.frames || frames(post);
        var texts = changed ? localPost(post, post.frames, name, ordered).parts : post.texts;
        window.presskit.setPost(post.id, texts);
      });
    }
    function row() {
      var item = el('li', { 'class': 'pf-row' });
      var set = el('fieldset');
      set.appendChild(el('legend', {}, say('politician', { n: rows.length + 1 })));
      var r = { item: item, handles: {} };
      r.name = field(set, say('name'), el('input', { type: 'text', autocomplete: 'off', maxlength: '200' }));
      r.role = field(set, say('role'), el('select'));
      labels.roles.forEach(function (role) { r.role.appendChild(el('option', { value: role }, role)); });
      r.role.value = rows.length ? labels.roles[labels.roles.length - 2] : labels.roles[0];
      r.party = field(set, say('party'), el('input', { type: 'text', autocomplete: 'off', maxlength: '20' }));
      // One hint for the handles, which every handle field is described by.
      var hint = el('p', { 'class': 'pf-hint', id: 'pf' + (++serial) }, say('handleHint'));
      set.appendChild(hint);
      handleNetworks().forEach(function (n) {
        r.handles[n] = field(set, say('handle', { channel: channels[n].name }),
          el('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', autocapitalize: 'off',
            maxlength: '300', 'aria-describedby': hint.id }));
      });
      var remove = el('button', { type: 'button', 'class': 'pf-remove' }, say('remove'));
      remove.addEventListener('click', function () {
        rows.splice(rows.indexOf(r), 1);
        item.remove();
        rows.forEach(function (x, i) {
          x.item.querySelector('legend').textContent = say('politician', { n: i + 1 });
        });
        update();
        add.focus();
      });
      set.appendChild(remove);
      item.appendChild(set);
      list.appendChild(item);
      rows.push(r);
      return r;
    }
    box.addEventListener('input', update);
    box.addEventListener('change', update);
    add.addEventListener('click', function () {
      row().name.focus();
      update();
    });
    row();
    update();
    // The form stands before the place's posts, so the posts it changes follow it.
    var first = place.querySelector('.post[data-id="' + locals[0].id + '"]');
    var before = first ? first.parentNode : null;
    if (before && before.parentNode) {
      before.parentNode.insertBefore(box, before);
    } else {
      place.appendChild(box);
    }
  }

  document.addEventListener('presskit:drawn', function (e) {
    form(e.detail.element, e.detail.group);
  });

  // For tests: the fitter and the local post, as the build makes them.
  window.presskitPoliticians = {
    fit: function (channelId, limit, text, tags) { return fit(channel(channelId, limit), text, tags); },
    localPost: function (post, committee, politicians) {
      return localPost(post, frames(post), committee, byRole(politicians));
    },
    yaml: branchYaml
  };
}());
