/** Minimal types of the citeproc-js CommonJS build used by the tests to render CSL-JSON independently. */
declare module 'citeproc' {
  interface CiteprocSys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  interface Engine {
    updateItems(ids: string[]): void;
    setOutputFormat(format: string): void;
    makeBibliography(): [unknown, string[]] | false;
  }
  const CSL: { Engine: new (sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean) => Engine };
  export default CSL;
}
