// The one way the explorer talks to the service: a POST to /graphql. Every failure becomes an ApiError with a
// message a reader can act on, so no view is ever left blank.

export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

const WORDS = {
  RATE_LIMITED: 'The service is busy with another heavy query; try again in a moment.',
  TIMEOUT: 'The query took longer than the service allows; narrow the period or the filters.',
  RESPONSE_TOO_LARGE: 'The answer would be larger than the service sends at once; narrow the period or the filters.',
  QUERY_TOO_COMPLEX: 'The query asks for more than the service allows at once; narrow the period or the filters.',
  BAD_USER_INPUT: 'The service refused a value',
};

/** Runs a query; resolves to its data, or rejects with an ApiError whose message names the code. */
export async function graphql(query, variables = {}, retries = 1) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The service cannot be reached: check the network connection and reload.', 'NETWORK');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The service answered HTTP ${response.status} without a readable body.`, 'HTTP');
  }
  const errors = body?.errors ?? [];
  if (response.status === 429 && retries > 0) {
    const wait = Number(response.headers.get('retry-after')) || 1;
    await new Promise(resolve => setTimeout(resolve, wait * 1000));
    return graphql(query, variables, retries - 1);
  }
  if (errors.length) {
    const first = errors[0];
    const code = first.extensions?.code ?? 'ERROR';
    const lead = WORDS[code];
    const text = lead && code !== 'BAD_USER_INPUT' ? `${lead} (${first.message})` : first.message;
    throw new ApiError(`${text} [${code}]`, code);
  }
  if (!response.ok || !body?.data) {
    throw new ApiError(`The service answered HTTP ${response.status}.`, 'HTTP');
  }
  return body.data;
}

/** Quotes a value as a GraphQL string literal (JSON's escaping is GraphQL's). */
export const lit = value => JSON.stringify(String(value));

/** Fields of a citation as the record panel shows them. */
export const CITATION = 'excerpt locator supports note source { id title author publisher published url }';
