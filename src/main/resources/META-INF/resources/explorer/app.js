// The explorer's shell: the URL is the view. Every change of view goes through navigate(), which writes the URL
// (so a link shows a colleague the same picture, and back and forward work) and then draws from the URL alone.
import * as timeline from './timeline.js';
import * as ladder from './ladder.js';
import * as network from './network.js';
import * as balance from './balance.js';
import * as search from './search.js';
import * as leader from './leader.js';
import { showRecord, closePanel } from './panel.js';
import { errorBox } from './ui.js';

const VIEWS = { timeline, ladder, network, balance, search, leader };
const KEYS = ['view', 'state', 'from', 'to', 'leader', 'kinds', 'bucket', 'q', 'lid', 'sel', 'by'];

/** The view held by the URL's query string. */
export function readView() {
  const params = new URLSearchParams(location.search);
  const view = {};
  for (const key of KEYS) if (params.has(key)) view[key] = params.get(key);
  if (!VIEWS[view.view]) view.view = 'timeline';
  return view;
}

function urlOf(view) {
  const params = new URLSearchParams();
  for (const key of KEYS) if (view[key] !== undefined && view[key] !== null) params.set(key, view[key]);
  const text = params.toString();
  return text ? `/?${text}` : '/';
}

let drawn = null;

/** Changes the view: `patch` sets keys (undefined removes one); replace keeps it out of the history. */
export function navigate(patch, { replace = false } = {}) {
  const next = { ...readView(), ...patch };
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  const url = urlOf(next);
  if (url !== location.pathname + location.search) {
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }
  draw();
}

const app = { navigate, readView };

function draw() {
  const view = readView();
  const main = document.getElementById('view');
  for (const link of document.querySelectorAll('#tabs a')) {
    if (link.dataset.view === view.view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.getElementById('search-text').value = view.view === 'search' ? view.q ?? '' : '';
  // A view redraws only when a key it reads changed; selecting a record leaves the picture as it is.
  const own = JSON.stringify({ ...view, sel: undefined, by: undefined });
  if (own !== drawn) {
    drawn = own;
    Promise.resolve(VIEWS[view.view].render(main, view, app)).catch(error => {
      main.replaceChildren(errorBox(error));
    });
  }
  if (view.sel) showRecord(view.sel, view.by, app).catch(() => {});
  else closePanel();
}

function start() {
  for (const link of document.querySelectorAll('#tabs a')) {
    link.addEventListener('click', event => {
      event.preventDefault();
      const current = readView();
      // Views share the state and the period; a view's own keys stay behind.
      navigate({ view: link.dataset.view, q: undefined, lid: undefined, bucket: current.bucket,
        kinds: current.kinds, leader: current.leader });
    });
  }
  document.getElementById('search-form').addEventListener('submit', event => {
    event.preventDefault();
    const text = document.getElementById('search-text').value.trim();
    if (text) navigate({ view: 'search', q: text });
  });
  window.addEventListener('popstate', draw);
  draw();
}

start();
