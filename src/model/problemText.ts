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
  // What was chosen, and the zip (datasets/intake.ts, datasets/unzip.ts).
  [/^nothing chosen$/, '没有选择任何内容'],
  [/^a folder, JSON files, a \.zip or a bundle file$/, '文件夹、JSON 文件、.zip 或数据包'],
  [/^files of ([\d.]+ MB), so it was not read$/, '共 $1 的文件，因此没有读取'],
  [/^no \.json file inside the zip$/, 'zip 里没有 .json 文件'],
  [/^no \.json file$/, '没有 .json 文件'],
  [/^the data files \(sources\.json, headline\.json, …\)$/, '数据文件（sources.json、headline.json 等）'],
  [/^\.json data files, a \.zip or a bundle file$/, '.json 数据文件、.zip 或数据包'],
  [/^no zip directory at its end \(not a zip, or cut short\)$/, '文件末尾没有 zip 目录（不是 zip，或者不完整）'],
  [/^a readable \.zip file$/, '可以读取的 .zip 文件'],
  [/^a ZIP64 archive$/, 'ZIP64 格式的压缩包'],
  [/^an ordinary zip \(under 4 GB\)$/, '普通的 zip（小于 4 GB）'],
  [/^a damaged zip directory \(entry (\d+) of (\d+)\)$/, '损坏的 zip 目录（第 $1 项，共 $2 项）'],
  [/^an encrypted entry$/, '加了密码的条目'],
  [/^a zip without a password$/, '没有密码的 zip'],
  [/^a damaged entry$/, '损坏的条目'],
  [/^an entry with no compressed data$/, '没有压缩数据的条目'],
  [/^an entry compressed with method (\d+)$/, '以第 $1 号方法压缩的条目'],
  [/^"stored" or "deflate" \(what every zip tool writes\)$/, '"stored" 或 "deflate"（一般的 zip 工具都这样写）'],
  [/^data that could not be unpacked \((.*)\)$/, '无法解压的数据（$1）'],
  // A bundle file (datasets/intake.ts, datasets/bundle.ts).
  [/^JSON that is neither a bundle nor a known data file$/, '既不是数据包、也不是已知数据文件的 JSON'],
  [/^a bundle file \("format": "lankao-picture-bundle"\) or the data files themselves$/, '数据包（"format": "lankao-picture-bundle"）或数据文件本身'],
  [/^"files" that is not an object$/, '不是对象的 "files"'],
  [/^"files" to be an object of data files$/, '"files" 是由数据文件组成的对象'],
  [/^"version": (.*)$/, '"version": $1'],
  // Reading a file (model/reader.ts, features/datasets/actions.ts).
  [/^(?:a file|files) that could not be read \((.*)\)$/, '无法读取的文件（$1）'],
  [/^a folder$/, '文件夹'],
  [/^a JSON file$/, 'JSON 文件'],
  [/^readable files$/, '可以读取的文件'],
  [/^the byte (0x\w+) \(byte (\d+) of the file\), which is not valid UTF-8$/, '字节 $1（文件第 $2 个字节），不是有效的 UTF-8'],
  [/^the file saved as UTF-8$/, '以 UTF-8 编码保存的文件'],
  [/^the end of the file inside a string$/, '字符串还没结束，文件就结束了'],
  [/^the end of the file$/, '文件结尾'],
  [/^the control character (U\+[0-9A-F]+)$/, '控制字符 $1'],
  [/^(.+) inside a string$/, '字符串中的$1'],
  [/^(.+) after the end of the JSON value$/, 'JSON 值结束之后的 $1'],
  [/^a closing "$/, '结束字符串的 "'],
  [/^it written as an escape such as \\n$/, '写成转义形式，如 \\n'],
  [/^the escape (".*")$/, '转义 $1'],
  [/^\\u followed by four hexadecimal digits$/, '\\u 后跟四位十六进制数字'],
  [/^a lone surrogate (".*") \(half of a character\)$/, '单独的代理项 $1（半个字符）'],
  [/^a complete character$/, '完整的字符'],
  [/^a value \(a number, string, true, false, null, object or array\)$/, '一个值（数字、字符串、true、false、null、对象或数组）'],
  [/^objects nested more than (\d+) deep$/, '嵌套超过 $1 层的对象'],
  [/^a flatter file$/, '嵌套更浅的文件'],
  [/^more than ([\d,]+) values in the file, so it was not checked further$/, '文件中超过 $1 个值，因此没有继续检查'],
  [/^a county's picture \(Lankao's largest file has about ([\d,]+)\)$/, '一个县的图（兰考最大的文件约有 $1 个值）'],
  [/^a field name in double quotes$/, '用双引号括起来的字段名'],
  [/^the field (".*") twice in (.+)$/, '$2 中的字段 $1 出现两次'],
  [/^the field (".*") twice$/, '字段 $1 出现两次'],
  [/^the field (".*") in (.+)$/, '$2 中的字段 $1'],
  [/^the field (".*")$/, '字段 $1'],
  [
    /^no field named __proto__, constructor or prototype \(JavaScript gives them another meaning\)$/,
    '没有名为 __proto__、constructor 或 prototype 的字段（JavaScript 赋予它们别的含义）',
  ],
  [/^each field once \(the second would silently replace the first\)$/, '每个字段只出现一次（第二个会悄悄替换第一个）'],
  [/^nothing more$/, '后面没有其他内容'],
  // A dataset kept in this browser (datasets/storage.ts).
  [/^a kept dataset \(an object with id, name, savedAt and files\)$/, '保存的数据集（含 id、name、savedAt 和 files 的对象）'],
  [/^the id (".*")$/, 'id $1'],
  [/^(.+) as (".*")$/, '$1（作为 $2）'],
  [/^(.+) as files\[(\d+)\]$/, '$1（作为 files[$2]）'],
  [/^a list of files$/, '文件列表'],
  [/^a file with a name and its text$/, '有名称和文本的文件'],
  [/^nothing$/, '空'],
  [/^a Blob$/, 'Blob'],
];

