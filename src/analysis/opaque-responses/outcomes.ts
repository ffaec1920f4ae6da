import type { NoCorsClient, NoCorsRequest } from './no-cors-requests';
import type { ValueUse } from './value-uses';

/** What a read of an opaque `Response` gives: its status is 0 and its headers and body are empty. */
const RESPONSE_READS: Readonly<Record<string, string>> = {
  status: '`status` is always 0 here',
  ok: '`ok` is always false here',
  headers: '`headers` is always empty here',
  body: '`body` is always null here',
  json: '`json()` always rejects here, since the body is empty',
  text: "`text()` always resolves to '' here",
  blob: '`blob()` always resolves to an empty Blob here',
  arrayBuffer: '`arrayBuffer()` always resolves to an empty ArrayBuffer here',
  formData: '`formData()` always rejects here, since the body is empty',
};

/** ky's response promise has the body methods itself: `ky(url).json()`. */
const KY_PROMISE_READS: ReadonlySet<string> = new Set(['json', 'text', 'blob', 'arrayBuffer', 'formData']);

const AXIOS_READS: ReadonlySet<string> = new Set(['data', 'status', 'statusText', 'headers']);

const KY_REJECTS = 'ky rejects here with an HTTPError, since the response is never `ok`';
const AXIOS_REJECTS = 'axios rejects here with "Request failed with status code 0", since the status is always 0';
const OFETCH_UNDEFINED = 'ofetch resolves to `undefined` here, since the response has no body';

/** What the code at `use` actually gets from an opaque response; undefined when the use reads nothing (`res.type`). */
export function opaqueOutcome(request: NoCorsRequest, use: ValueUse, client: NoCorsClient = request.client): string | undefined {
  switch (client) {
    case 'fetch':
    case 'request':
      return use.flow === 'value' && use.member !== undefined ? RESPONSE_READS[use.member] : undefined;
    case 'ky':
      if (request.errorsOff) return kyOutcomeWithoutErrors(use);
      return use.member !== undefined && (use.flow === 'value' ? use.member in RESPONSE_READS : KY_PROMISE_READS.has(use.member))
        ? KY_REJECTS
        : undefined;
    case 'ofetch':
      return use.flow === 'value' ? OFETCH_UNDEFINED : undefined;
    case 'axios':
      return !request.errorsOff && use.flow === 'value' && use.member !== undefined && AXIOS_READS.has(use.member)
        ? AXIOS_REJECTS
        : undefined;
  }
}

/** ky with `throwHttpErrors: false` hands the opaque response over; its own `json()` answers '' for an empty body. */
function kyOutcomeWithoutErrors(use: ValueUse): string | undefined {
  if (use.member === undefined || use.member === 'json' || use.member === 'formData') {
    return use.flow === 'promise' && use.member === 'json' ? "ky's `json()` always resolves to '' here, since the body is empty" : undefined;
  }
  return use.flow === 'value' || KY_PROMISE_READS.has(use.member) ? RESPONSE_READS[use.member] : undefined;
}
