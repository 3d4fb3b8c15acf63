// A validation message in the reader's language. Every rule writes one English sentence, "found …;
// expected …" (problems.ts); on a Chinese page the frame and the common phrases are said in Chinese,
// and what a rule names (ids, file names, quoted values) is kept as written. A phrase not in the table
// stays English inside the Chinese frame: the place (file and path) is exact either way.

/** Common phrases, longest first where one contains another. `$1` keeps what the English names. */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  // The validator's rules (model/validate.ts, model/figures.ts, model/rules/*): what they find …
  [/^the id (".*") a second time \(first in (\S+) at (\S+)\)$/, 'id $1 第二次出现（第一次在 $2 的 $3）'],
  [/^(\S+) (\S+), more than is believable here$/, '$1 $2，超出可信的范围'],
  [/^the unit (".*"), which no panel knows$/, '单位 $1，没有任何面板认得它'],
  [/^the unit (".*") on the measure (".*")$/, '度量 $2 上的单位 $1'],
  [/^(".*") as the English for (.+)$/, '$1 作为 $2 的英文'],
  [/^the negative number (\S+)$/, '负数 $1'],
  [/^0 beneficiaries$/, '受益人数为 0'],
  [/^the invisible control character (U\+[0-9A-F]+) at character (\d+)$/, '第 $2 个字符处的不可见控制字符 $1'],
  [/^half of a character \((U\+[0-9A-F]+)\) at character (\d+)$/, '第 $2 个字符处的半个字符（$1）'],
  [/^the invisible direction control (U\+[0-9A-F]+) at character (\d+) of (the text|the field name)$/, '$3第 $2 个字符处的不可见方向控制符 $1'],
  [/^the field name$/, '字段名'],
  [/^the text$/, '文本'],
  [/^parts that add up to (.+) \((.+)\)$/, '加起来是 $1 的各部分（$2）'],
  [/^(".*"), which is not a measure of (".*")$/, '$1，它不是 $2 的度量'],
  [/^(\S+ \S+), which none of its sources' quotes or notes writes$/, '$1，它的来源的引文和注释都没有写这个数'],
  [/^the verbatim label (".*") in none of the entity's own book quotes \((.*)\)$/, '原样标签 $1，不在这个实体自己的任何书中引文里（$2）'],
  [/^it has none$/, '它没有书中引文'],
  [/^(".*"), which joins fragments with " \/ " or "…"$/, '$1，用 " / " 或 "…" 拼接了片段'],
  [/^a link (\S+) —(\S+)→ (\S+) marked as drawn, with no evidence$/, '标为图中画出的链接 $1 —$2→ $3，却没有证据'],
  [/^a part-of cycle: (.+); the link (".*") part-of (".*") closes it$/, 'part-of 循环：$1；链接 $2 part-of $3 使它闭合'],
  [/^text of (\d+) characters$/, '$1 个字符的文本'],
  [/^(\S+) decimals for (\S+), which has (\d+)$/, '$2 写了 $1 位小数，而它本身有 $3 位'],
  [/^(.+), where a source writes (\S+) as (\S+)$/, '$1，而来源把 $2 写作 $3'],
  [/^a source that says the figure comes from a sample \(抽样\)$/, '说明数字来自抽样（抽样）的来源'],
  [/^(".*"), which is not the book$/, '$1，它不是这本书'],
  [/^(".*"), which is not in sources\.json$/, '$1，它不在 sources.json 中'],
  [/^evidence with neither a quote nor a layout note$/, '既没有引文也没有版式说明的证据'],
  [/^the printed text (".*") on a verbatim label (".*")$/, '原样标签 $2 上的印刷文字 $1'],
  [/^no English translation of (".*") \(also cited at (\d+) other place\(s\)\)$/, '$1 没有英文翻译（另有 $2 处引用它）'],
  [/^no English translation of (".*")$/, '$1 没有英文翻译'],
  [/^a translation that nothing in the data cites \(orphaned\)$/, '数据中没有任何地方引用的翻译（孤立的）'],
  [/^(".*") a second time$/, '$1 第二次出现'],
  [/^(".*"), which sources\.json does not list$/, '$1，sources.json 中没有列出'],
  [/^the range (".*"), whose end \((.+)\) is before its start \((.+)\)$/, '范围 $1，结束（$2）早于开始（$3）'],
  [/^the threshold (.*) with no source whose quote or note states it$/, '阈值 $1，没有任何来源的引文或注释写明它'],
  [/^"unstated", but the figure's own quote (".*") states a date \((.+)\)$/, '"unstated"，但这个数字自己的引文 $1 写了日期（$2）'],
  [/^the field\(s\) (.+), which this file does not use$/, '字段 $1，这个文件不使用'],
  [/^a file too large to check in one pass$/, '太大、无法一次检查完的文件'],
  [/^([\d,]+) more problems than are listed here$/, '比这里列出的还多 $1 个问题'],
  [/^the measure id (".*") twice in (".*")$/, '$2 中的度量 id $1 出现两次'],
  [/^a threshold without a comparator$/, '没有比较符的阈值'],
  [/^the units (.+) and (.+) on one criterion$/, '同一指标上的两个单位 $1 和 $2'],
  [/^a reconstructed reading without a note$/, '没有注释的重构读法'],
  [/^a link from (".*") to itself$/, '从 $1 指向它自己的链接'],
  [/^the link (\S+) —(\S+)→ (\S+) a second time$/, '第二次出现的链接 $1 —$2→ $3'],
  [/^no "amount" measure on fund-total$/, 'fund-total 上没有 "amount" 度量'],
  [/^no funding parts$/, '没有资金的组成部分'],
  [/^(".*") with neither a measure named nor a date$/, '$1，既没有指定度量，也没有日期'],
  [/^(a map level|a funding view) on a (".*") step$/, '$2 步骤上的$1'],
  [/^a map level$/, '地图层级'],
  [/^a funding view$/, '资金视图'],
  [/^(".*") part of (".*"), but it is already part of (".*")$/, '$1 属于 $2，但它已经属于 $3'],
  [/^the value (true|false)$/, '值 $1'],
  // … and what they expect.
  [/^an exit level \(kind (".*")\)$/, '一个退出层级（kind 为 $1）'],
  [/^a priority \(kind (".*")\)$/, '一个紧扣方面（kind 为 $1）'],
  [/^a household status \(kind (".*")\)$/, '一种户状态（kind 为 $1）'],
  [/^at most (\d+) item\(s\)$/, '最多 $1 项'],
  [/^at most (\S+) (\S+)$/, '最多 $1 $2'],
  [/^at most (\S+)$/, '最多 $1'],
  [/^at least (\d+) character\(s\)$/, '至少 $1 个字符'],
  [/^at least (\d+) \(the figure as its source writes it\)$/, '至少 $1 位（与来源所写的数字一致）'],
  [/^at least (\d+)$/, '至少 $1'],
  [/^zero or more$/, '零或更大的数'],
  [/^a positive number \(amounts are divided by it\)$/, '正数（金额要除以它）'],
  [
    /^a real date written 2017, 2017-02 or 2017-02-27, or a range of two such dates joined by "\/"$/,
    '真实的日期，写作 2017、2017-02 或 2017-02-27，或用 "/" 连接的两个这样的日期',
  ],
  [/^plain text \(remove it\)$/, '纯文本（删除它）'],
  [/^plain text \(remove it: it makes text show in another order than it is written\)$/, '纯文本（删除它：它会让文字以不同于书写的顺序显示）'],
  [/^complete characters$/, '完整的字符'],
  [/^part-of links to form a tree$/, 'part-of 链接构成一棵树'],
  [/^a web address starting with http:\/\/ or https:\/\/$/, '以 http:// 或 https:// 开头的网址'],
  [/^a short citation \(at most (\d+) characters\)$/, '简短的引文（最多 $1 个字符）'],
  [/^the total (.+)$/, '合计 $1'],
  [/^one of its measures$/, '它的度量之一'],
  [/^one of them \(or both\)$/, '其中之一（或两者都有）'],
  [/^one of them$/, '其中之一'],
  [/^one of the documented shapes for this field$/, '这个字段在文档中说明的形式之一'],
  [/^a value of the documented shape$/, '文档中说明的形式的值'],
  [/^text in the (\S+) format$/, '$1 格式的文本'],
  [
    /^the figure as a source writes it, or, for a figure computed from others, its formula in "derivation"$/,
    '来源所写的数字；由其他数字算出的，在 "derivation" 中写出算法',
  ],
  [
    /^the label as printed — quote the book, or mark it "reconstructed" with the printed text in "printed" and a note$/,
    '与印刷一致的标签——引用书中原文，或标为 "reconstructed"，并在 "printed" 中写出印刷文字、加上注释',
  ],
  [/^the book's words exactly as printed — cite each fragment as its own quote$/, '与印刷完全一致的书中原文——每个片段单独引用'],
  [
    /^the book's words exactly as printed — describe the layout that joins them in "layout" instead$/,
    '与印刷完全一致的书中原文——改在 "layout" 中说明把它们连起来的版式',
  ],
  [
    /^the text exactly as printed — one printed line, or the printed lines separated by a line break \("\\n"\); a slash or ellipsis the book itself prints is accepted where one of the entity’s own book quotes shows it$/,
    '与印刷完全一致的文字——一行印刷文字，或用换行（"\\n"）分开的几行；书中本身印有的斜线或省略号，在这个实体自己的书中引文显示它时可以接受',
  ],
  [
    /^what in the book shows it: a quote, or a layout note naming the line, grouping, numbering or indentation that joins them\. A link the book does not show is "interpretive": true$/,
    '书中显示它的依据：引文，或说明把它们连起来的连线、分组、编号或缩进的版式说明。书中没有显示的链接标为 "interpretive": true',
  ],
  [/^the glossary's rendering (".*") for (\S+) \((\S+) terms\[(\d+)\]\)$/, '词汇表对 $2 的译法 $1（$3 terms[$4]）'],
  [/^"decimals": (\d+), so that the page shows the figure as printed$/, '"decimals": $1，使页面按印刷的样子显示这个数字'],
  [/^a book source \(the drawing or the book's text\)$/, '书的来源（图或书中文字）'],
  [
    /^no printed text that differs from a verbatim label — a label not printed that way is "reconstructed", with a note$/,
    '原样标签上没有与它不同的印刷文字——不是这样印刷的标签标为 "reconstructed"，并加注释',
  ],
  [/^a rendering the page does not use for something else$/, '页面没有用来表示别的意思的译法'],
  [/^our translation in (\S+), keyed by the exact quote$/, '在 $1 中写出我们的翻译，以原样引文为键'],
  [/^a quote the data cites from the book, word for word$/, '数据逐字引用的书中原文'],
  [/^each term once$/, '每个词条只出现一次'],
  [/^the earlier date first \((".*")\)$/, '较早的日期在前（$1）'],
  [/^a source quote, or a note saying what the source gives \(e\.g\. (".*")\)$/, '来源引文，或说明来源给出了什么的注释（例如 $1）'],
  [/^the period the quote gives, e\.g\. (".*") or (".*")$/, '引文给出的时间，例如 $1 或 $2'],
  [/^a smaller file$/, '更小的文件'],
  [/^the ones listed fixed first$/, '先改正列出的这些'],
  [/^each measure id once$/, '每个度量 id 只出现一次'],
  [/^its value and threshold in the same unit$/, '数值和阈值用同一单位'],
  [/^a note saying why it was reconstructed$/, '说明为什么是重构读法的注释'],
  [/^a link between two different entities$/, '两个不同实体之间的链接'],
  [/^one$/, '一个'],
  [/^entities that are part-of fund-total$/, 'part-of fund-total 的实体'],
  [/^it only on a (.+) step$/, '它只用在 $1 步骤上'],
  [/^(".*") or (".*")$/, '$1 或 $2'],
  [/^a lowercase ASCII id like "fund-special"$/, '小写 ASCII 的 id，如 "fund-special"'],
  [
    /^a titleKind on a web source: "page" \(the title is the page's own\) or "description" \(it is our description of the page\)$/,
    '网页来源的 titleKind："page"（标题是网页自己的）或 "description"（是我们对网页的描述）',
  ],
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
