// rdf-canonize ships no types; the tests use only canonize().
declare module 'rdf-canonize' {
  const canonize: { canonize(input: unknown, options: { algorithm: string }): Promise<string> };
  export default canonize;
}
