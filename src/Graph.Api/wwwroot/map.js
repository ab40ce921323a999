// The coalition map: one draft's dispute as of a day. The draft sits in the centre, its supporters in
// columns on the left, its opposers on the right, the alternatives and those on them above, the
// uncommitted members of its forum below. Actors are coloured by the bloc found on the alignment
// graph. The view (draft, day, scope, selected actor) lives in the address, so it can be linked and
// Back walks the views.
'use strict';

const colours = { uncommitted: '#e0e0e0', noBloc: '#888888', draft: '#f5f5f5', official: '#ffffff' };
const supportive = new Set(['SPONSORS', 'BACKS', 'PROPOSES']);
const stances = { SPONSORS: true, BACKS: true, OPPOSES: true, PROPOSES: true };
const lines = [
  ['SPONSORS', 'sponsors'], ['BACKS', 'backs'], ['OPPOSES', 'opposes'], ['PROPOSES', 'proposes'],
  ['ALTERNATIVE_TO', 'alternative to'], ['REVISES', 'revises'], ['REPRESENTS', 'official of'],
];
const shapes = { STATE: 'state', ORGANIZATION: 'organization', PERSON: 'person', MEDIA: 'news outlet', ALLIANCE: 'alliance' };
const state = { drafts: [], days: [], draft: null, asOf: null, scope: 'DRAFT', actor: null, blocColours: {}, drawn: 0, layoutMs: 0, officialsShown: new Set() };
const $ = (id) => document.getElementById(id);

async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

