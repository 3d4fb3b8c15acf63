// The two small inline scripts the build puts around the prerendered page (scripts/prerender-plugin.ts),
// so that a page opening in English paints the English picture from its first frame:
//   - in <head>, before anything paints: decide the language (src/store/startLang.ts, the same
//     function the client calls), preload the start data's words in it (model/langTexts.ts), set
//     <html lang> (the :lang(en) styles apply from the start) and
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
/** index.html's note for a page whose own script did not load (issue 25): shown by startFailedScript, removed by main.tsx. */
export const START_FAILED_ID = 'start-failed';

/**
 * Part of the <head> script: when the page's module script (or a module it imports) cannot be loaded, show
 * index.html's note over the static picture, and say that a view the URL asks for (`?view=funding`) could
 * not be opened — the picture is the overview. Text only (textContent), the view name checked first.
 */
function startFailedScript(): string {
  return (
    `window.addEventListener('error',function(e){var s=e.target;if(!s||s.tagName!=='SCRIPT'||s.type!=='module')return;` +
    `var n=document.getElementById(${JSON.stringify(START_FAILED_ID)});if(!n||!n.hidden)return;` +
    `var v=new URLSearchParams(location.search).get('view');if(v&&v!=='overview'&&/^[a-z-]{1,30}$/.test(v)){var q=document.createElement('span');` +
    `q.setAttribute('data-view-failed',v);q.textContent=' 所要的视图（view='+v+'）没能打开，下面是总览。 · The view asked for (view='+v+') could not be opened; this is the overview. ';` +
    `n.insertBefore(q,n.lastElementChild)}n.hidden=false},true);`
  );
}
/** On a prerendered page's <template>: the language it was rendered in. */
export const TEMPLATE_LANG_ATTRIBUTE = 'data-lang';

/**
 * `languageModules`: the built files of the start data's words in each language (model/langTexts.ts), by
 * language. The script preloads the page's own (both for "both"), so they arrive with the start
 * JavaScript instead of after it (the page waits for them before it hydrates). None in the single-file
 * build, which holds them inline.
 */
export function headScript(languageModules: Readonly<Record<string, string>> | null = null): string {
  const preload = languageModules
    ? `var m=${JSON.stringify(languageModules)},k=l==='both'?['zh','en']:[l];for(var i=0;i<k.length;i++){if(!m[k[i]])continue;` +
      `var p=document.createElement('link');p.rel='modulepreload';p.crossOrigin='';p.href=m[k[i]];document.head.appendChild(p)}`
    : '';
  return (
    `(function(){try{var h=document.documentElement,r=null;try{r=localStorage.getItem(${JSON.stringify(LANG_STORAGE_KEY)})}catch(e){}` +
    `var l=(${startLang.toString()})(location.search,navigator.languages||[],r);` +
    `h.lang=(${htmlLang.toString()})(l);h.setAttribute(${JSON.stringify(LANG_PENDING_ATTRIBUTE)},l);${preload}${startFailedScript()}}catch(e){}})();`
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
