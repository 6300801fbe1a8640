// The graph view: draws the embedded graph with vis-network, shows evidence on click, and lays facts out by date.
// Article text is untrusted: it only ever reaches the page through textContent (el() below) or the canvas, and
// links are kept only when they are http(s).
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('graph-data').textContent);

  // Same colours as ontology/browser-style.grass, so the Browser and this page read alike.
  var TYPE_COLOURS = {
    Person: '#4e79a7', Organization: '#f28e2b', Country: '#59a14f', Location: '#76b7b2', Treaty: '#e15759',
    Statement: '#bab0ac', Article: '#edc948', Evidence: '#b07aa1'
  };
  var SPARE_COLOURS = ['#9c755f', '#ff9da7', '#af7aa1', '#86bcb6', '#d37295', '#a0cbe8', '#8cd17d', '#b6992d'];
  var RELATION_COLOURS = {
    SIGNED: '#e15759', RATIFIED: '#b1343a', DEPLOYED: '#f28e2b', VISITED: '#76b7b2', STATED: '#7f8893', ABOUT: '#c5cbd3'
  };
  var RELATION_ORDER = ['SIGNED', 'RATIFIED', 'DEPLOYED', 'VISITED'];
  var BIG = 300;          // above this many nodes, the level-of-detail mode starts folded
  var LIST_LIMIT = 200;   // facts listed per relation in the side panel

  function colourOf(type) {
    if (TYPE_COLOURS[type]) return TYPE_COLOURS[type];
    var h = 0;
    for (var i = 0; i < type.length; i++) h = (h * 31 + type.charCodeAt(i)) >>> 0;
    return SPARE_COLOURS[h % SPARE_COLOURS.length];
  }

  function relationColour(type) { return RELATION_COLOURS[type] || '#6b7785'; }

  // Builds an element; strings become text nodes, never markup.
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined) return;
        if (k === 'class') node.className = v;
        else if (k === 'colour') node.style.setProperty('--c', v);
        else if (k === 'onclick') node.addEventListener('click', v);
        else node.setAttribute(k, v);
      });
    }
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.append(child instanceof Node ? child : String(child));
  }

  function safeUrl(text) {
    if (!text) return null;
    try {
      var url = new URL(text);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) { return null; }
  }

  function link(text, href) {
    var url = safeUrl(href);
    return url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text) : el('span', null, text);
  }

  function clip(text, length) { return text.length > length ? text.slice(0, length - 1) + '…' : text; }

  // ---- the data, indexed ----
  var nodesById = new Map();
  data.nodes.forEach(function (n) { nodesById.set(n.id, n); });
  var edgesById = new Map();
  var degree = new Map();
  var edgesOf = new Map();
  data.edges.forEach(function (e) {
    edgesById.set(e.id, e);
    [e.from, e.to].forEach(function (id) {
      degree.set(id, (degree.get(id) || 0) + 1);
      if (!edgesOf.has(id)) edgesOf.set(id, []);
      edgesOf.get(id).push(e);
    });
  });

  function nameOf(id) {
    var node = nodesById.get(id);
    if (!node) return id;
    return node.kind === 'statement' ? '« ' + clip(node.text || '', 60) + ' »' : node.name;
  }

  function entityName(plainId) { return nodesById.has('e:' + plainId) ? nodesById.get('e:' + plainId).name : plainId; }

  function factText(e) {
    var when = e.date ? ' (' + e.date + ')' : '';
    if (e.type === 'STATED') return nameOf(e.from) + ': ' + nameOf(e.to);
    return nameOf(e.from) + ' ' + e.type + ' ' + nameOf(e.to) + when;
  }

  // ---- header ----
  var f = data.filter;
  var scope = [];
  if (f.entity) scope.push('around ' + f.entity + ' (depth ' + f.depth + ')');
  if (f.relations && f.relations.length) scope.push(f.relations.join(', '));
  if (f.from || f.to) scope.push((f.from || '…') + ' to ' + (f.to || '…'));
  var factCount = data.edges.filter(function (e) { return e.type !== 'ABOUT'; }).length;
  var entityCount = data.nodes.filter(function (n) { return n.kind === 'entity'; }).length;
  document.getElementById('summary').textContent =
    entityCount + ' entities, ' + factCount + ' facts, ' + Object.keys(data.articles).length + ' articles' +
    (scope.length ? ' — ' + scope.join('; ') : '');

  var types = Array.from(new Set(data.nodes.map(function (n) { return n.type; }))).sort();
  var legend = document.getElementById('legend');
  types.forEach(function (t) { legend.append(el('li', { colour: colourOf(t) }, t)); });

  var names = document.getElementById('entity-names');
  data.nodes.filter(function (n) { return n.kind === 'entity'; })
    .sort(function (a, b) { return a.name.localeCompare(b.name); })
    .forEach(function (n) { names.append(el('option', { value: n.name })); });

  // ---- the network ----
  var big = data.nodes.length > BIG;
  var visNodes = data.nodes.map(function (n) {
    var d = degree.get(n.id) || 0;
    if (n.kind === 'statement') {
      return {
        id: n.id, label: clip(n.text || '', 48), shape: 'box', type: n.type,
        color: { background: '#eeebe9', border: colourOf('Statement') }, font: { size: 11, color: '#3b4550' },
        widthConstraint: { maximum: 170 }, margin: 6
      };
    }
    return {
      id: n.id, label: clip(n.name, 60), shape: 'dot', type: n.type, size: 10 + 4 * Math.sqrt(d),
      color: { background: colourOf(n.type), border: '#ffffff', highlight: { background: colourOf(n.type), border: '#1d2733' } },
      borderWidth: 2, font: { size: 14, strokeWidth: 3, strokeColor: '#ffffff' }, widthConstraint: { maximum: 180 }
    };
  });

  // Parallel facts between the same two nodes get their own curve, so each arrow and label can be clicked.
  var pairCount = new Map();
  var visEdges = data.edges.map(function (e) {
    var key = e.from < e.to ? e.from + '|' + e.to : e.to + '|' + e.from;
    var k = pairCount.get(key) || 0;
    pairCount.set(key, k + 1);
    return {
      id: e.id, from: e.from, to: e.to, label: e.type === 'ABOUT' ? 'about' : e.type,
      arrows: 'to', dashes: e.type === 'ABOUT', width: e.type === 'ABOUT' ? 1 : 2,
      color: { color: relationColour(e.type), highlight: '#1d2733' },
      font: { size: big ? 0 : 11, align: 'middle', color: '#3b4550', strokeWidth: 3, strokeColor: '#ffffff' },
      smooth: { enabled: true, type: k % 2 ? 'curvedCCW' : 'curvedCW', roundness: 0.25 * Math.ceil(k / 2) }
    };
  });

  var container = document.getElementById('graph');
  var network = new vis.Network(container, { nodes: new vis.DataSet(visNodes), edges: new vis.DataSet(visEdges) }, {
    layout: { improvedLayout: !big, randomSeed: 7 },
    physics: {
      solver: 'forceAtlas2Based',
      forceAtlas2Based: { gravitationalConstant: -80, springLength: 120, avoidOverlap: 0.4 },
      stabilization: { enabled: false }
    },
    interaction: { hover: true, hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: false },
    nodes: { shape: 'dot' }
  });

  var folded = 0;
  if (big) {
    // Level of detail: fold the leaves (statements, places mentioned once…) into the node they hang from, twice.
    for (var round = 0; round < 2; round++) {
      network.clusterOutliers({
        processProperties: function (cluster, childNodes) {
          var hub = childNodes.reduce(function (best, n) { return (degree.get(n.id) || 0) > (degree.get(best.id) || 0) ? n : best; });
          folded += childNodes.length - 1;
          var base = nodesById.get(hub.id) || {};
          cluster.label = (base.name ? clip(base.name, 40) : (hub.label || '')) + ' +' + (childNodes.length - 1);
          cluster.shape = 'dot';
          cluster.size = 14 + 3 * Math.sqrt(childNodes.length);
          cluster.color = { background: colourOf(base.type || hub.type || 'Statement'), border: '#1d2733' };
          cluster.borderWidth = 3;
          cluster.font = { size: 14, strokeWidth: 3, strokeColor: '#ffffff' };
          cluster.type = base.type || hub.type;
          return cluster;
        },
        clusterNodeProperties: { allowSingleNodeCluster: false }
      });
    }
    var lod = el('div', { id: 'lod' },
      data.nodes.length + ' nodes: ' + folded + ' folded into the nodes they hang from (a "+N" node). ' +
      'Double-click it to open; arrow labels appear when you zoom in.');
    container.append(lod);
    network.on('zoom', function (p) {
      var size = p.scale > 0.9 ? 11 : 0;
      if (size !== labelSize) { labelSize = size; network.setOptions({ edges: { font: { size: size } } }); }
    });
  }
  var labelSize = big ? 0 : 11;

  var api = window.graphView = {
    ready: false,
    network: network,
    folded: function () { return folded; },
    visibleNodeCount: function () { return network.body.nodeIndices.length; },
    visibleEdgeCount: function () { return network.body.edgeIndices.length; },
    findFact: function (fromName, type, toName) {
      var match = data.edges.find(function (e) {
        return e.type === type && nameOf(e.from) === fromName && nameOf(e.to).indexOf(toName) >= 0;
      });
      return match ? match.id : null;
    },
    findEntity: function (name) {
      var n = data.nodes.find(function (x) { return x.kind === 'entity' && x.name === name; });
      return n ? n.id : null;
    },
    // A point on a fact's arrow where a click selects that arrow and nothing else (zooming in on it first, so that
    // arrows converging on a hub are apart), for a real mouse click.
    edgePoint: function (id) {
      var edge = network.body.edges[id];
      network.moveTo({ position: edge.edgeType.getPoint(0.5), scale: Math.max(network.getScale(), 1.5), animation: false });
      var box = container.getBoundingClientRect();
      var tries = [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8];
      for (var i = 0; i < tries.length; i++) {
        var dom = network.canvasToDOM(edge.edgeType.getPoint(tries[i]));
        if (network.getNodeAt(dom) === undefined && network.getEdgeAt(dom) === id) {
          return { x: box.left + dom.x, y: box.top + dom.y };
        }
      }
      var middle = network.canvasToDOM(edge.edgeType.getPoint(0.5));
      return { x: box.left + middle.x, y: box.top + middle.y };
    },
    nodePoint: function (id) {
      var p = network.getPositions([id])[id];
      var dom = network.canvasToDOM(p);
      var box = container.getBoundingClientRect();
      return { x: box.left + dom.x, y: box.top + dom.y };
    }
  };

  network.once('stabilizationIterationsDone', function () {
    network.setOptions({ physics: { enabled: false } });
    network.fit({ animation: false });
    api.ready = true;
    document.body.setAttribute('data-ready', 'true');
  });
  network.stabilize(big ? 150 : 400);

  network.on('click', function (p) {
    if (p.nodes.length) {
      var id = p.nodes[0];
      if (network.isCluster(id)) showCluster(id); else showNode(id);
    } else if (p.edges.length) {
      var edgeId = p.edges[0];
      if (!edgesById.has(edgeId) && network.clustering.getBaseEdges) {
        var base = network.clustering.getBaseEdges(edgeId);
        edgeId = base && base.length ? base[0] : edgeId;
      }
      if (edgesById.has(edgeId)) showFact(edgeId);
    } else {
      showOverview();
    }
  });
  network.on('doubleClick', function (p) {
    if (p.nodes.length && network.isCluster(p.nodes[0])) network.openCluster(p.nodes[0]);
  });

  // Selects a node (opening the clusters that hide it) and shows it.
  function reveal(id) {
    if (!nodesById.has(id)) return;
    var path = network.clustering.findNode(id);
    for (var i = 0; i < path.length - 1; i++) {
      if (network.isCluster(path[i])) network.openCluster(path[i]);
    }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.1, animation: false });
    showNode(id);
  }

  // ---- the side panel ----
  var details = document.getElementById('details');
  var factsPanel = document.getElementById('facts');

  function setDetails() {
    details.replaceChildren();
    for (var i = 0; i < arguments.length; i++) append(details, arguments[i]);
    details.scrollIntoView({ block: 'start' });
  }

  function entityButton(id) {
    var node = nodesById.get(id);
    if (!node) return el('span', null, id);
    return el('button', { class: 'fact', type: 'button', onclick: function () { reveal(id); } }, nameOf(id));
  }

  function factButton(e) {
    return el('button', { class: 'fact', type: 'button', 'data-fact': e.id, onclick: function () { showFact(e.id); } }, factText(e));
  }

  function articleLine(id, extra) {
    var a = data.articles[id] || { id: id };
    return el('span', { class: 'source' },
      link(a.title || a.id, a.url),
      a.source ? ' · ' + a.source : '',
      a.published ? ' · ' + a.published : '',
      a.title && !a.url ? ' · ' + a.id : '',
      extra || '');
  }

  function evidenceBlock(index) {
    var ev = data.evidence[index];
    var confidence = typeof ev.confidence === 'number' ? ' · confidence ' + ev.confidence.toFixed(2) : '';
    return el('div', { class: 'evidence' }, el('blockquote', null, ev.sentence), articleLine(ev.article, confidence));
  }

  function showFact(id) {
    var e = edgesById.get(id);
    if (!e) return;
    if (network.body.edges[id]) network.selectEdges([id]);
    var qualifiers = [];
    if (e.date) qualifiers.push(el('li', null, 'Date: ' + e.date));
    else if (e.when) qualifiers.push(el('li', null, 'Undated; reported ' + e.when + ' (article date)'));
    if (e.troops !== null && e.troops !== undefined) qualifiers.push(el('li', null, 'Troops: ' + e.troops.toLocaleString('en')));
    if (e.claimedBy.length) qualifiers.push(el('li', null, 'Claimed by: ' + e.claimedBy.map(entityName).join(', ')));
    qualifiers.push(el('li', null, 'Articles: ' + e.articles.length));
    setDetails(
      el('h2', { id: 'fact-title' }, nameOf(e.from), ' ', el('span', { class: 'badge', colour: relationColour(e.type) }, e.type), ' ', nameOf(e.to)),
      el('ul', { class: 'plain' }, e.type === 'ABOUT' ? el('li', null, 'A statement and what it is about; its evidence is on the STATED fact.') : qualifiers),
      el('h3', null, 'Evidence (' + e.evidence.length + ')'),
      el('div', { id: 'evidence-list' }, e.evidence.map(evidenceBlock)),
      el('h3', null, 'Entities'),
      entityButton(e.from), entityButton(e.to));
  }

  function showNode(id) {
    var n = nodesById.get(id);
    if (!n) return;
    var facts = (edgesOf.get(id) || []).slice().sort(byRelation);
    if (n.kind === 'statement') {
      var stated = facts.filter(function (e) { return e.type === 'STATED'; });
      var about = facts.filter(function (e) { return e.type === 'ABOUT'; });
      setDetails(
        el('h2', null, 'Statement'),
        el('blockquote', null, n.text || ''),
        el('h3', null, 'Said by'), stated.map(function (e) { return entityButton(e.from); }),
        about.length ? [el('h3', null, 'About'), about.map(function (e) { return entityButton(e.to); })] : null,
        el('h3', null, 'Evidence'),
        stated.map(function (e) { return e.evidence.map(evidenceBlock); }));
      return;
    }
    var wikidata = n.wikidata && /^Q[0-9]+$/.test(n.wikidata) ? n.wikidata : null;
    setDetails(
      el('h2', { id: 'entity-title' }, n.name, ' ', el('span', { class: 'badge', colour: colourOf(n.type) }, n.type)),
      wikidata ? el('div', null, 'Wikidata: ', link(wikidata, 'https://www.wikidata.org/wiki/' + wikidata)) : el('div', { class: 'muted' }, 'No Wikidata id'),
      el('h3', null, 'Aliases (' + n.aliases.length + ')'),
      el('ul', { class: 'aliases' }, n.aliases.map(function (a) { return el('li', null, a); })),
      el('h3', null, 'Facts (' + facts.length + ')'),
      facts.slice(0, LIST_LIMIT).map(factButton),
      el('h3', null, 'Mentioned in ' + n.mentions.length + ' article' + (n.mentions.length === 1 ? '' : 's')),
      el('ul', { class: 'plain', id: 'mentions' }, n.mentions.map(function (m) {
        return el('li', null, articleLine(m.article, ' · ' + m.count + ' mention' + (m.count === 1 ? '' : 's')));
      })));
  }

  function showCluster(id) {
    var members = network.getNodesInCluster(id);
    setDetails(
      el('h2', null, 'Folded group (' + members.length + ')'),
      el('p', { class: 'muted' }, 'Double-click the group on the graph to open it, or pick a member:'),
      members.slice(0, LIST_LIMIT).map(function (m) { return nodesById.has(m) ? entityButton(m) : null; }));
  }

  function showOverview() {
    setDetails(
      el('h2', null, 'How to read this'),
      el('p', { class: 'muted' },
        'Circles are entities, coloured by type; boxes are statements. Arrows are facts. ' +
        'Click an arrow (or a fact below) to see the sentences it was read from and their articles; ' +
        'click an entity for its aliases, Wikidata page and the articles that mention it.'));
  }

  function byRelation(a, b) {
    return rank(a.type) - rank(b.type) || (a.when || '').localeCompare(b.when || '') || factText(a).localeCompare(factText(b));
  }

  function rank(type) {
    var i = RELATION_ORDER.indexOf(type);
    return i >= 0 ? i : type === 'STATED' ? 90 : type === 'ABOUT' ? 99 : 50;
  }

  function renderFactList() {
    var groups = new Map();
    data.edges.filter(function (e) { return e.type !== 'ABOUT'; }).sort(byRelation).forEach(function (e) {
      if (!groups.has(e.type)) groups.set(e.type, []);
      groups.get(e.type).push(e);
    });
    var parts = [];
    groups.forEach(function (list, type) {
      parts.push(el('h3', null, el('span', { class: 'badge', colour: relationColour(type) }, type), ' ' + list.length));
      parts.push(list.slice(0, LIST_LIMIT).map(factButton));
      if (list.length > LIST_LIMIT) parts.push(el('p', { class: 'note' }, '… and ' + (list.length - LIST_LIMIT) + ' more; narrow with --entity or --relations.'));
    });
    factsPanel.replaceChildren();
    append(factsPanel, parts);
  }

  // ---- the timeline ----
  var timeline = document.getElementById('timeline');
  var timelineBuilt = false;

  function monthIndex(text) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text || '');
    if (!m) return null;
    var day = m[3] ? (parseInt(m[3], 10) - 1) / 31 : m[2] ? 0.5 : 6;
    return parseInt(m[1], 10) * 12 + (m[2] ? parseInt(m[2], 10) - 1 : 0) + day;
  }

  function buildTimeline() {
    var facts = data.edges.filter(function (e) { return e.type !== 'ABOUT' && monthIndex(e.when) !== null; }).sort(byRelation);
    var undated = data.edges.filter(function (e) { return e.type !== 'ABOUT' && monthIndex(e.when) === null; }).length;
    if (!facts.length) { timeline.append(el('p', { class: 'muted' }, 'No fact has a date.')); return; }
    var first = Math.floor(Math.min.apply(null, facts.map(function (e) { return monthIndex(e.when); })));
    var last = Math.ceil(Math.max.apply(null, facts.map(function (e) { return monthIndex(e.when); }))) + 1;
    var monthWidth = 170;
    var width = Math.max(800, (last - first) * monthWidth + 240);
    var x = function (e) { return (monthIndex(e.when) - first) * monthWidth; };

    var axis = el('div', { class: 'axis-track', style: 'width:' + width + 'px' });
    for (var m = first; m <= last; m++) {
      var label = Math.floor(m / 12) + '-' + String(m % 12 + 1).padStart(2, '0');
      axis.append(el('span', { class: 'tick', style: 'left:' + (m - first) * monthWidth + 'px' }, label));
    }
    timeline.append(el('div', { class: 'axis' }, el('span'), axis));

    var lanes = new Map();
    facts.forEach(function (e) { if (!lanes.has(e.type)) lanes.set(e.type, []); lanes.get(e.type).push(e); });
    lanes.forEach(function (list, type) {
      var rows = [];
      var track = el('div', { class: 'lane-track', style: 'width:' + width + 'px' });
      list.sort(function (a, b) { return x(a) - x(b); }).forEach(function (e) {
        var left = x(e);
        var row = rows.findIndex(function (end) { return end <= left; });
        if (row < 0) { row = rows.length; rows.push(0); }
        rows[row] = left + 288;
        var text = (e.date || e.when) + ' · ' + factText(e).replace(/ \(\d{4}[^)]*\)$/, '');
        track.append(el('button', {
          class: 'card' + (e.whenSource === 'article' ? ' guess' : ''), type: 'button', 'data-fact': e.id,
          colour: relationColour(type), title: text, style: 'left:' + left + 'px;top:' + row * 28 + 'px',
          onclick: function () { showFact(e.id); }
        }, text));
      });
      track.style.height = rows.length * 28 + 4 + 'px';
      timeline.append(el('div', { class: 'lane' }, el('span', { class: 'lane-name' }, type), track));
    });
    timeline.append(el('p', { class: 'note' },
      'Solid cards are dated by the fact itself ("signed in June"); dashed cards by the publication date of the first article reporting them.' +
      (undated ? ' ' + undated + ' facts have no date at all and are not shown.' : '')));
  }

  function setMode(mode) {
    var isTimeline = mode === 'timeline';
    if (isTimeline && !timelineBuilt) { buildTimeline(); timelineBuilt = true; }
    timeline.hidden = !isTimeline;
    container.hidden = isTimeline;
    document.getElementById('mode-graph').classList.toggle('active', !isTimeline);
    document.getElementById('mode-timeline').classList.toggle('active', isTimeline);
  }

  document.getElementById('mode-graph').addEventListener('click', function () { setMode('graph'); });
  document.getElementById('mode-timeline').addEventListener('click', function () { setMode('timeline'); });
  document.getElementById('search').addEventListener('change', function (ev) {
    var id = api.findEntity(ev.target.value);
    if (id) { setMode('graph'); reveal(id); }
  });

  api.showFact = showFact;
  api.setMode = setMode;
  showOverview();
  renderFactList();
})();
