// A leader's page: offices, aliases, the visits made and hosted, and what came of them — one request.
import { graphql, lit, CITATION } from './api.js';
import { describe } from './dates.js';
import { h, errorBox, loading, recordButton } from './ui.js';
import { citations, kindName } from './panel.js';

export async function render(main, view, app) {
  const id = view.lid ?? '';
  main.replaceChildren(h('h2', { text: 'Leader' }), loading());
  let leader;
  try {
    leader = (await graphql(`{ leader(id: ${lit(id)}) { id name aliases state { code name } sources { ${CITATION} }
      offices { title from to state { code name } }
      visits { id date endDate city hostState { code name } resultingAgreements { id title kind date } }
      hostedVisits { id date endDate guest { id name } guestState { code name } }
      statements { id text date } } }`)).leader;
  } catch (error) {
    main.replaceChildren(h('h2', { text: 'Leader' }), errorBox(error));
    return;
  }
  if (!leader) {
    main.replaceChildren(h('h2', { text: 'Leader' }), h('div', { class: 'error', role: 'alert', text: `No leader with id ${id} is in the graph.` }));
    return;
  }
  main.replaceChildren(...[
    h('h2', { text: leader.name }),
    h('p', {}, `${leader.state.name}${leader.aliases.length ? ` · also written ${leader.aliases.join(', ')}` : ''} · `,
      h('button', { type: 'button', class: 'link', onclick: () => app.navigate({ view: 'timeline', leader: leader.name, state: '', lid: undefined }) }, 'these visits on the timeline')),
    leader.offices.length ? h('section', {}, h('h3', { text: 'Offices' }), h('ul', {}, leader.offices.map(o =>
      h('li', { text: `${o.title}, ${o.state.name}${o.from || o.to ? ` (${o.from ?? '?'} – ${o.to ?? ''})` : ''}` })))) : null,
    h('section', {}, h('h3', { text: `Visits made (${leader.visits.length})` }), h('ul', { class: 'visits' }, leader.visits.map(v => h('li', {},
      recordButton(app, `${describe(v.date, v.endDate)}: to ${v.hostState.name}${v.city ? `, ${v.city}` : ''}`, `visit:${v.id}`, leader.id),
      v.resultingAgreements.length ? h('ul', {}, v.resultingAgreements.map(a => h('li', {}, '→ ',
        recordButton(app, `${a.title} (${kindName(a.kind)}, ${describe(a.date)})`, `agreement:${a.id}`, a.date ?? '')))) : null)))),
    leader.hostedVisits.length ? h('section', {}, h('h3', { text: `Visits hosted (${leader.hostedVisits.length})` }), h('ul', {}, leader.hostedVisits.map(v => h('li', {},
      recordButton(app, `${describe(v.date, v.endDate)}: ${v.guest.name} (${v.guestState.name})`, `visit:${v.id}`, v.guest.id))))) : null,
    leader.statements.length ? h('section', {}, h('h3', { text: 'Statements' }), h('ul', {}, leader.statements.map(st => h('li', {},
      recordButton(app, `${describe(st.date)}: “${st.text}”`, `statement:${st.id}`))))) : null,
    citations(leader.sources)].filter(Boolean));
}
