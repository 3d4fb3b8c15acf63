// The two small inline scripts the build puts around the prerendered page (scripts/prerender-plugin.ts),
// so that a page opening in English paints the English picture from its first frame:
//   - in <head>, before anything paints: decide the language (src/store/startLang.ts, the same
//     function the client calls), set <html lang> (the :lang(en) styles apply from the start) and
//     mark <html data-lang-pending>, which keeps a Chinese #root hidden while English is on its way
//     (styles.css; with scripts blocked nothing is marked and the Chinese picture shows);
//   - after #root and the other languages' prerendered pages (<template>s, inert, not in the DOM
//     tree): move the page in the chosen language into #root, drop the rest, clear the mark and
//     itself (the body then holds no script, as before).
// The client then finds #root in the language it wants and hydrates it (src/main.tsx, canHydrate).
// Their sha256 hashes join the page's CSP (script-src), so the policy stays free of 'unsafe-inline'.
import { htmlLang } from '../i18n/text';
import { LANG_STORAGE_KEY, startLang } from '../store/startLang';

export const LANG_PENDING_ATTRIBUTE = 'data-lang-pending';
/** On a prerendered page's <template>: the language it was rendered in. */
export const TEMPLATE_LANG_ATTRIBUTE = 'data-lang';

export function headScript(): string {
  return (
    `(function(){try{var h=document.documentElement,r=null;try{r=localStorage.getItem(${JSON.stringify(LANG_STORAGE_KEY)})}catch(e){}` +
    `var l=(${startLang.toString()})(location.search,navigator.languages||[],r);` +
    `h.lang=(${htmlLang.toString()})(l);h.setAttribute(${JSON.stringify(LANG_PENDING_ATTRIBUTE)},l)}catch(e){}})();`
  );
}

export function swapScript(rootAttribute: string): string {
  return (
    `(function(){var h=document.documentElement,l=h.getAttribute(${JSON.stringify(LANG_PENDING_ATTRIBUTE)}),` +
    `r=document.getElementById('root'),t=document.querySelectorAll('template[${TEMPLATE_LANG_ATTRIBUTE}]');` +
    `for(var i=0;i<t.length;i++){if(r&&t[i].getAttribute(${JSON.stringify(TEMPLATE_LANG_ATTRIBUTE)})===l){` +
    `r.replaceChildren(t[i].content);r.setAttribute(${JSON.stringify(rootAttribute)},t[i].getAttribute(${JSON.stringify(rootAttribute)}))}` +
    `t[i].remove()}h.removeAttribute(${JSON.stringify(LANG_PENDING_ATTRIBUTE)});var s=document.currentScript;if(s)s.remove()})();`
  );
}