/** The phrase in Chinese; what it names (a quoted value, a character, a path) is said in Chinese too where it is a phrase. */
function phrase(text: string): string {
  for (const [re, zh] of PHRASES) {
    const m = re.exec(text);
    if (m) return zh.replace(/\$(\d)/g, (_, n: string) => phrase(m[Number(n)] ?? ''));
  }
  return text;
}

/** The message in the reader's language: Chinese (and both) frame "发现……；应为……", English as written. */
export function problemText(message: string, lang: 'zh' | 'en' | 'both'): string {
  if (lang === 'en') return message;
  // A file that is not JSON at all says so first (model/reader.ts).
  const notJson = /^not valid JSON: (found [\s\S]*)$/.exec(message);
  if (notJson) return `不是有效的 JSON。${problemText(notJson[1]!, lang)}`;
  const m = /^found ([\s\S]*?); expected ([\s\S]*)$/.exec(message);
  if (!m) return message;
  return `发现：${phrase(m[1]!)}；应为：${phrase(m[2]!)}`;
}

/** Where in a file, in the reader's language: "line 3, column 7" → "第 3 行第 7 列"; a path in the data (entities[2].label) as written. */
export function placeText(path: string, lang: 'zh' | 'en' | 'both'): string {
  if (lang === 'en') return path;
  return path.replace(/^line (\d+), column (\d+)$/, '第 $1 行第 $2 列');
}

/** One problem as a line — file, place, message — in the reader's language (the English is formatProblem's). */
export function problemLine(p: { file: string; path: string; message: string }, lang: 'zh' | 'en' | 'both'): string {
  if (lang === 'en') return `${p.file}: ${p.path || '(root)'}: ${p.message}`;
  return `${p.file}：${p.path ? placeText(p.path, lang) : '（整个文件）'}：${problemText(p.message, lang)}`;
}

/**
 * Why a dataset kept in this browser cannot be shown, in the reader's language: its record's own fault
 * ("found …; expected …"), or how many problems its data has now and the first, with its file and place.
 */
export function storedProblemText(
  bad: { reason: string; problems?: { count: number; first: { file: string; path: string; message: string } } },
  lang: 'zh' | 'en' | 'both',
): string {
  if (!bad.problems) return problemText(bad.reason, lang);
  const { count, first } = bad.problems;
  return lang === 'en' ? `${count} problem(s), the first: ${problemLine(first, lang)}` : `共 ${count} 个问题，第一个：${problemLine(first, lang)}`;
}
