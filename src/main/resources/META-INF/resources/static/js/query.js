// The query page: YASQE as the editor when it loaded, the example files as one-click queries, and the
// answer as a table whose IRIs link back into the pages. Every value goes in through textContent.
(function () {
  const page = document.getElementById('query-page');
  const base = page.dataset.base;
  const textarea = document.getElementById('query-text');
  let editor = null;
  if (window.Yasqe) {
    editor = window.Yasqe.fromTextArea
      ? window.Yasqe.fromTextArea(textarea, { persistenceId: null, showQueryButton: false, autocompleters: [] })
      : null;
    if (!editor) {
      const holder = document.createElement('div');
      textarea.replaceWith(holder);
      editor = new window.Yasqe(holder, { value: textarea.value, persistenceId: null, showQueryButton: false, autocompleters: [] });
    }
  }
  const getQuery = () => (editor ? editor.getValue() : textarea.value);
  const setQuery = (q) => (editor ? editor.setValue(q) : (textarea.value = q));

  function local(iri) {
    return iri.startsWith(base) ? '/' + iri.substring(base.length) : iri;
  }

  function cell(term) {
    const td = document.createElement('td');
    if (!term) return td;
    if (term.type === 'uri') {
      const a = document.createElement('a');
      a.href = local(term.value);
      a.textContent = term.value.startsWith(base) ? term.value.substring(base.length) : term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
    }
    return td;
  }

  async function run() {
    const status = document.getElementById('status');
    const results = document.getElementById('results');
    results.replaceChildren();
    status.textContent = 'running…';
    const started = performance.now();
    const response = await fetch('/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded',
                 'Accept': 'application/sparql-results+json, text/turtle;q=0.9' },
      body: new URLSearchParams({ query: getQuery() })
    });
    const type = response.headers.get('Content-Type') || '';
    const ms = Math.round(performance.now() - started);
    if (!response.ok) {
      const pre = document.createElement('pre');
      pre.className = 'error';
      pre.textContent = await response.text();
      results.appendChild(pre);
      status.textContent = 'error ' + response.status;
      return;
    }
    if (type.includes('json')) {
      const json = await response.json();
      if ('boolean' in json) {
        results.textContent = String(json.boolean);
        status.textContent = 'answered in ' + ms + ' ms';
        return;
      }
      const table = document.createElement('table');
      table.id = 'result-table';
      const head = table.createTHead().insertRow();
      json.head.vars.forEach(v => { const th = document.createElement('th'); th.textContent = v; head.appendChild(th); });
      const body = table.createTBody();
      json.results.bindings.forEach(b => {
        const tr = body.insertRow();
        json.head.vars.forEach(v => tr.appendChild(cell(b[v])));
      });
      results.appendChild(table);
      status.textContent = json.results.bindings.length + ' rows in ' + ms + ' ms';
    } else {
      const pre = document.createElement('pre');
      pre.id = 'result-graph';
      pre.textContent = await response.text();
      results.appendChild(pre);
      status.textContent = 'graph in ' + ms + ' ms';
    }
  }

  document.getElementById('run').addEventListener('click', run);
  document.querySelectorAll('button.example').forEach(button => {
    button.addEventListener('click', () => {
      setQuery(document.getElementById('example-' + button.dataset.name).value);
      run();
    });
  });
})();
