// citeproc-js ships no types; the tests use this much of it.
declare module "citeproc" {
  type Sys = { retrieveLocale: (lang: string) => string; retrieveItem: (id: string) => unknown };
  const CSL: {
    Engine: new (
      sys: Sys,
      style: string,
      lang: string,
    ) => {
      updateItems: (ids: string[]) => void;
      makeBibliography: () => [unknown, string[]];
    };
  };
  export default CSL;
}
