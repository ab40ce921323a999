// The query IDE: GraphiQL on /graphql, opening with README's questions as tabs, and the Explorer to click a query
// together from the schema. A file of its own, not an inline script, so the page's Content-Security-Policy can allow
// scripts from this server only.
const { parse, print } = GraphiQL.GraphQL;

// README's examples word for word (a test holds them to it). Each tab gets its question as a comment and an operation
// name, which GraphiQL shows as the tab's title.
const questions = [
  ["Who backs Japan's draft, since when, on what evidence", 'WhoBacksJapansDraft',
    '{ draft(id: "japan-sanctions-resolution") { title status positions { stance since actor { name } evidence { excerpt source { title date } statement { text } } } } }'],
  ['What Taro Aso said, and when, with his role', 'WhatAsoSaid',
    '{ actor(id: "taro-aso") { name represents { title represents { name } } statements { nodes { date kind text setting via { name } source { title } } } } }'],
  ['The alternatives on the table and who proposed them', 'AlternativesOnTheTable',
    '{ draft(id: "japan-sanctions-resolution") { alternatives { title kind positions(stance: PROPOSES) { actor { name } since } } } }'],
  ["The path from South Korea to Japan's draft, edge by edge", 'PathFromSouthKorea',
    '{ path(from: "south-korea", to: "japan-sanctions-resolution", maxHops: 4) { length nodes { id __typename } edges { fromId relation toId } } }'],
  ['Who moves together over July 2006: alignment and blocs', 'AlignmentJuly2006',
    '{ alignment(from: "2006-07-01", to: "2006-07-14") { modularity blocs { label members { name } } } }'],
];
const defaultTabs = questions.map(([question, name, query]) => ({ query: `# ${question}\nquery ${name} ${print(parse(query))}` }));

// GraphiQL keeps its tabs in localStorage and, once it has some, opens those instead of defaultTabs. Keys of this
// page's own keep tabs saved by an older version of the IDE from hiding the questions: change the prefix when they change.
const prefix = 'graph-ide-1:';
const ours = () => Object.keys(localStorage).filter((key) => key.startsWith(prefix));
const storage = {
  getItem: (key) => localStorage.getItem(prefix + key),
  setItem: (key, value) => localStorage.setItem(prefix + key, value),
  removeItem: (key) => localStorage.removeItem(prefix + key),
  get length() { return ours().length; },
  clear: () => ours().forEach((key) => localStorage.removeItem(key)),
};

const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
const plugins = [GraphiQLPluginExplorer.explorerPlugin()];
ReactDOM.createRoot(document.getElementById('ide')).render(
  React.createElement(GraphiQL, { fetcher, defaultTabs, storage, plugins, defaultEditorToolsVisibility: false }));