const cy = cytoscape({
  container: $('map'),
  autoungrabify: true, // dragging would undo the layout's promise that nothing overlaps
  style: [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 90,
      'text-valign': 'bottom', 'text-margin-y': 3, 'background-color': 'data(colour)',
      width: 'mapData(weight, 0, 10, 18, 32)', height: 'mapData(weight, 0, 10, 18, 32)' } },
    { selector: 'node.uncommitted', style: { 'border-width': 1, 'border-style': 'dashed', 'border-color': '#777' } },
    { selector: 'node[kind = "ORGANIZATION"]', style: { shape: 'hexagon' } },
    { selector: 'node[kind = "PERSON"]', style: { shape: 'diamond' } },
    { selector: 'node[kind = "DRAFT"]', style: { shape: 'round-rectangle', 'border-width': 1, 'border-color': '#333', width: 30, height: 20, 'text-max-width': 130 } },
    { selector: 'node.focal', style: { 'border-width': 3, width: 44, height: 28, 'font-weight': 'bold' } },
    { selector: 'node.official', style: { width: 12, height: 12, 'font-size': 8, 'text-max-width': 70, 'border-width': 1, 'border-color': '#333' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000' } },
    { selector: 'edge', style: { width: 2, 'line-color': '#555', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#555', 'curve-style': 'bezier', opacity: 0.8 } },
    { selector: 'edge[relation = "SPONSORS"]', style: { width: 5 } },
    { selector: 'edge[relation = "OPPOSES"]', style: { 'line-style': 'dashed', 'line-color': '#c0392b', 'target-arrow-color': '#c0392b' } },
    { selector: 'edge[relation = "PROPOSES"]', style: { 'line-style': 'dotted' } },
    { selector: 'edge[relation = "ALTERNATIVE_TO"]', style: { 'line-style': 'dashed', 'line-color': '#999', 'target-arrow-color': '#999' } },
    { selector: 'edge[relation = "REVISES"]', style: { 'line-style': 'dotted', 'line-color': '#999', 'target-arrow-color': '#999' } },
    { selector: 'edge[relation = "REPRESENTS"]', style: { width: 1, 'line-style': 'dotted', 'target-arrow-shape': 'none' } },
  ],
});
window.coalitionMap = { cy, state };

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// Blocs take the colours the API gives them, so the map, the exports and the notebook agree.
function colourOf(bloc) {
  return (bloc && state.blocColours[bloc]) || colours.noBloc;
}

// ---- The days a draft's slider offers ----

function dayBefore(date) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

// The days on which a position on the draft, or on a draft related to it, began or ended; a position known
// only by its end also offers its last day, so the slider can show it held.
function daysOf(draftId) {
  const draft = state.drafts.find((d) => d.id === draftId);
  if (!draft) return [];
  const related = new Set([draftId, ...draft.relations.flatMap((r) => [r.from.id, r.to.id])]);
  const days = new Set();
  for (const d of state.drafts.filter((x) => related.has(x.id))) {
    for (const p of d.positions) {
      if (p.since) days.add(p.since);
      if (p.until) days.add(p.until);
      if (p.until && !p.since) days.add(dayBefore(p.until));
    }
  }
  return [...days].sort();
}

async function loadChoices() {
  const data = await graphql(`{ drafts(first: 100) { nodes { id title positions { since until } relations { from { id } to { id } } } } }`);
  state.drafts = data.drafts.nodes;
  $('draft').innerHTML = state.drafts.map((d) => `<option value="${escape(d.id)}">${escape(d.title)}</option>`).join('');
}

function mainDraft() {
  const main = state.drafts.slice().sort((a, b) => b.positions.length - a.positions.length)[0];
  return main ? main.id : null;
}

// ---- The layout ----

// Which part of the picture a node belongs in, from its lines to the draft shown.
function groupOf(node, focalId) {
  if (node.id() === focalId) return 'focal';
  if (node.data('kind') === 'DRAFT') return 'drafts';
  const toFocal = node.edgesTo(cy.getElementById(focalId)).map((e) => e.data('relation'));
  if (toFocal.includes('OPPOSES')) return 'opposers';
  if (toFocal.some((r) => supportive.has(r))) return 'supporters';
  return committed(node) ? 'alternatives' : 'uncommitted';
}

// Whether a node has a line of the view itself, officials drawn on demand aside.
function committed(node) {
  return node.connectedEdges('[relation != "REPRESENTS"]').length > 0;
}

function officialsOf(node) {
  return node.incomers('edge[relation = "REPRESENTS"]').sources('.official');
}

// A node's box, labels included, and where its position sits in that box. An actor whose officials are shown
// takes them along in a row under it, in one box, so the layout keeps them clear of everything else.
function measure(node) {
  const box = node.boundingBox({ includeLabels: true });
  const at = node.position();
  const item = { node, w: box.w, h: box.h, nodeW: box.w, nodeH: box.h, dx: at.x - box.x1, dy: at.y - box.y1, row: null };
  const officials = officialsOf(node);
  if (officials.length) {
    item.row = rows(officials.map(measure), Math.max(box.w, 240));
    item.w = Math.max(box.w, item.row.w);
    item.h = box.h + officialGap + item.row.h;
  }
  return item;
}

const officialGap = 8;

function place(s, x, y) {
  s.node.position({ x: x + (s.w - s.nodeW) / 2 + s.dx, y: y + s.dy });
  if (s.row) put(s.row, x + (s.w - s.row.w) / 2, y + s.nodeH + officialGap);
}

// Items in columns of at most `rows`; `alignRight` lines each column up on its right edge, and fills
// columns from the right, so the first items sit nearest the draft.
function columns(items, rows, alignRight) {
  const chunks = [];
  for (let i = 0; i < items.length; i += rows) chunks.push(items.slice(i, i + rows));
  if (alignRight) chunks.reverse();
  const gap = { x: 24, y: 8 };
  const heights = chunks.map((c) => c.reduce((h, s) => h + s.h, 0) + gap.y * (c.length - 1));
  const h = Math.max(0, ...heights);
  const placed = [];
  let x = 0;
  chunks.forEach((chunk, i) => {
    const w = Math.max(...chunk.map((s) => s.w));
    let y = (h - heights[i]) / 2;
    for (const s of chunk) {
      placed.push({ s, x: alignRight ? x + w - s.w : x, y });
      y += s.h + gap.y;
    }
    x += w + gap.x;
  });
  return { w: Math.max(0, x - gap.x), h, placed };
}

// Items in centred rows no wider than `width`.
function rows(items, width) {
  const gap = { x: 16, y: 12 };
  const lines = [[]];
  let used = 0;
  for (const s of items) {
    const line = lines[lines.length - 1];
    if (line.length && used + gap.x + s.w > width) { lines.push([s]); used = s.w; } else { line.push(s); used += (line.length > 1 ? gap.x : 0) + s.w; }
  }
  const widths = lines.map((l) => l.reduce((w, s) => w + s.w, 0) + gap.x * Math.max(0, l.length - 1));
  const w = Math.max(0, ...widths);
  const placed = [];
  let y = 0;
  lines.filter((l) => l.length).forEach((line, i) => {
    const h = Math.max(...line.map((s) => s.h));
    let x = (w - widths[i]) / 2;
    for (const s of line) { placed.push({ s, x, y }); x += s.w + gap.x; }
    y += h + gap.y;
  });
  return { w, h: Math.max(0, y - gap.y), placed };
}

// Blocks one above another, centred on the widest.
function stack(blocks, gap) {
  const shown = blocks.filter((b) => b.placed.length);
  const w = Math.max(0, ...shown.map((b) => b.w));
  const placed = [];
  let y = 0;
  for (const b of shown) {
    for (const p of b.placed) placed.push({ s: p.s, x: p.x + (w - b.w) / 2, y: p.y + y });
    y += b.h + gap;
  }
  return { w, h: Math.max(0, y - gap), placed };
}

function put(block, x1, y1) {
  for (const { s, x, y } of block.placed) place(s, x1 + x, y1 + y);
}

function sideColumns(items, alignRight) {
  return columns(items, Math.max(10, Math.ceil(Math.sqrt(3 * items.length))), alignRight);
}

// Places every node by its group; blocks take disjoint bands, each sized from its labels, so no two boxes meet.
function layOut(focalId) {
  const started = performance.now();
  const groups = { focal: [], drafts: [], supporters: [], opposers: [], alternatives: [], uncommitted: [] };
  cy.nodes().not('.official').forEach((n) => groups[groupOf(n, focalId)].push(measure(n)));
  const gap = 48;
  const middle = stack([rows(groups.alternatives, 420), rows(groups.drafts, 420), rows(groups.focal, 420)], gap);
  const left = sideColumns(groups.supporters, true);
  const right = sideColumns(groups.opposers, false);
  const focal = middle.placed[middle.placed.length - 1];
  const centreY = focal ? focal.y + focal.s.h / 2 : 0;
  const leftX = -(left.w ? left.w + gap : 0);
  const rightX = middle.w + (right.w ? gap : 0);
  put(middle, 0, 0);
  put(left, leftX, centreY - left.h / 2);
  put(right, rightX, centreY - right.h / 2);
  const top = Math.min(0, centreY - left.h / 2, centreY - right.h / 2);
  const bottom = Math.max(middle.h, centreY + left.h / 2, centreY + right.h / 2);
  const width = rightX + right.w - leftX;
  const below = rows(groups.uncommitted, Math.max(480, width));
  put(below, leftX + (width - below.w) / 2, bottom + gap);
  cy.fit(undefined, 20);
  state.layoutMs = performance.now() - started;
  return { top, groups };
}

// ---- The legend ----

function shortTitle(title) {
  const cut = title.indexOf(' on ');
  return title.length > 32 && cut > 0 ? title.slice(0, cut) : title;
}

function namesOf(ids, labels) {
  const names = ids.map((id) => labels[id]);
  const shown = names.slice(0, 6).join(', ');
  return `${shown}${names.length > 6 ? ', …' : ''} (${names.length})`;
}

// A bloc named by what its members do about the draft shown, not by the server's "X and n others".
function blocText(members, sideOfActor, title) {
  const names = { supporters: `Backers of ${title}`, opposers: `Opposers of ${title}`, alternatives: 'On the alternatives' };
  const sides = [...new Set(members.map((id) => sideOfActor[id]))];
  return sides.length === 1 ? names[sides[0]] : `Split on ${title}`;
}

function legendItem(swatchClass, colour, text) {
  const li = document.createElement('li');
  const swatch = document.createElement('span');
  swatch.className = swatchClass;
  // Coloured through the style object, not a style attribute: the page's Content-Security-Policy allows no inline styles.
  if (colour) swatch.style.backgroundColor = colour;
  li.append(swatch, document.createTextNode(text));
  return li;
}

function drawLegend(view, groups, focalId) {
  const labels = Object.fromEntries(view.nodes.map((n) => [n.id, n.label]));
  const sideOfActor = {};
  for (const side of ['supporters', 'opposers', 'alternatives']) for (const s of groups[side]) sideOfActor[s.node.id()] = side;
  const title = shortTitle(labels[focalId] || 'the draft');
  const items = [];
  for (const bloc of view.blocs) {
    const members = bloc.members.map((m) => m.id).filter((id) => id in sideOfActor);
    if (members.length) items.push(legendItem('swatch', colourOf(bloc.id), `${blocText(members, sideOfActor, title)}: ${namesOf(members, labels)}`));
  }
  const blocless = Object.keys(sideOfActor).filter((id) => !cy.getElementById(id).data('bloc'));
  if (blocless.length) items.push(legendItem('swatch', colours.noBloc, `In no bloc: ${namesOf(blocless, labels)}`));
  const uncommitted = groups.uncommitted.map((s) => s.node.id());
  if (uncommitted.length) items.push(legendItem('swatch uncommitted', colours.uncommitted, `Uncommitted, no stated position: ${namesOf(uncommitted, labels)}`));
  items.push(legendItem('swatch draft focal', colours.draft, 'The draft shown'));
  if (cy.nodes('.official').length) items.push(legendItem('swatch official', colours.official, 'Officials, shown on demand'));
  if (groups.drafts.length) items.push(legendItem('swatch draft', colours.draft, `Related drafts: ${namesOf(groups.drafts.map((s) => s.node.id()), labels)}`));
  $('blocs').replaceChildren(...items);
  const kinds = new Set(cy.nodes().map((n) => n.data('kind')).filter((k) => k in shapes));
  $('shapes').replaceChildren(...[...kinds].map((k) => legendItem(`shape ${k.toLowerCase()}`, null, shapes[k])));
  const used = new Set(cy.edges().map((e) => e.data('relation')));
  $('lines').replaceChildren(...lines.filter(([r]) => used.has(r)).map(([r, text]) => legendItem(`line ${r.toLowerCase()}`, null, text)));
}

// ---- Drawing a view ----

async function draw() {
  const drawing = ++state.drawn;
  const data = await graphql(`query($id: ID, $asOf: Date) { graph(scope: DRAFT, id: $id, asOf: $asOf) {
      nodes { id label kind bloc weight } edges { source target relation weight sourceIds } blocs { id label members { id } } blocColours { bloc colour } } }`,
    { id: state.draft, asOf: state.asOf });
  const officials = await officialsShown();
  if (drawing !== state.drawn) return; // a later view was asked for while this one loaded
  const view = data.graph;
  state.view = view;
  state.blocColours = Object.fromEntries(view.blocColours.map((b) => [b.bloc, b.colour]));
  cy.elements().remove();
  cy.add(view.nodes.map((n) => ({ group: 'nodes', data: { ...n, colour: n.kind === 'DRAFT' ? colours.draft : colourOf(n.bloc) } })));
  cy.add(view.edges.map((e, i) => ({ group: 'edges', data: { id: `e${i}`, ...e } })));
  addOfficials(officials);
  cy.getElementById(state.draft).addClass('focal');
  cy.nodes().filter((n) => n.data('kind') !== 'DRAFT' && !n.hasClass('official') && !committed(n))
    .forEach((n) => { n.addClass('uncommitted'); n.data('colour', colours.uncommitted); });
  const { groups } = layOut(state.draft);
  drawLegend(view, groups, state.draft);
  const query = `scope=DRAFT&id=${encodeURIComponent(state.draft)}${state.asOf ? `&asOf=${state.asOf}` : ''}`;
  $('exports').innerHTML = 'Export:' + ['graphml', 'gexf', 'cytoscape', 'nodes.csv', 'edges.csv']
    .map((f) => ` <a href="/export/${f}?${query}" download>${f}</a>`).join('');
  document.body.dataset.loadedAsOf = state.asOf || '';
  document.body.dataset.loadedDraft = state.draft;
}

// ---- Officials on the map ----

// The officials of each actor whose officials are asked for, as of the day shown.
async function officialsShown() {
  const ids = [...state.officialsShown];
  const answers = await Promise.all(ids.map((id) => graphql(`query($id: ID!, $asOf: Date) { actor(id: $id) {
      representedBy(asOf: $asOf) { title person { id name } } } }`, { id, asOf: state.asOf })));
  return ids.map((id, i) => ({ id, officials: answers[i].actor ? answers[i].actor.representedBy : [] }));
}

// Officials as small nodes tied to their actor; one already in the view keeps its place and gets the line only.
function addOfficials(shown) {
  for (const { id, officials } of shown) {
    if (cy.getElementById(id).empty()) continue;
    for (const r of officials) {
      if (cy.getElementById(r.person.id).empty()) {
        cy.add({ group: 'nodes', classes: 'official', data: { id: r.person.id, label: `${r.person.name}, ${r.title}`, kind: 'PERSON', colour: colours.official, weight: 0 } });
      }
      cy.add({ group: 'edges', data: { id: `official-${id}-${r.person.id}`, source: r.person.id, target: id, relation: 'REPRESENTS', weight: 1 } });
    }
  }
}

function toggleOfficials(id) {
  if (state.officialsShown.has(id)) state.officialsShown.delete(id); else state.officialsShown.add(id);
  return show(current(), 'none');
}

// ---- The picture as a file ----

// What the picture shows, for its caption: the draft, the day, and how many sources stand behind the positions drawn.
function caption() {
  const draft = state.drafts.find((d) => d.id === state.draft);
  const positions = state.view.edges.filter((e) => e.relation in stances);
  const sources = new Set(positions.flatMap((e) => e.sourceIds));
  return `${draft ? draft.title : state.draft} · as of ${state.asOf || 'all days'} · ${sources.size} source${sources.size === 1 ? '' : 's'} behind the positions shown`;
}

function fileName(extension) {
  return `coalition-map-${state.draft}${state.asOf ? `-${state.asOf}` : ''}.${extension}`;
}

function download(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
}

// The canvas picture with a caption strip under it. The picture is decoded with createImageBitmap, not an <img>,
// which the page's Content-Security-Policy (no img-src) would block.
async function savePng() {
  const scale = 2;
  const picture = await createImageBitmap(cy.png({ full: true, scale, bg: '#ffffff', output: 'blob' }));
  const text = caption();
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  let size = 14 * scale;
  context.font = `${size}px sans-serif`;
  const needed = context.measureText(text).width + 16 * scale;
  canvas.width = Math.max(picture.width, Math.min(needed, 1600 * scale));
  const strip = 28 * scale;
  const margin = 8 * scale; // cytoscape's full picture ends at the outermost box's edge
  canvas.height = margin + picture.height + strip;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(picture, (canvas.width - picture.width) / 2, margin);
  size = Math.min(size, size * (canvas.width - 16 * scale) / (needed - 16 * scale)); // shrink a caption too long for the strip
  context.font = `${size}px sans-serif`;
  context.fillStyle = '#222222';
  context.textBaseline = 'middle';
  context.fillText(text, 8 * scale, margin + picture.height + strip / 2);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  download(blob, fileName('png'));
}

// The vector picture with its caption as a <text> element in a strip added under it.
function saveSvg() {
  const doc = new DOMParser().parseFromString(cy.svg({ full: true, bg: '#ffffff' }), 'image/svg+xml');
  const svg = doc.documentElement;
  const width = parseFloat(svg.getAttribute('width'));
  const height = parseFloat(svg.getAttribute('height'));
  const strip = 28;
  const ns = 'http://www.w3.org/2000/svg';
  svg.setAttribute('height', String(height + strip));
  if (svg.getAttribute('viewBox')) svg.setAttribute('viewBox', `0 0 ${width} ${height + strip}`);
  const background = doc.createElementNS(ns, 'rect');
  Object.entries({ x: 0, y: height, width, height: strip, fill: '#ffffff' }).forEach(([k, v]) => background.setAttribute(k, String(v)));
  const text = doc.createElementNS(ns, 'text');
  Object.entries({ x: 8, y: height + strip / 2, 'dominant-baseline': 'middle', 'font-family': 'sans-serif', 'font-size': 14, fill: '#222222' })
    .forEach(([k, v]) => text.setAttribute(k, String(v)));
  text.textContent = caption();
  svg.append(background, text);
  download(new Blob([new XMLSerializer().serializeToString(doc)], { type: 'image/svg+xml' }), fileName('svg'));
}

// ---- The panel ----

const statementFields = 'nodes { date reportedOn kind text setting via { name } source { title date } }';

function statementItems(statements) {
  return statements.map((s) => `<li><div>${s.kind === 'QUOTE' ? `<q>${escape(s.text)}</q>` : escape(s.text)}</div>
      <div class="meta">${s.date || `reported ${s.reportedOn}`}${s.setting ? ` · ${escape(s.setting)}` : ''} · ${escape(s.source.title)}
      (${s.source.date || 'undated'})${s.via ? ` via ${escape(s.via.name)}` : ''}</div></li>`).join('');
}

function clearPanel() {
  $('actor-name').textContent = 'Click an actor or a draft';
  $('actor-roles').textContent = '';
  $('details').replaceChildren();
  $('statements').replaceChildren();
  $('officials').replaceChildren();
  delete document.body.dataset.shownActor;
  delete document.body.dataset.shownDraft;
  delete document.body.dataset.shownAsOf;
}

// What an actor said up to the slider's day, its stances then, and its officials with what they said.
async function showActor(id) {
  const asOf = state.asOf;
  const data = await graphql(`query($id: ID!, $asOf: Date) { actor(id: $id) { name
      represents(asOf: $asOf) { title represents { id name } }
      positions(asOf: $asOf) { stance draft { title } }
      statements(to: $asOf, first: 50) { ${statementFields} }
      representedBy(asOf: $asOf) { title person { id name statements(to: $asOf, first: 20) { ${statementFields} } } } } }`, { id, asOf });
  const actor = data.actor;
  if (!actor) throw new Error(`No actor '${id}'.`);
  clearPanel();
  $('actor-name').textContent = actor.name;
  $('actor-roles').textContent = [
    ...actor.represents.map((r) => `${r.title}, ${r.represents.name}`),
    ...actor.positions.map((p) => `${p.stance.toLowerCase()} ${p.draft.title}`),
  ].join('; ');
  $('statements').innerHTML = actor.statements.nodes.length ? statementItems(actor.statements.nodes)
    : `<li class="none">No statements recorded${asOf ? ` by ${asOf}` : ''}.</li>`;
  const toggle = `<button type="button" id="toggle-officials" data-officials="${escape(id)}">${state.officialsShown.has(id) ? 'Hide' : 'Show'} officials on the map</button>`;
  $('officials').innerHTML = actor.representedBy.length ? `<h3>Officials</h3>${toggle}` + actor.representedBy.map((r) => `<div class="official">
      <button type="button" data-actor="${escape(r.person.id)}">${escape(r.person.name)}</button>, ${escape(r.title)}
      <ol>${statementItems(r.person.statements.nodes)}</ol></div>`).join('') : '';
  document.body.dataset.shownActor = id;
  document.body.dataset.shownAsOf = asOf || '';
}

// A draft's status history and its alternatives, each of which opens its own view.
async function showDraft(id) {
  const data = await graphql(`query($id: ID!, $asOf: Date) { draft(id: $id) { title status(asOf: $asOf)
      history { status date evidence { excerpt source { title } } } alternatives { id title status(asOf: $asOf) } } }`, { id, asOf: state.asOf });
  const draft = data.draft;
  clearPanel();
  $('actor-name').textContent = draft.title;
  $('actor-roles').textContent = `Status${state.asOf ? ` on ${state.asOf}` : ''}: ${(draft.status || 'unknown').toLowerCase().replace(/_/g, ' ')}`;
  const history = draft.history.map((h) => `<li>${h.date || 'undated'}: ${escape(h.status.toLowerCase().replace(/_/g, ' '))}
      <div class="meta">${h.evidence.excerpt ? `<q>${escape(h.evidence.excerpt)}</q> · ` : ''}${escape(h.evidence.source.title)}</div></li>`);
  const alternatives = draft.alternatives.map((a) => `<li><button type="button" data-draft="${escape(a.id)}">${escape(a.title)}</button>
      ${a.status ? `(${escape(a.status.toLowerCase().replace(/_/g, ' '))})` : ''}</li>`);
  $('details').innerHTML = `<h3>Status history</h3><ol class="history">${history.join('') || '<li class="none">None recorded.</li>'}</ol>
      <h3>Alternatives</h3><ul class="alternatives">${alternatives.join('') || '<li class="none">None recorded.</li>'}</ul>`;
  document.body.dataset.shownDraft = id;
}

// ---- The timeline strip ----

// Who moved between blocs on a day, in a few words.
function movesText(moves) {
  if (!moves.length) return 'no bloc moves';
  const names = moves.map((m) => `${m.actor.name} ${m.fromBloc ? (m.toBloc ? 'moved' : 'left') : 'joined'}`);
  return `${names.slice(0, 3).join(', ')}${names.length > 3 ? `, +${names.length - 3}` : ''}`;
}

// The slider's days, each with the bloc moves made on it; a day's button opens the map on that day.
async function drawTimeline(draftId) {
  const days = state.days;
  let moves = [];
  if (days.length) {
    const data = await graphql(`query($from: Date!, $to: Date!) { blocTimeline(from: $from, to: $to) {
        moves { date actor { id name } fromBloc toBloc } } }`, { from: days[0], to: days[days.length - 1] });
    moves = data.blocTimeline.moves;
  }
  if (draftId !== state.draft) return; // another draft was chosen meanwhile
  $('timeline').replaceChildren(...days.map((day) => {
    const li = document.createElement('li');
    li.dataset.day = day;
    const onDay = moves.filter((m) => m.date === day);
    li.innerHTML = `<button type="button" data-day="${day}">${day}</button><span class="moves">${escape(movesText(onDay))}</span>`;
    li.title = onDay.map((m) => `${m.actor.name}: ${m.fromBloc || 'no bloc'} → ${m.toBloc || 'no bloc'}`).join('\n');
    return li;
  }));
  markDay();
  document.body.dataset.timelineDraft = draftId;
}

function markDay() {
  for (const li of $('timeline').children) li.classList.toggle('current', li.dataset.day === state.asOf);
}

// ---- The view in the address ----

function addressOf(view) {
  const params = new URLSearchParams();
  params.set('draft', view.draft);
  if (view.asOf) params.set('asOf', view.asOf);
  params.set('scope', view.scope);
  if (view.actor) params.set('actor', view.actor);
  return `?${params}`;
}

function readAddress() {
  const params = new URLSearchParams(location.search);
  return { draft: params.get('draft'), asOf: params.get('asOf'), scope: 'DRAFT', actor: params.get('actor') };
}

// The offered day nearest a wished one: the last on or before it, else the first; the last without a wish.
function dayFor(asOf) {
  if (!state.days.length) return null;
  if (!asOf) return state.days[state.days.length - 1];
  const before = state.days.filter((d) => d <= asOf);
  return before.length ? before[before.length - 1] : state.days[0];
}

function setSlider() {
  $('draft').value = state.draft;
  $('as-of').max = String(Math.max(0, state.days.length - 1));
  $('as-of').value = String(Math.max(0, state.days.indexOf(state.asOf)));
  $('as-of-label').textContent = state.asOf || 'all';
  markDay();
}

// Shows a view: the draft, the day, the selected actor; `record` is how the address follows (push, replace, none).
async function show(view, record) {
  const draft = state.drafts.some((d) => d.id === view.draft) ? view.draft : mainDraft();
  const draftChanged = draft !== state.draft;
  state.draft = draft;
  if (draftChanged) {
    state.days = daysOf(draft);
    delete document.body.dataset.timelineDraft;
    drawTimeline(draft).catch(report);
  }
  state.asOf = dayFor(view.asOf);
  state.scope = view.scope || 'DRAFT';
  state.actor = view.actor || null;
  setSlider();
  if (record === 'push' && location.search !== addressOf(state)) history.pushState(null, '', addressOf(state));
  if (record === 'replace') history.replaceState(null, '', addressOf(state));
  await draw();
  if (state.actor) {
    cy.$(':selected').unselect();
    cy.getElementById(state.actor).select();
    await showActor(state.actor);
  } else if (draftChanged || document.body.dataset.shownActor) clearPanel();
  else if (document.body.dataset.shownDraft) await showDraft(document.body.dataset.shownDraft);
}

const current = () => ({ draft: state.draft, asOf: state.asOf, scope: state.scope, actor: state.actor });

// ---- Search ----

let searching = 0;

async function search(text) {
  const asked = ++searching;
  if (!text.trim()) { $('found').hidden = true; return; }
  const data = await graphql(`query($q: String) { actors(search: $q, first: 8) { nodes { id name kind aliases } }
      drafts(search: $q, first: 5) { nodes { id title } } }`, { q: text });
  if (asked !== searching) return;
  const actors = data.actors.nodes.map((a) => `<li><button type="button" data-actor="${escape(a.id)}">${escape(a.name)}
      <span class="meta">${escape(a.kind.toLowerCase())}${a.aliases.length ? ` · ${escape(a.aliases.join(', '))}` : ''}</span></button></li>`);
  const drafts = data.drafts.nodes.map((d) => `<li><button type="button" data-draft="${escape(d.id)}">${escape(d.title)}
      <span class="meta">draft</span></button></li>`);
  $('found').innerHTML = [...actors, ...drafts].join('') || '<li class="none">Nothing found.</li>';
  $('found').dataset.query = text;
  $('found').hidden = false;
}

function choose(button) {
  $('found').hidden = true;
  if (button.dataset.draft) return show({ ...current(), draft: button.dataset.draft, asOf: null, actor: null }, 'push');
  return show({ ...current(), actor: button.dataset.actor }, 'push');
}

// ---- Wiring ----

function report(error) {
  $('actor-name').textContent = 'Error';
  $('actor-roles').textContent = error.message;
}

cy.on('tap', 'node', (event) => {
  const node = event.target;
  if (node.data('kind') === 'DRAFT') showDraft(node.id()).catch(report);
  else show({ ...current(), actor: node.id() }, 'push').catch(report);
});
$('draft').addEventListener('change', () => show({ ...current(), draft: $('draft').value, asOf: null, actor: null }, 'push').catch(report));
// Dragging redraws at each step; the address takes the day where the slider is let go.
$('as-of').addEventListener('input', () => show({ ...current(), asOf: state.days[Number($('as-of').value)] }, 'none').catch(report));
$('as-of').addEventListener('change', () => { if (location.search !== addressOf(state)) history.pushState(null, '', addressOf(state)); });
$('search').addEventListener('input', () => search($('search').value).catch(report));
$('search').addEventListener('keydown', (event) => {
  const first = $('found').querySelector('button');
  if (event.key === 'Enter' && first) choose(first).catch(report);
  if (event.key === 'Escape') $('found').hidden = true;
});
for (const list of [$('found'), $('panel')]) {
  list.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (button && button.dataset.officials) toggleOfficials(button.dataset.officials).catch(report);
    else if (button) choose(button).catch(report);
  });
}
$('save-png').addEventListener('click', () => savePng().catch(report));
$('save-svg').addEventListener('click', () => { try { saveSvg(); } catch (error) { report(error); } });
$('timeline').addEventListener('click', (event) => {
  const button = event.target.closest('button');
  if (button) show({ ...current(), asOf: button.dataset.day }, 'push').catch(report);
});
window.addEventListener('popstate', () => show(readAddress(), 'none').catch(report));

loadChoices().then(() => show(readAddress(), 'replace')).catch(report);
