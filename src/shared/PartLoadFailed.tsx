// What a part of the page loaded on demand (shared/useOnDemand.ts) shows when its code did not
// arrive: words a person can read and a way to try again; the rest of the page keeps working.
import { tr, ui } from '../i18n/text';
import { useLang } from './useEntity';

const TEXT = {
  zh: '这一部分没有加载成功（网络中断或被拦截）。页面的其他部分不受影响。',
  en: 'This part could not be loaded (the network failed or blocked it). The rest of the page keeps working.',
};

export function PartLoadFailed({ retry }: { retry: () => void }) {
  const lang = useLang();
  return (
    <div className="panel-error part-error" role="alert" data-failure="network">
      <p>{tr(TEXT, lang)}</p>
      <button type="button" data-action="retry-part" onClick={retry}>
        {ui('retry', lang)}
      </button>
    </div>
  );
}
