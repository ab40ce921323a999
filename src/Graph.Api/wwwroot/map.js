// The coalition map: actors and drafts of one draft's dispute as of a day, drawn force-directed
// (cytoscape's cose layout), actors coloured by the bloc found on the alignment graph, lines
// styled by relation. Clicking an actor lists what it said, with quotes and sources.
'use strict';

const palette = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
const state = { drafts: [], days: [], draft: null, asOf: null, blocColours: {} };
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
  style: [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-wrap': 'wrap', 'text-max-width': 120,
      'background-color': 'data(colour)', width: 'mapData(weight, 0, 10, 18, 40)', height: 'mapData(weight, 0, 10, 18, 40)' } },
    { selector: 'node[kind = "DRAFT"]', style: { shape: 'round-rectangle', 'background-color': '#f5f5f5', 'border-width': 2, 'border-color': '#333', width: 30, height: 20 } },
    { selector: 'node[kind = "PERSON"]', style: { shape: 'ellipse' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000' } },
    { selector: 'edge', style: { width: 2, 'line-color': '#555', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#555', 'curve-style': 'bezier' } },
    { selector: 'edge[relation = "SPONSORS"]', style: { width: 5 } },
    { selector: 'edge[relation = "OPPOSES"]', style: { 'line-style': 'dashed', 'line-color': '#c0392b', 'target-arrow-color': '#c0392b' } },
    { selector: 'edge[relation = "PROPOSES"]', style: { 'line-style': 'dotted' } },
    { selector: 'edge[relation = "ALTERNATIVE_TO"]', style: { 'line-style': 'dashed', 'line-color': '#999', 'target-arrow-color': '#999' } },
  ],
});
window.coalitionMap = { cy, state };

function colourOf(bloc) {
  if (!bloc) return '#bbb';
  if (!(bloc in state.blocColours)) state.blocColours[bloc] = palette[Object.keys(state.blocColours).length % palette.length];
  return state.blocColours[bloc];
}

async function loadChoices() {
  const data = await graphql(`{ drafts(first: 100) { nodes { id title history { date } positions { since until } } } }`);
  state.drafts = data.drafts.nodes;
  const days = new Set();
  for (const d of state.drafts) {
    for (const h of d.history) if (h.date) days.add(h.date);
    for (const p of d.positions) { if (p.since) days.add(p.since); if (p.until) days.add(p.until); }
  }
  state.days = [...days].sort();
  $('draft').innerHTML = state.drafts.map((d) => `<option value="${d.id}">${escape(d.title)}</option>`).join('');
  const main = state.drafts.slice().sort((a, b) => b.positions.length - a.positions.length)[0];
  $('draft').value = main ? main.id : '';
  $('as-of').max = String(Math.max(0, state.days.length - 1));
  $('as-of').value = $('as-of').max;
}

async function draw() {
  state.draft = $('draft').value;
  state.asOf = state.days[Number($('as-of').value)] || null;
  $('as-of-label').textContent = state.asOf || 'all';
  const data = await graphql(`query($id: ID, $asOf: Date) { graph(scope: DRAFT, id: $id, asOf: $asOf) {
      nodes { id label kind bloc weight } edges { source target relation weight } blocs { id label members { id } } } }`,
    { id: state.draft, asOf: state.asOf });
  const view = data.graph;
  cy.elements().remove();
  cy.add(view.nodes.map((n) => ({ group: 'nodes', data: { ...n, colour: colourOf(n.bloc) } })));
  cy.add(view.edges.map((e, i) => ({ group: 'edges', data: { id: `e${i}`, ...e } })));
  cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90 }).run();
  const shown = new Set(view.nodes.map((n) => n.bloc).filter(Boolean));
  $('blocs').innerHTML = view.blocs.filter((b) => shown.has(b.id))
    .map((b) => `<li data-bloc="${b.id}"><span class="swatch"></span>${escape(b.label)}</li>`).join('');
  // Coloured through the style object, not a style attribute: the page's Content-Security-Policy allows no inline styles.
  for (const li of $('blocs').children) li.firstChild.style.background = colourOf(li.dataset.bloc);
  const query = `scope=DRAFT&id=${encodeURIComponent(state.draft)}${state.asOf ? `&asOf=${state.asOf}` : ''}`;
  $('exports').innerHTML = 'Export:' + ['graphml', 'gexf', 'cytoscape', 'nodes.csv', 'edges.csv']
    .map((f) => ` <a href="/export/${f}?${query}" download>${f}</a>`).join('');
  document.body.dataset.loadedAsOf = state.asOf || '';
  document.body.dataset.loadedDraft = state.draft;
}

async function showActor(id) {
  const data = await graphql(`query($id: ID!) { actor(id: $id) { name represents { title represents { name } }
      statements(first: 50) { nodes { date reportedOn kind text setting via { name } source { title date } } } } }`, { id });
  const actor = data.actor;
  $('actor-name').textContent = actor.name;
  $('actor-roles').textContent = actor.represents.map((r) => `${r.title}, ${r.represents.name}`).join('; ');
  const items = actor.statements.nodes.map((s) => `<li><div>${s.kind === 'QUOTE' ? `<q>${escape(s.text)}</q>` : escape(s.text)}</div>
      <div class="meta">${s.date || `reported ${s.reportedOn}`}${s.setting ? ` · ${escape(s.setting)}` : ''} · ${escape(s.source.title)}
      (${s.source.date || 'undated'})${s.via ? ` via ${escape(s.via.name)}` : ''}</div></li>`);
  $('statements').innerHTML = items.length ? items.join('') : '<li class="none">No statements recorded.</li>';
  document.body.dataset.shownActor = id;
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

cy.on('tap', 'node', (event) => {
  const kind = event.target.data('kind');
  if (kind !== 'DRAFT') showActor(event.target.id()).catch(report);
});
$('draft').addEventListener('change', () => draw().catch(report));
$('as-of').addEventListener('input', () => draw().catch(report));

function report(error) {
  $('actor-name').textContent = 'Error';
  $('actor-roles').textContent = error.message;
}

loadChoices().then(draw).catch(report);
