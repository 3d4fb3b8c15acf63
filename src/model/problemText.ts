// A validation message in the reader's language. Every rule writes one English sentence, "found …;
// expected …" (problems.ts); on a Chinese page the frame and the common phrases are said in Chinese,
// and what a rule names (ids, file names, quoted values) is kept as written. A phrase not in the table
// stays English inside the Chinese frame: the place (file and path) is exact either way.

/** Common phrases, longest first where one contains another. `$1` keeps what the English names. */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/^nothing \(the field is missing\)$/, '空（缺少这个字段）'],
  [/^the template’s ⟪FILL IN⟫ placeholder (.*)$/, '模板的 ⟪FILL IN⟫ 占位符 $1'],
  [/^your own value in its place$/, '在此处填写你自己的值'],
  [/^the text (".*")$/, '文本 $1'],
  [/^the number (\S+)$/, '数字 $1'],
  [/^a list of (\d+) item\(s\)$/, '含 $1 项的列表'],
  [/^text$/, '文本'],
  [/^a number$/, '数字'],
  [/^a whole number$/, '整数'],
  [/^a list$/, '列表'],
  [/^an object$/, '对象'],
  [/^true or false$/, 'true 或 false'],
  [/^a finite number$/, '有限的数字'],
  [/^a non-empty string$/, '非空文本'],
  [/^at least one source$/, '至少一个来源'],
  [/^at least (\d+) item\(s\)$/, '至少 $1 项'],
  [/^an entity id$/, '一个实体 id'],
  [/^a source id from (\S+)$/, '$1 中列出的来源 id'],
  [/^each id once$/, '每个 id 只出现一次'],
  [/^each link once$/, '每条链接只出现一次'],
  [/^one parent per entity$/, '每个实体只有一个上级'],
  [/^the file to exist$/, '这个文件存在'],
  [/^no such file$/, '没有这个文件'],
  [/^one of (.*)$/, '以下之一：$1'],
  [/^only the documented fields$/, '只有文档中说明的字段'],
  [/^expected at most ([\d.]+ MB) of data in all$/, '总共最多 $1 的数据'],
  [/^at most ([\d.]+ MB) of data in all$/, '总共最多 $1 的数据'],
  [/^(".*"), which no data file defines$/, '$1，没有任何数据文件定义它'],
  [/^the source (".*"), which (\S+) does not list$/, '来源 $1，$2 中没有列出'],
  [/^the id (".*") a second time(.*)$/, 'id $1 第二次出现$2'],
  [/^(".*") \(a ([\w-]+)\) linked to (".*") by (".*"), so no part can show it$/, '$1（$2）以 $4 链接到 $3，因此没有任何部分能显示它'],
  [/^(".*") \(a ([\w-]+)\) with no part-of link, so no part can show it$/, '$1（$2）没有 part-of 链接，因此没有任何部分能显示它'],
  [/^(".*") \(a ([\w-]+)\) part-of (".*") \(a ([\w-]+)\), where no part can show it$/, '$1（$2）part-of $3（$4），没有任何部分能在那里显示它'],
  [/^a part-of link from (".*") to (.*): the "([\w-]+)" part shows a ([\w-]+) only there$/, '从 $1 到 $2 的 part-of 链接：“$3”部分只在那里显示 $4'],
  [/^a file of ([\d.]+ MB), so it was not read$/, '$1 的文件，因此没有读取'],
  [/^a zip whose files would unpack to ([\d.]+ MB), so it was not read$/, '解压后会有 $1 的 zip，因此没有读取'],
  [
    /^a zip whose files unpack to more than ([\d.]+ MB) although its directory says (\d+) bytes, so unpacking was stopped$/,
    '解压后超过 $1 的 zip（其目录只写了 $2 字节），因此停止了解压',
  ],
  [/^a zip that took more than (\d+) s to unpack, so it was stopped$/, '解压超过 $1 秒的 zip，因此停止了解压'],
  [/^a zip of a data folder$/, '一个数据文件夹的 zip'],
  [/^an entry whose name leaves the zip's folder \(an absolute path or "\.\.\/"\)$/, '名称离开 zip 文件夹的条目（绝对路径或 "../"）'],
  [/^the data files inside the zip's folder$/, 'zip 文件夹内的数据文件'],
  [/^a file the data folder does not use$/, '数据文件夹不使用的文件'],
  [/^only these files(.*)$/, '只有这些文件$1'],
];

function phrase(text: string): string {
  for (const [re, zh] of PHRASES) if (re.test(text)) return text.replace(re, zh);
  return text;
}

/** The message in the reader's language: Chinese (and both) frame "发现……；应为……", English as written. */
export function problemText(message: string, lang: 'zh' | 'en' | 'both'): string {
  if (lang === 'en') return message;
  const m = /^found ([\s\S]*?); expected ([\s\S]*)$/.exec(message);
  if (!m) return message;
  return `发现：${phrase(m[1]!)}；应为：${phrase(m[2]!)}`;
}
