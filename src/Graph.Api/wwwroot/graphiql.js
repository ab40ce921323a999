// The query IDE: GraphiQL on /graphql with an example query. A file of its own, not an inline script, so the page's
// Content-Security-Policy can allow scripts from this server only.
const example = `# Who sponsors, backs and opposes Japan's draft, and on what evidence?
query WhoBacksTheJapaneseDraft {
  draft(id: "japan-sanctions-resolution") {
    title
    status
    positions {
      stance
      since
      actor { name }
      evidence { excerpt source { title date } statement { text } }
    }
  }
}
`;
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('ide')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: example, defaultEditorToolsVisibility: false }));
