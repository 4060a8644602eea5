import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

/** The subgraphs and the URL the gateway routes to in a default deployment (npm start). */
export const SUBGRAPH_ROUTING: Record<string, string> = {
  leerlingenadministratie: 'http://127.0.0.1:4001/graphql',
  verzuim: 'http://127.0.0.1:4002/graphql',
  'verlof-vrijstelling': 'http://127.0.0.1:4003/graphql',
  handhaving: 'http://127.0.0.1:4004/graphql',
  doorstroompunt: 'http://127.0.0.1:4005/graphql',
  'ketenpartner-signalen': 'http://127.0.0.1:4006/graphql',
};

export const SUPERGRAPH_FILE = 'apps/gateway/supergraph.graphql';

/** Reads a running subgraph's SDL through the federation `_service` field. */
export async function fetchSubgraphSdl(url: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = (await response.json()) as { data?: { _service?: { sdl?: string } } };
  const sdl = body.data?._service?.sdl;
  if (!sdl) throw new Error(`geen SDL van ${url}`);
  return sdl;
}

/**
 * Composes the supergraph with @apollo/composition. `sdlUrls` say where to read each subgraph's
 * schema (a test run uses other ports); the routing URLs in the result are always the defaults,
 * so the checked-in file does not depend on where it was generated.
 */
export async function composeSupergraph(sdlUrls: Record<string, string> = SUBGRAPH_ROUTING): Promise<string> {
  const services = await Promise.all(
    Object.entries(SUBGRAPH_ROUTING).map(async ([name, routingUrl]) => ({
      name,
      url: routingUrl,
      typeDefs: parse(await fetchSubgraphSdl(sdlUrls[name] ?? routingUrl)),
    })),
  );
  const result = composeServices(services);
  if (result.errors && result.errors.length > 0) {
    throw new Error(`supergraph stelt niet samen:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  if (!result.supergraphSdl) throw new Error('supergraph stelt niet samen: geen uitvoer');
  return `${result.supergraphSdl.trim()}\n`;
}

