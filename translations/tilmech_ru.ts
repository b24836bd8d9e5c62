<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActiveContentChecks</name>
    <message>
        <location filename="../src/core/check/activecontentchecks.cpp" line="+354"/>
        <source>The string “%1” in i18n/%2.yml holds %3, which its English text does not have; a browser would run or load it here. Remove it in the strings view</source>
        <translation>Строка «%1» в i18n/%2.yml содержит %3, чего нет в её английском тексте; браузер выполнил бы или загрузил это здесь. Удалите это в представлении строк</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This &lt;script&gt; is not in the English page; a browser opening the exported page would run it. Remove it</source>
        <translation>Этого &lt;script&gt; нет на английской странице; браузер, открывший экспортированную страницу, выполнил бы его. Удалите его</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The attribute %1 runs script in the reader&apos;s browser and the English page has no %1 here; remove the attribute</source>
        <translation>Атрибут %1 выполняет скрипт в браузере читателя, а на английской странице здесь нет %1; удалите атрибут</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 uses a %2: URL, which runs script or loads hidden content, and the English page has none; use the English page&apos;s link (an http(s) or site URL)</source>
        <translation>%1 использует URL %2:, который выполняет скрипт или загружает скрытое содержимое, а на английской странице такого нет; используйте ссылку английской страницы (http(s) или URL сайта)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This &lt;%1&gt; embeds another page or program and is not in the English page; remove it</source>
        <translation>Этот &lt;%1&gt; встраивает другую страницу или программу, и его нет на английской странице; удалите его</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This &lt;meta http-equiv&gt; can redirect readers or change the page&apos;s rules and is not in the English page; remove it</source>
        <translation>Этот &lt;meta http-equiv&gt; может перенаправить читателей или изменить правила страницы, и его нет на английской странице; удалите его</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &lt;base&gt; changes where every link of the page leads and is not in the English page; remove it</source>
        <translation>Этот &lt;base&gt; меняет, куда ведёт каждая ссылка страницы, и его нет на английской странице; удалите его</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &lt;form&gt; sends what readers type to another address and is not in the English page; remove it</source>
        <translation>Эта &lt;form&gt; отправляет то, что вводят читатели, на другой адрес, и её нет на английской странице; удалите её</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../src/core/strings/catalog.cpp" line="+194"/>
        <source>Cannot read the locale strings: %1</source>
        <translation>Не удаётся прочитать строки локализации: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The locale strings expand to more than %1 keys or %2 MiB of text, far more than any real catalog: YAML aliases (*name) repeat what their anchor (&amp;name) holds, and those on this line go past the limit. Write the strings out without anchors and aliases; Tilmech does not use this file until then</source>
        <translation>Строки локализации разворачиваются более чем в %1 ключей или %2 МиБ текста — гораздо больше, чем в любом настоящем каталоге: псевдонимы YAML (*name) повторяют содержимое своего якоря (&amp;name), и псевдонимы в этой строке выходят за предел. Выпишите строки полностью, без якорей и псевдонимов; до тех пор Tilmech не использует этот файл</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The file holds a control character (byte 0x%1) on this line, which YAML does not allow in text; remove it, or restore the file from a good copy</source>
        <translation>В этой строке файла есть управляющий символ (байт 0x%1), который YAML не допускает в тексте; удалите его или восстановите файл из исправной копии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not valid UTF-8 on this line; save it as UTF-8 in a text editor</source>
        <translation>В этой строке файл не является корректным UTF-8; сохраните его в кодировке UTF-8 в текстовом редакторе</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The locale strings are not valid YAML: %1; fix the file at this place (quote values that contain &quot;: &quot; or start with a special character). Tilmech will not write this file until it reads again</source>
        <translation>Строки локализации не являются корректным YAML: %1; исправьте файл в этом месте (заключите в кавычки значения, которые содержат &quot;: &quot; или начинаются со специального символа). Tilmech не будет записывать этот файл, пока он снова не станет читаться</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The locale strings must be a map with the language as its only key</source>
        <translation>Строки локализации должны быть словарём, единственный ключ которого — язык</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>it has a second root key on line %1</source>
        <translation>в строке %1 есть второй корневой ключ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second root key &quot;%1&quot;: the site reads only the first one; move its strings under &quot;%2:&quot;</source>
        <translation>Второй корневой ключ &quot;%1&quot;: сайт читает только первый; перенесите его строки под &quot;%2:&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The root key is &quot;%1&quot; but the file is for language &quot;%2&quot;; rename the first line to &quot;%2:&quot;</source>
        <translation>Корневой ключ — &quot;%1&quot;, но файл предназначен для языка &quot;%2&quot;; замените первую строку на &quot;%2:&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Under &quot;%1:&quot; there must be &quot;key: value&quot; lines, indented; the file has a single value there instead</source>
        <translation>Под &quot;%1:&quot; должны идти строки &quot;ключ: значение&quot; с отступом; вместо этого в файле там одно значение</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Line %1 is not &quot;key: value&quot; (the key &quot;%2&quot; has no colon on its line); fix the line in a text editor</source>
        <translation>Строка %1 не имеет вида &quot;ключ: значение&quot; (у ключа &quot;%2&quot; нет двоеточия в его строке); исправьте строку в текстовом редакторе</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 is not &quot;key: value&quot; at the start of the line (the key &quot;%2&quot; comes after other text); fix the line in a text editor</source>
        <translation>Строка %1 не начинается с «ключ: значение» (ключ «%2» стоит после другого текста); исправьте строку в текстовом редакторе</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the value of line %1 is on the line after its key</source>
        <translation>значение ключа из строки %1 находится на следующей строке</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1 uses a YAML anchor, alias or tag</source>
        <translation>в строке %1 используется якорь, псевдоним или тег YAML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quote (%1) that opens the value of &quot;%2&quot; is never closed; close it at the end of the value</source>
        <translation>Кавычка (%1), открывающая значение &quot;%2&quot;, нигде не закрыта; закройте её в конце значения</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The key &quot;%1&quot; is defined again (first on line %2); the site uses this last value, so delete the other one</source>
        <translation>Ключ &quot;%1&quot; определён повторно (впервые — в строке %2); сайт использует это, последнее значение, поэтому удалите другое</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <location filename="../src/core/strings/catalogeditor.cpp" line="+285"/>
        <source>%1 is not valid YAML (line %2); fix it in a text editor first, Tilmech does not write a file it cannot read</source>
        <translation>%1 не является корректным YAML (строка %2); сначала исправьте его в текстовом редакторе: Tilmech не записывает файл, который не может прочитать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be changed line by line: %2. Fix that in a text editor first</source>
        <translation>%1 нельзя изменить построчно: %2. Сначала исправьте это в текстовом редакторе</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>&quot;%1&quot; holds other strings, not text</source>
        <translation>&quot;%1&quot; содержит вложенные строки, а не текст</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>two changes overlap in %1</source>
        <translation>в %1 пересекаются два изменения</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 cannot be changed safely: after the change &quot;%2&quot; would not read back as written. Check the file for a line that is not &quot;key: value&quot;, fix it in a text editor, and try again</source>
        <translation>%1 нельзя безопасно изменить: после изменения &quot;%2&quot; прочитается не так, как записано. Найдите в файле строку не вида &quot;ключ: значение&quot;, исправьте её в текстовом редакторе и повторите попытку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the whole file)</source>
        <translation>(весь файл)</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <location filename="../src/cli/cliexport.cpp" line="+17"/>
        <source>Export the pages of one or more languages as an HTML bundle for upload: OUT/&lt;lang&gt;/&lt;page&gt;.html, the files they use, manifest.json, and a zip if asked. Pages with errors stop the export unless --with-errors is given; a non-empty folder not made by Tilmech is replaced only with --replace. OUT and the zip may not be the site folder, hold it or lie inside it.</source>
        <translation>Экспортировать страницы одного или нескольких языков в HTML-пакет для загрузки: OUT/&lt;lang&gt;/&lt;page&gt;.html, используемые ими файлы, manifest.json и, по запросу, zip. Страницы с ошибками останавливают экспорт, если не указан --with-errors; непустая папка, созданная не Tilmech, заменяется только с --replace. OUT и zip не могут быть папкой сайта, содержать её или находиться внутри неё.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site folder.</source>
        <translation>Папка сайта.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Languages: ky, ky,ru or all (the default).</source>
        <translation>Языки: ky, ky,ru или all (по умолчанию).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANGS</source>
        <translation>LANGS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle folder.</source>
        <translation>Папка пакета.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write a zip of the bundle.</source>
        <translation>Дополнительно записать пакет в zip-архив.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export although pages have errors (the manifest says so).</source>
        <translation>Экспортировать, даже если на страницах есть ошибки (манифест это отметит).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the contents of OUT although Tilmech did not make it.</source>
        <translation>Заменить содержимое OUT, хотя эту папку создал не Tilmech.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same as --with-errors (deprecated); it does not replace.</source>
        <translation>То же, что --with-errors (устарело); ничего не заменяет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The live site, for links to pages outside the bundle.</source>
        <translation>Адрес действующего сайта для ссылок на страницы вне пакета.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no bundle folder given: add --out DIR</source>
        <translation>не указана папка пакета: добавьте --out DIR</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: --with-errors</source>
        <translation>%1: --with-errors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: --replace</source>
        <translation>%1: --replace</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tilmech-cli: exported %1 pages and %2 files to %3 (%4 errors, %5 warnings)%6
</source>
        <translation>tilmech-cli: экспортировано в %3 — страниц: %1, файлов: %2 (ошибок: %4, предупреждений: %5)%6
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; zip: %1</source>
        <translation>; zip-архив: %1</translation>
    </message>
</context>
<context>
    <name>CliFix</name>
    <message>
        <location filename="../src/cli/clifix.cpp" line="+46"/>
        <source>cannot fix %1: %2</source>
        <translation>невозможно исправить %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not fixed [%2]: %3
</source>
        <translation>%1: не исправлено [%2]: %3
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: %2</source>
        <translation>невозможно записать %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: would fix [%2]: %3
</source>
        <translation>%1: было бы исправлено [%2]: %3
</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: fixed [%2]: %3
</source>
        <translation>%1: исправлено [%2]: %3
</translation>
    </message>
</context>
<context>
    <name>CliRender</name>
    <message>
        <location filename="../src/cli/clirender.cpp" line="+25"/>
        <source>%1 is not a page file of the site %2</source>
        <translation>%1 не является файлом страницы сайта %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no such file</source>
        <translation>%1: файл не найден</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the site has no page &quot;%1&quot;</source>
        <translation>на сайте нет страницы &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; did you mean: %1?</source>
        <translation>; возможно, имелось в виду: %1?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the page &quot;%1&quot; has no file in language &quot;%2&quot;; it exists in: %3</source>
        <translation>у страницы &quot;%1&quot; нет файла на языке &quot;%2&quot;; она есть на языках: %3</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Render pages of a site to HTML as the live site shows them.
PAGE is a logical page name (promote/press-kit) or the path of one page file, which picks that file variant. When a logical page has several files, the first of .md, .md.partial, .erb.md, .md.erb is used (for a translation: the file with the same variant as the English one, if there is one).</source>
        <translation>Сформировать HTML страниц сайта так, как их показывает действующий сайт.
PAGE — логическое имя страницы (promote/press-kit) или путь к одному файлу страницы, который выбирает именно этот вариант файла. Если у логической страницы несколько файлов, используется первый из .md, .md.partial, .erb.md, .md.erb (для перевода — файл того же варианта, что и английский, если такой есть).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site folder.</source>
        <translation>Папка сайта.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Page language (default: en).</source>
        <translation>Язык страницы (по умолчанию: en).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country for @country conditionals and site URLs (default: the language&apos;s).</source>
        <translation>Страна для условий @country и адресов сайта (по умолчанию — страна языка).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the page body without the layout.</source>
        <translation>Выводить тело страницы без макета.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write each page to DIR/&lt;page&gt;.html.</source>
        <translation>Записать каждую страницу в DIR/&lt;page&gt;.html.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark each block with the lines of the page file it comes from (data-sourcepos), as the preview does.</source>
        <translation>Отметить каждый блок строками файла страницы, из которых он получен (data-sourcepos), как в предпросмотре.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages to render.</source>
        <translation>Страницы, HTML которых нужно сформировать.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>no PAGE given; name a page such as promote/press-kit</source>
        <translation>не указан PAGE; укажите страницу, например promote/press-kit</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n pages given: use --out DIR to write them to files</source>
        <translation>
            <numerusform>указана %n страница: чтобы записать страницы в файлы, используйте --out DIR</numerusform>
            <numerusform>указаны %n страницы: чтобы записать страницы в файлы, используйте --out DIR</numerusform>
            <numerusform>указано %n страниц: чтобы записать страницы в файлы, используйте --out DIR</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--country takes a two-letter lower-case code such as kg, not &quot;%1&quot;</source>
        <translation>--country принимает двухбуквенный код строчными буквами, например kg, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
</context>
<context>
    <name>CliStrings</name>
    <message>
        <location filename="../src/cli/clistrings.cpp" line="+37"/>
        <source>argument %1 is not valid UTF-8 (byte %2); give it in UTF-8</source>
        <translation>аргумент %1 не является корректным UTF-8 (байт %2); передайте его в UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value of --set %1 is not valid UTF-8 (byte %2); nothing was changed. Give the value in UTF-8</source>
        <translation>значение --set %1 не является корректным UTF-8 (байт %2); ничего не изменено. Передайте значение в UTF-8</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>List the locale strings of a language beside English with their state (missing, empty, same as English, placeholder mismatch, HTML differs, not in English), or change values with --set. Changes rewrite only the changed values&apos; lines.</source>
        <translation>Вывести строки локализации языка рядом с английскими и их состояние (отсутствует, пустая, совпадает с английской, не совпадают заполнители, отличается HTML, нет в английском) или изменить значения с помощью --set. При изменении перезаписываются только строки файла с изменёнными значениями.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site folder.</source>
        <translation>Папка сайта.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language.</source>
        <translation>Язык.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List only strings that need work (the default).</source>
        <translation>Выводить только строки, требующие доработки (по умолчанию).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every string.</source>
        <translation>Выводить все строки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text or json.</source>
        <translation>text или json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set KEY to VALUE (may be given several times).</source>
        <translation>Присвоить ключу KEY значение VALUE (можно указывать несколько раз).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown --format &quot;%1&quot;; use text or json</source>
        <translation>неизвестный --format &quot;%1&quot;; используйте text или json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--missing and --all exclude each other</source>
        <translation>--missing и --all нельзя использовать вместе</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name the language with --lang, e.g. --lang ky</source>
        <translation>укажите язык с помощью --lang, например --lang ky</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>--set takes KEY=VALUE, not &quot;%1&quot;</source>
        <translation>--set принимает KEY=VALUE, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>i18n/en.yml has no string &quot;%1&quot;; add it to the English strings first</source>
        <translation>в i18n/en.yml нет строки &quot;%1&quot;; сначала добавьте её в английские строки</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1:%2: %3 set
</source>
        <translation>%1:%2: %3 — задано
</translation>
    </message>
</context>
<context>
    <name>CliUtil</name>
    <message>
        <location filename="../src/cli/cliutil.cpp" line="+48"/>
        <source>no site folder given: add --site DIR</source>
        <translation>не указана папка сайта: добавьте --site DIR</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the site has no language &quot;%1&quot;; it has: %2</source>
        <translation>на сайте нет языка &quot;%1&quot;; есть только: %2</translation>
    </message>
</context>
<context>
    <name>CliValidate</name>
    <message>
        <location filename="../src/cli/clivalidate.cpp" line="+148"/>
        <source>Check pages and locale strings of a site. A translation is checked against its English page; --lang en checks the English pages alone.
PAGE is a logical page name (all its files in the chosen languages) or the path of one page file. Without PAGE every page is checked, and so are the locale strings of each language.</source>
        <translation>Проверить страницы и строки локализации сайта. Перевод проверяется по его английской странице; --lang en проверяет только английские страницы.
PAGE — логическое имя страницы (все её файлы на выбранных языках) или путь к одному файлу страницы. Без PAGE проверяются все страницы, а также строки локализации каждого языка.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site folder.</source>
        <translation>Папка сайта.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages to check: one (ky), a list (ky,ru), all translations (all, the default), or en for the English pages.</source>
        <translation>Проверяемые языки: один (ky), список (ky,ru), все переводы (all, по умолчанию) или en для английских страниц.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANGS</source>
        <translation>LANGS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report format: text, json, sarif or junit.</source>
        <translation>Формат отчёта: text, json, sarif или junit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out findings below LEVEL: info, warning or error (default: info).</source>
        <translation>Не выводить замечания ниже уровня LEVEL: info, warning или error (по умолчанию: info).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country for @country conditionals and site URLs (default: the language&apos;s).</source>
        <translation>Страна для условий @country и адресов сайта (по умолчанию — страна языка).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List every diagnostic code and exit.</source>
        <translation>Вывести все коды замечаний и выйти.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply the fixes findings carry to the page files, say what changed, and report what is left.</source>
        <translation>Применить исправления находок к файлам страниц, сообщить, что изменилось, и показать, что осталось.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --fix: print the changes as a patch, write nothing.</source>
        <translation>С --fix: вывести изменения в виде патча, ничего не записывая.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pages to check (default: all).</source>
        <translation>Проверяемые страницы (по умолчанию: все).</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>| code | area | severity | meaning |</source>
        <translation>| код | область | уровень | значение |</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>fixes to apply: %1, in files: %2</source>
        <translation>исправлений к применению: %1, в файлах: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixes applied: %1, files changed: %2</source>
        <translation>применено исправлений: %1, изменено файлов: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--dry-run goes with --fix</source>
        <translation>--dry-run используется только с --fix</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown --format &quot;%1&quot;; use text, json, sarif or junit</source>
        <translation>неизвестный --format &quot;%1&quot;; используйте text, json, sarif или junit</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>unknown --min-severity &quot;%1&quot;; use info, warning or error</source>
        <translation>неизвестный --min-severity &quot;%1&quot;; используйте info, warning или error</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>the site has no translations to check; use --lang en to check the English pages</source>
        <translation>на сайте нет переводов для проверки; чтобы проверить английские страницы, используйте --lang en</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>%1 is not a page file of the site</source>
        <translation>%1 не является файлом страницы сайта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the site has no page &quot;%1&quot;</source>
        <translation>на сайте нет страницы &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ContentChecks</name>
    <message>
        <location filename="../src/core/check/contentchecks.cpp" line="+306"/>
        <source>Same as the English: this block is not translated yet</source>
        <translation>Совпадает с оригиналом: этот блок ещё не переведён</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the English has %1</source>
        <translation>в оригинале: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the translation has %1</source>
        <translation>в переводе: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The numbers differ from the English block (%1); check the figures</source>
        <translation>Числа отличаются от английского блока (%1); проверьте цифры</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>“%1” mixes Latin and Cyrillic letters (Latin in brackets: %2); retype them in one alphabet</source>
        <translation>В слове «%1» смешаны латинские и кириллические буквы (латинские — в скобках: %2); наберите их заново в одном алфавите</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Doubled or trailing spaces; remove them</source>
        <translation>Двойные пробелы или пробелы в конце строки; удалите их</translation>
    </message>
</context>
<context>
    <name>DiagnosticCatalog</name>
    <message>
        <location filename="../src/core/check/diagnosticcatalog.cpp" line="+11"/>
        <source>An ERB tag or include is opened with &lt;% or {{ and never closed.</source>
        <translation>Тег ERB или включение открыты с помощью &lt;% или {{ и не закрыты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %&gt; with no &lt;% before it.</source>
        <translation>%&gt; без предшествующего &lt;%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An if without end, or an elsif, else or end without its if.</source>
        <translation>if без end либо elsif, else или end без своего if.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag that is not valid Ruby: the live site fails to render the page.</source>
        <translation>Тег не является корректным кодом Ruby: действующий сайт не сможет сформировать страницу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag calls a method that is not one of the site&apos;s helpers.</source>
        <translation>Тег вызывает метод, который не входит во вспомогательные функции (helpers) сайта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ruby code that Tilmech does not evaluate; the preview shows a placeholder.</source>
        <translation>Код Ruby, который Tilmech не вычисляет; в предпросмотре вместо него показывается заполнитель.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database query: the live site shows rows here; the preview shows none and marks the place.</source>
        <translation>Запрос к базе данных: действующий сайт показывает здесь строки из базы; предпросмотр их не показывает и только отмечает это место.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A helper is called with arguments of the wrong kind or number.</source>
        <translation>Вспомогательная функция вызвана с аргументами неверного типа или в неверном количестве.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag damaged in translation: typographic quotes, a lost &lt;, spaces in a helper name, a full-width percent sign. The fix is the exact tag to write.</source>
        <translation>Тег, повреждённый при переводе: типографские кавычки, потерянный &lt;, пробелы в имени вспомогательной функции, полноширинный знак процента. В исправлении указан точный тег, который нужно написать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tag that this kind of file does not evaluate (ERB in .md.partial, {{ }} elsewhere); the live site shows it as text.</source>
        <translation>Тег, который в файлах этого типа не вычисляется (ERB в .md.partial, {{ }} в остальных); действующий сайт показывает его как текст.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tag of an .erb.md page outside raw HTML: markdown runs first there, so the live site prints the tag as text or mangles the link address it is in.</source>
        <translation>Тег страницы .erb.md вне сырого HTML: там сначала работает markdown, поэтому действующий сайт выводит тег как текст или искажает адрес ссылки, в которой он стоит.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An include or view names no partial in views/ (the live site prints nothing, or fails).</source>
        <translation>Включение или view ссылается на несуществующий фрагмент (partial) в views/ (действующий сайт ничего не выводит или выдаёт ошибку).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An include whose name is not a partial path.</source>
        <translation>Включение, имя которого не является путём к фрагменту (partial).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The views and includes of a page expand past Tilmech&apos;s limit (20,000 views or 16 MiB): a view that includes itself, directly or through other views. Reported on the page&apos;s tag; the preview shows a placeholder there.</source>
        <translation>Представления и включения страницы разворачиваются за предел Tilmech (20 000 представлений или 16 МиБ): представление включает само себя, напрямую или через другие представления. Сообщается на теге страницы; предпросмотр показывает там заполнитель.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A tag of the English page is missing from the translation.</source>
        <translation>Тег английской страницы отсутствует в переводе.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag of the translation equals no tag of the English page and is not on the allow-list. The preview and export show what the live site would show for it where Tilmech can interpret it, and leave it out otherwise.</source>
        <translation>Тег перевода не совпадает ни с одним тегом английской страницы и не входит в список разрешённых. Где Tilmech может его истолковать, предпросмотр и экспорт показывают то, что показал бы действующий сайт, иначе тег опускается.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tag of the translation is a changed copy of an English tag (same helper, other arguments).</source>
        <translation>Тег перевода — изменённая копия английского тега (та же вспомогательная функция, другие аргументы).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An allow-listed tag that the English page does not have.</source>
        <translation>Разрешённый тег, которого нет на английской странице.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A link of the translation points elsewhere than the matching English link.</source>
        <translation>Ссылка в переводе ведёт не туда, куда соответствующая английская ссылка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The images of a block differ from the English block.</source>
        <translation>Изображения блока отличаются от английского блока.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A site URL names a page that the site does not have.</source>
        <translation>Адрес сайта указывает на страницу, которой на сайте нет.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A #fragment names no anchor (id= or name=) of the target page as rendered.</source>
        <translation>Якорь (#fragment) не соответствует ни одному id= или name= на сформированной целевой странице.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolve_url is given an absolute URL that is not code.org; the live site turns it into a broken path.</source>
        <translation>В resolve_url передан абсолютный URL не с code.org; действующий сайт превращает его в неработающий путь.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A URL or mailto: address that is not well formed.</source>
        <translation>Некорректный URL или адрес mailto:.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A link written &quot;[text] (url)&quot;: the space stops markdown from making a link.</source>
        <translation>Ссылка записана как &quot;[text] (url)&quot;: из-за пробела markdown не создаёт ссылку.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A site-relative link written without resolve_url loses the country and language.</source>
        <translation>Ссылка относительно сайта, записанная без resolve_url, теряет страну и язык.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An HTML tag whose attribute quote or closing &gt; is missing.</source>
        <translation>В HTML-теге отсутствует кавычка атрибута или закрывающий &gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &lt; at the end of a line: an HTML tag split in two.</source>
        <translation>&lt; в конце строки: HTML-тег разбит на две части.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An &lt;a&gt;, &lt;div&gt; or other element opened and never closed.</source>
        <translation>Элемент &lt;a&gt;, &lt;div&gt; или другой открыт и не закрыт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &lt;script&gt; in a translation that its English page does not have.</source>
        <translation>&lt;script&gt; в переводе, которого нет на английской странице.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event handler attribute (onerror=, onload=, any on…=) that the English page does not have.</source>
        <translation>Атрибут обработчика событий (onerror=, onload=, любой on…=), которого нет на английской странице.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A javascript:, vbscript: or data: URL in a link, image or HTML attribute that the English page does not have (character references, blanks and line breaks read as a browser reads them).</source>
        <translation>URL javascript:, vbscript: или data: в ссылке, изображении или HTML-атрибуте, которого нет на английской странице (ссылки на символы, пробелы и переводы строк читаются так, как их читает браузер).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An &lt;iframe&gt;, &lt;object&gt;, &lt;embed&gt;, &lt;frame&gt; or &lt;applet&gt; that the English page does not have.</source>
        <translation>&lt;iframe&gt;, &lt;object&gt;, &lt;embed&gt;, &lt;frame&gt; или &lt;applet&gt;, которых нет на английской странице.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &lt;meta http-equiv&gt; (a redirect or a change of the page&apos;s rules) that the English page does not have.</source>
        <translation>&lt;meta http-equiv&gt; (перенаправление или изменение правил страницы), которого нет на английской странице.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &lt;base&gt; that the English page does not have: it changes where every link leads.</source>
        <translation>&lt;base&gt;, которого нет на английской странице: он меняет, куда ведёт каждая ссылка.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &lt;form&gt; that the English page does not have: it sends what readers type elsewhere.</source>
        <translation>&lt;form&gt;, которой нет на английской странице: она отправляет введённое читателями в другое место.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A hoc_s key missing (or empty) in the page language: the English text is shown.</source>
        <translation>Ключ hoc_s отсутствует (или пуст) в языке страницы: показывается английский текст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A hoc_s key that no language has: the live site prints nothing.</source>
        <translation>Ключ hoc_s, которого нет ни в одном языке: действующий сайт ничего не выводит.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %{name} placeholders of a translated string differ from the English ones.</source>
        <translation>Заполнители %{name} переведённой строки отличаются от английских.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A translated string that is empty (the English is shown).</source>
        <translation>Пустая переведённая строка (показывается английский текст).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key defined twice in a locale file; the last value wins.</source>
        <translation>Ключ определён в файле локализации дважды; действует последнее значение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A locale file that is not UTF-8 text (invalid UTF-8 or NUL bytes); Tilmech does not edit it.</source>
        <translation>Файл локализации не является текстом в UTF-8 (некорректный UTF-8 или байты NUL); Tilmech его не редактирует.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A line of a locale file that is not &quot;key: value&quot; (a key without its colon on its own line); Tilmech does not edit such a file.</source>
        <translation>Строка файла локализации не вида &quot;ключ: значение&quot; (ключ без двоеточия в своей строке); Tilmech такой файл не редактирует.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root key of a locale file is not its language.</source>
        <translation>Корневой ключ файла локализации не совпадает с его языком.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A locale file with more than one root key.</source>
        <translation>Файл локализации с несколькими корневыми ключами.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A locale file that is not valid YAML.</source>
        <translation>Файл локализации не является корректным YAML.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A locale file that is not a YAML map.</source>
        <translation>Файл локализации не является словарём YAML.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A locale file that cannot be read.</source>
        <translation>Не удаётся прочитать файл локализации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A locale file whose YAML aliases expand past 500,000 keys or 64 MiB of text; Tilmech does not use it.</source>
        <translation>Файл локализации, псевдонимы YAML которого разворачиваются более чем в 500 000 ключей или 64 МиБ текста; Tilmech его не использует.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The translation has another number of headings than the English page.</source>
        <translation>Число заголовков в переводе отличается от английской страницы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An English heading became a bold paragraph.</source>
        <translation>Английский заголовок превратился в абзац с полужирным текстом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The translation has another number of list items.</source>
        <translation>Число элементов списка в переводе отличается от оригинала.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The translation has another number of table rows.</source>
        <translation>Число строк таблицы в переводе отличается от оригинала.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The translation has another number of code blocks.</source>
        <translation>Число блоков кода в переводе отличается от оригинала.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block with an unpaired ** or _ emphasis marker.</source>
        <translation>Блок с непарным маркером выделения ** или _.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A one-line paragraph in square brackets that is no class or id name: the live site turns it into an empty div, so its text vanishes.</source>
        <translation>Однострочный абзац в квадратных скобках, не являющийся именем класса или id: действующий сайт превращает его в пустой div, и его текст исчезает.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A table row with more than 1,000 cells: Tilmech shows it as text, not as a table (cmark-gfm&apos;s table parser slows down with the square of the cells).</source>
        <translation>Строка таблицы, в которой больше 1 000 ячеек: Tilmech показывает её как текст, а не как таблицу (разбор таблиц в cmark-gfm замедляется пропорционально квадрату числа ячеек).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A link or image address with a space: the live site still makes the link, with the space as %20, so it is broken.</source>
        <translation>Адрес ссылки или изображения с пробелом: действующий сайт всё равно делает ссылку, заменив пробел на %20, поэтому она не работает.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Underscores inside words (Hour_of_Code) that the live site pairs into emphasis: the text between them shows in italics and the underscores vanish.</source>
        <translation>Подчёркивания внутри слов (Hour_of_Code), которые действующий сайт объединяет в пару и превращает в курсив: текст между ними показывается курсивом, а сами подчёркивания пропадают.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A malformed inline HTML tag that the live site passes through from &lt; to the next &gt;: the browser hides the text inside it (shapes that html-unclosed-tag does not report).</source>
        <translation>Неправильно записанный строчный HTML-тег: действующий сайт передаёт его как есть, от &lt; до следующего &gt;, и браузер скрывает текст внутри него (случаи, о которых не сообщает html-unclosed-tag).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A table row line without |: the live site ends the table there and shows the rest as a paragraph of plain text.</source>
        <translation>Строка таблицы без |: действующий сайт заканчивает таблицу на ней и показывает остальное как абзац обычного текста.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A block identical to the English: not translated yet (same as source).</source>
        <translation>Блок совпадает с английским: ещё не переведён (совпадает с оригиналом).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers of a block differ from the English block.</source>
        <translation>Числа в блоке отличаются от английского блока.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A word that mixes Latin and Cyrillic letters that look alike.</source>
        <translation>Слово, в котором смешаны похожие латинские и кириллические буквы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doubled spaces inside a line, or spaces at its end.</source>
        <translation>Двойные пробелы внутри строки или пробелы в её конце.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The front matter is not valid YAML.</source>
        <translation>Front matter (заголовочный блок) не является корректным YAML.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The front matter is not a map of keys.</source>
        <translation>Front matter не является словарём ключей.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The front matter block is never closed.</source>
        <translation>Блок front matter не закрыт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The front matter keys differ from the English page&apos;s.</source>
        <translation>Ключи front matter отличаются от ключей английской страницы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A front matter value other than title differs from the English page.</source>
        <translation>Значение front matter (кроме title) отличается от английской страницы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A translation whose English page no longer exists.</source>
        <translation>Перевод, английской страницы которого больше не существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A translation whose English file has another extension.</source>
        <translation>Перевод, у английского файла которого другое расширение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file that is not valid UTF-8.</source>
        <translation>Файл не является корректным UTF-8.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A page file with NUL bytes: binary or damaged, not text.</source>
        <translation>Файл страницы с байтами NUL: двоичный или повреждённый, а не текстовый.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line ends (LF or CRLF) differ from the English file.</source>
        <translation>Концы строк (LF или CRLF) отличаются от английского файла.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A page file that cannot be read.</source>
        <translation>Не удаётся прочитать файл страницы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file or folder whose name is not valid UTF-8 or holds a backslash: the bundle leaves it out.</source>
        <translation>Файл или папка, имя которых не является корректным UTF-8 или содержит обратную косую черту: пакет их не включает.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>config.json is not a valid JSON object.</source>
        <translation>config.json не является корректным объектом JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>config.json cannot be read.</source>
        <translation>Не удаётся прочитать config.json.</translation>
    </message>
</context>
<context>
    <name>DivBracketChecks</name>
    <message>
        <location filename="../src/core/check/divbracketchecks.cpp" line="+55"/>
        <source>The live site turns a paragraph that is only “[…]” into an empty div, so “%1” vanishes from the page; write the text without the enclosing brackets, or put other text before them on the same line</source>
        <translation>Действующий сайт превращает абзац, состоящий только из «[…]», в пустой div, поэтому «%1» исчезает со страницы; напишите текст без окружающих скобок или поставьте перед ними другой текст в той же строке</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../src/core/site/document.cpp" line="+78"/>
        <source>The file is not valid UTF-8 (byte 0x%1 cannot start or continue a character here); save it as UTF-8 in your editor</source>
        <translation>Файл не является корректным UTF-8 (байт 0x%1 не может начинать или продолжать символ в этом месте); сохраните его в кодировке UTF-8 в своём редакторе</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file holds a NUL byte, so it is not text (a binary file, or a damaged one); a page must be plain UTF-8 text</source>
        <translation>Файл содержит байт NUL, поэтому это не текст (двоичный или повреждённый файл); страница должна быть обычным текстом в UTF-8</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+18"/>
        <source>The front matter block opened on this line is never closed; add a line &quot;---&quot; after its last key</source>
        <translation>Блок front matter, открытый в этой строке, не закрыт; добавьте строку &quot;---&quot; после его последнего ключа</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The front matter must be a YAML map of &quot;key: value&quot; lines, not a list or a single value</source>
        <translation>Front matter должен быть словарём YAML из строк &quot;ключ: значение&quot;, а не списком или одиночным значением</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The front matter&apos;s values, with their aliases (*name) expanded, come to more than %1 MiB; a page needs far less. Write the values out instead of repeating them through aliases</source>
        <translation>Значения front matter с развёрнутыми псевдонимами (*name) занимают более %1 МиБ; странице нужно гораздо меньше. Выпишите значения полностью вместо повторения через псевдонимы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The front matter is not valid YAML: %1; check quoting and indentation</source>
        <translation>Front matter не является корректным YAML: %1; проверьте кавычки и отступы</translation>
    </message>
</context>
<context>
    <name>ErbMdChecks</name>
    <message>
        <location filename="../src/core/check/erbmdchecks.cpp" line="+62"/>
        <source>In an .erb.md page markdown runs before ERB, and it ends an HTML tag inside a paragraph at its first “&gt;”, the one of %1: the rest of the tag shows as text and the link is cut. Put the HTML on lines of its own (&lt;p&gt;…&lt;/p&gt;), or rename the file to .md.erb</source>
        <translation>На странице .erb.md markdown выполняется раньше ERB и завершает HTML-тег внутри абзаца на его первом «&gt;» — том, что в %1: остаток тега виден как текст, а ссылка обрезана. Вынесите HTML на отдельные строки (&lt;p&gt;…&lt;/p&gt;) или переименуйте файл в .md.erb</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In an .erb.md page markdown runs before ERB, so the live site never runs %1: the link&apos;s address becomes “%=%20…%20%”. Rename the file to .md.erb, or write the paragraph as an HTML block: &lt;p&gt;… &lt;a href=&quot;%1&quot;&gt;…&lt;/a&gt; …&lt;/p&gt;</source>
        <translation>На странице .erb.md markdown выполняется раньше ERB, поэтому сайт никогда не выполняет %1: адрес ссылки превращается в «%=%20…%20%». Переименуйте файл в .md.erb или запишите абзац как HTML-блок: &lt;p&gt;… &lt;a href=&quot;%1&quot;&gt;…&lt;/a&gt; …&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In an .erb.md page markdown runs before ERB, so the live site prints %1 as text instead of running it. Rename the file to .md.erb, or put the tag inside an HTML block</source>
        <translation>На странице .erb.md markdown выполняется раньше ERB, поэтому сайт выводит %1 как текст вместо того, чтобы выполнить. Переименуйте файл в .md.erb или поместите тег внутрь HTML-блока</translation>
    </message>
</context>
<context>
    <name>ExpansionBudget</name>
    <message>
        <location filename="../src/core/template/expansionbudget.cpp" line="+34"/>
        <source>the views and includes of this page expand to more than %1 views or %2 MiB, far more than any real page: a view probably includes itself, directly or through other views; remove the include that closes the loop</source>
        <translation>представления и включения этой страницы разворачиваются более чем в %1 представлений или %2 МиБ — гораздо больше, чем у любой настоящей страницы: вероятно, представление включает само себя, напрямую или через другие представления; удалите включение, замыкающее цикл</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.ui" line="+6"/>
        <source>Export Bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renders the pages of the chosen languages with the files they use into a folder you can upload, with a manifest.json that lists every file and its SHA-256.</source>
        <translation>Формирует страницы выбранных языков вместе с используемыми ими файлами в папке, готовой к загрузке на сервер, и создаёт manifest.json со списком всех файлов и их SHA-256.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Языки:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also a &amp;zip:</source>
        <translation>Также &amp;архив zip:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Br&amp;owse…</source>
        <translation>Об&amp;зор…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export pages that have &amp;errors (the manifest records it)</source>
        <translation>Экспортировать страницы с о&amp;шибками (это отмечается в манифесте)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The summary of the export appears here: pages written, errors and warnings, and links that lead nowhere.</source>
        <translation>Здесь появится сводка экспорта: записанные страницы, ошибки и предупреждения, а также ссылки, которые никуда не ведут.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <location filename="../src/core/export/exporttarget.cpp" line="+64"/>
        <source>%1 (which is %2)</source>
        <translation>%1 (то есть %2)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>no destination folder given</source>
        <translation>не указана папка назначения</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the symbolic links in %1 lead round in a loop; choose another folder</source>
        <translation>символические ссылки в %1 образуют цикл; выберите другую папку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the site folder; export to a folder outside it</source>
        <translation>%1 — это папка сайта; экспортируйте в папку вне её</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is inside the site folder %2; export to a folder outside it</source>
        <translation>%1 находится внутри папки сайта %2; экспортируйте в папку вне её</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds the site folder %2, which the bundle would replace; export to a folder outside it</source>
        <translation>%1 содержит папку сайта %2, которую пакет заменил бы; экспортируйте в папку вне её</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a symbolic link; choose the folder it leads to, or another folder</source>
        <translation>%1 — символическая ссылка; выберите папку, на которую она указывает, или другую папку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists and is not a folder; choose another destination</source>
        <translation>%1 существует и не является папкой; выберите другое место назначения</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the symbolic links in %1 lead round in a loop; choose another zip file</source>
        <translation>символические ссылки в %1 образуют цикл; выберите другой zip-файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zip %1 would be written inside the site folder %2; choose a path outside it</source>
        <translation>zip %1 был бы записан внутри папки сайта %2; выберите путь вне её</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the zip %1 holds the site folder %2; choose a path outside it</source>
        <translation>путь zip %1 содержит папку сайта %2; выберите путь вне её</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zip %1 would be written on the bundle folder %2 or inside it; choose a path outside the bundle folder</source>
        <translation>zip %1 был бы записан на место папки пакета %2 или внутрь неё; выберите путь вне папки пакета</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zip %1 holds the bundle folder %2; choose a path outside the bundle folder</source>
        <translation>путь zip %1 содержит папку пакета %2; выберите путь вне папки пакета</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the zip %1 is a symbolic link; choose a file name that is not one</source>
        <translation>zip %1 — символическая ссылка; выберите имя файла, которое не является ссылкой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zip %1 is a folder; choose a file name for the zip</source>
        <translation>zip %1 — это папка; выберите имя файла для zip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the zip %1 exists and is not a regular file; choose another file name for the zip</source>
        <translation>zip %1 существует и не является обычным файлом; выберите для zip другое имя файла</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../src/core/export/exportrun.cpp" line="+173"/>
        <location line="+171"/>
        <location line="+99"/>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <location line="-367"/>
        <source>cannot move the bundle into place at %1: %2</source>
        <translation>не удаётся переместить пакет в %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/export/exporter.cpp" line="+31"/>
        <source>The export was cancelled; the destination was left as it was.</source>
        <translation>Экспорт отменён; папка назначения осталась без изменений.</translation>
    </message>
    <message>
        <location filename="../src/core/export/exportrun.cpp" line="+70"/>
        <source>no language chosen</source>
        <translation>не выбран язык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>&quot;%1&quot; не является кодом языка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the site has no language &quot;%1&quot;</source>
        <translation>на сайте нет языка &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not empty and was not made by Tilmech; choose an empty folder, or allow replacing its contents</source>
        <translation>%1 не пуста и создана не Tilmech; выберите пустую папку или разрешите заменить её содержимое</translation>
    </message>
    <message numerus="yes">
        <location line="+207"/>
        <source>%n error(s) in the pages to export; fix them, or allow exporting pages with errors (the manifest will say so)</source>
        <translation>
            <numerusform>%n ошибка на экспортируемых страницах; исправьте её или разрешите экспорт страниц с ошибками (в манифесте это будет отмечено)</numerusform>
            <numerusform>%n ошибки на экспортируемых страницах; исправьте их или разрешите экспорт страниц с ошибками (в манифесте это будет отмечено)</numerusform>
            <numerusform>%n ошибок на экспортируемых страницах; исправьте их или разрешите экспорт страниц с ошибками (в манифесте это будет отмечено)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-166"/>
        <source>cannot create a working folder in %1: %2</source>
        <translation>не удаётся создать рабочую папку в %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exporting %1</source>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Copying files and writing the manifest</source>
        <translation>Копирование файлов и запись манифеста</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cannot write the zip %1: %2</source>
        <translation>не удаётся записать zip-архив %1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the bundle is in place, but the zip could not be moved to %1: %2</source>
        <translation>пакет создан, но zip-архив не удалось переместить в %1: %2</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>ExpressionParser</name>
    <message>
        <location filename="../src/core/template/expressionparser.cpp" line="+142"/>
        <source>&apos;@&apos; without a variable name</source>
        <translation>&apos;@&apos; без имени переменной</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>interpolated symbols are not supported</source>
        <translation>интерполированные символы не поддерживаются</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;:&apos; without a symbol name</source>
        <translation>&apos;:&apos; без имени символа</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>unterminated string</source>
        <translation>незакрытая строка</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>unterminated #{ } in a string</source>
        <translation>незакрытая конструкция #{ } в строке</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+118"/>
        <location line="+46"/>
        <source>expression nested too deeply</source>
        <translation>слишком глубокая вложенность выражения</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>unexpected end of the expression</source>
        <translation>неожиданный конец выражения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>неожиданный символ &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>a positional argument after keyword arguments</source>
        <translation>позиционный аргумент после именованных аргументов</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing &apos;)&apos;</source>
        <translation>не хватает &apos;)&apos;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unexpected &apos;:&apos; after a method name</source>
        <translation>неожиданный &apos;:&apos; после имени метода</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>unexpected keyword &apos;%1&apos;</source>
        <translation>неожиданное ключевое слово &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>assignment is Ruby code that Tilmech does not run</source>
        <translation>присваивание — это код Ruby, который Tilmech не выполняет</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>unexpected label &apos;%1:&apos;</source>
        <translation>неожиданная метка &apos;%1:&apos;</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <location filename="../src/core/check/filechecks.cpp" line="+39"/>
        <source>mixed CRLF and LF</source>
        <translation>смешанные CRLF и LF</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no English page %1 any more; this translation is not shown on the site. Delete it, or restore the English page</source>
        <translation>Английской страницы %1 больше нет; этот перевод не показывается на сайте. Удалите его или восстановите английскую страницу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The English page is %1, not a %2 file; this translation may be an old version</source>
        <translation>Английская страница — %1, а не файл %2; возможно, этот перевод устарел</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This file has %1 line ends, the English file %2; save it with %2 line ends to keep diffs clean</source>
        <translation>В этом файле концы строк %1, а в английском — %2; сохраните его с концами строк %2, чтобы в diff не было лишних изменений</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The front matter has no “%1”, which the English page has; add “%1: %2”</source>
        <translation>В front matter нет ключа &quot;%1&quot;, который есть на английской странице; добавьте &quot;%1: %2&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The English page has no front matter key “%1”; remove it</source>
        <translation>На английской странице нет ключа front matter &quot;%1&quot;; удалите его</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is “%2” here but “%3” in the English page; only the title is translated, so copy the English value</source>
        <translation>Здесь &quot;%1&quot; имеет значение &quot;%2&quot;, а на английской странице — &quot;%3&quot;; переводится только title, поэтому скопируйте английское значение</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <location filename="../src/core/base/filelock.cpp" line="+34"/>
        <source>%1 is busy: another program (%2, process %3) is saving it. Nothing was changed; try again in a moment, or end that program if it hangs</source>
        <translation>%1 занят: другая программа (%2, процесс %3) сохраняет его. Ничего не изменено; повторите попытку чуть позже или завершите ту программу, если она зависла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
</context>
<context>
    <name>FileReader</name>
    <message>
        <location filename="../src/core/base/filereader.cpp" line="+20"/>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a named pipe (FIFO)</source>
        <translation>именованный канал (FIFO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a special file</source>
        <translation>специальный файл</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is a symbolic link; Tilmech does not follow links inside the site. Replace the link with the file it points to</source>
        <translation>%1 — символическая ссылка; Tilmech не переходит по ссылкам внутри сайта. Замените ссылку файлом, на который она указывает</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>%1 is %2, not a regular file; Tilmech reads only regular files. Replace it with the file itself</source>
        <translation>%1 — %2, а не обычный файл; Tilmech читает только обычные файлы. Замените его самим файлом</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+72"/>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+46"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+21"/>
        <source>%1 is larger than %2 MiB; Tilmech does not read files that large. Check that it is the file you meant: pages and locale files are far smaller</source>
        <translation>%1 больше %2 МиБ; Tilmech не читает такие большие файлы. Проверьте, тот ли это файл: страницы и файлы локализации гораздо меньше</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <location filename="../src/core/base/filewriter.cpp" line="+31"/>
        <source>unknown error</source>
        <translation>неизвестная ошибка</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is a symbolic link; Tilmech does not write through links (the file it points to may be outside the site). Nothing was written: replace the link with the file itself, or edit that file where it is</source>
        <translation>%1 — символическая ссылка; Tilmech не пишет через ссылки (файл, на который она указывает, может быть вне сайта). Ничего не записано: замените ссылку самим файлом или редактируйте тот файл там, где он находится</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a regular file (a folder, pipe or device); nothing was written over it</source>
        <translation>%1 не является обычным файлом (это папка, канал или устройство); поверх него ничего не записано</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is outside the site folder %2 (a folder on its way is a symbolic link); Tilmech writes only inside the site. Nothing was written</source>
        <translation>%1 находится вне папки сайта %2 (одна из папок на пути — символическая ссылка); Tilmech пишет только внутри сайта. Ничего не записано</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is read-only (its owner may not write it), so Tilmech does not write over it. Make it writable (chmod u+w) if it is meant to be edited, or keep your text elsewhere</source>
        <translation>%1 доступен только для чтения (владелец не может в него писать), поэтому Tilmech его не перезаписывает. Разрешите запись (chmod u+w), если его нужно редактировать, или сохраните текст в другом месте</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 changed on disk since Tilmech read it (another program wrote it); it was not written over. Reload or compare it, then save again</source>
        <translation>%1 изменился на диске после того, как Tilmech его прочитал (его записала другая программа); он не перезаписан. Перезагрузите или сравните его, затем сохраните снова</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+19"/>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Cannot write %1: its permissions cannot be kept</source>
        <translation>Не удаётся записать %1: невозможно сохранить его права доступа</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/editor/findbar.ui" line="+12"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Match case</source>
        <translation>С учётом регистра</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace with</source>
        <translation>Заменить на</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace All</source>
        <translation>Заменить все</translation>
    </message>
</context>
<context>
    <name>FixApplier</name>
    <message>
        <location filename="../src/core/check/fixapplier.cpp" line="+32"/>
        <source>the text changed since it was checked</source>
        <translation>текст изменился после проверки</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it overlaps another fix; validate again to fix it after that one</source>
        <translation>оно пересекается с другим исправлением; проверьте снова, чтобы исправить после него</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the spaces</source>
        <translation>Удалить пробелы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1”</source>
        <translation>Удалить «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert %1</source>
        <translation>Вставить %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write %1</source>
        <translation>Написать %1</translation>
    </message>
</context>
<context>
    <name>HamlTemplate</name>
    <message>
        <location filename="../src/core/template/hamltemplate.cpp" line="+124"/>
        <source>an element without a tag name</source>
        <translation>элемент без имени тега</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the attribute hash is never closed</source>
        <translation>хеш атрибутов не закрыт</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the attribute list is never closed</source>
        <translation>список атрибутов не закрыт</translation>
    </message>
    <message>
        <location line="+323"/>
        <source>“%1” without an “if” before it</source>
        <translation>&quot;%1&quot; без предшествующего &quot;if&quot;</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>the Haml filter “:%1” is not supported</source>
        <translation>фильтр Haml &quot;:%1&quot; не поддерживается</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the attributes cannot be read</source>
        <translation>не удаётся прочитать атрибуты</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../ui/issues/issuespanel.ui" line="+14"/>
        <source>This page</source>
        <translation>Эта страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole site</source>
        <translation>Весь сайт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All severities</source>
        <translation>Все уровни важности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Предупреждения и ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Только ошибки</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter issues</source>
        <translation>Фильтр замечаний</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix</source>
        <translation>Исправить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the fix of the selected issue (Ctrl+.)</source>
        <translation>Применить исправление выбранной проблемы (Ctrl+.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Validate Site</source>
        <translation>Проверить сайт</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+8"/>
        <source>Tilmech</source>
        <translation>Tilmech</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter pages</source>
        <translation>Фильтр страниц</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+52"/>
        <source>English</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Edit English</source>
        <translation>Редактировать оригинал</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+26"/>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Both side by side</source>
        <translation>Оба рядом</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Strings</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent &amp;Sites</source>
        <translation>&amp;Недавние сайты</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;amp;Переход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issues</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Site Folder…</source>
        <translation>&amp;Открыть папку сайта…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save A&amp;ll</source>
        <translation>Сохранить &amp;все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Bundle…</source>
        <translation>&amp;Экспортировать пакет…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;следующее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>Найти пре&amp;дыдущее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Заменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert &amp;Tag from English…</source>
        <translation>Вставить &amp;тег из оригинала…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply &amp;Fix on This Line</source>
        <translation>Применить &amp;amp;исправление в этой строке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit the English Page</source>
        <translation>Редактировать &amp;английскую страницу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>Пара&amp;метры…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Tilmech</source>
        <translation>&amp;О программе Tilmech</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Validate Site</source>
        <translation>Проверить &amp;сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F7</source>
        <translation>F7</translation>
    </message>
</context>
<context>
    <name>MarkupChecks</name>
    <message>
        <location filename="../src/core/check/markupchecks.cpp" line="+48"/>
        <source>This “&lt;” ends its line, so the tag after it is broken and shows as text; join “&lt;” with the next line</source>
        <translation>Символ &quot;&lt;&quot; стоит в конце строки, поэтому следующий за ним тег разорван и показывается как текст; соедините &quot;&lt;&quot; со следующей строкой</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The attribute quote %1 of this &lt;%2&gt; tag is never closed, so the tag swallows the text after it; close the quote and the tag</source>
        <translation>Кавычка атрибута %1 в этом теге &lt;%2&gt; не закрыта, поэтому тег поглощает следующий за ним текст; закройте кавычку и тег</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This &lt;%1&gt; tag has no closing “&gt;”; add it</source>
        <translation>У этого тега &lt;%1&gt; нет закрывающего &quot;&gt;&quot;; добавьте его</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This &lt;%1&gt; is never closed with &lt;/%1&gt;</source>
        <translation>Этот тег &lt;%1&gt; не закрыт тегом &lt;/%1&gt;</translation>
    </message>
</context>
<context>
    <name>ParityChecks</name>
    <message>
        <location filename="../src/core/check/paritychecks.cpp" line="+227"/>
        <source>This tag differs from the English tag %1; tags must be copied exactly, so write %1</source>
        <translation>Этот тег отличается от английского тега %1; теги нужно копировать точно, поэтому напишите %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The English page has no tag %1; it is allowed, but check that it belongs here</source>
        <translation>На английской странице нет тега %1; он разрешён, но проверьте, уместен ли он здесь</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tag %1 is not in the English page and is not on the allow-list: the live site would run it as code the English page does not have. Remove it, or copy the tag the English page has here</source>
        <translation>Тега %1 нет на английской странице и в списке разрешённых: действующий сайт выполнил бы его как код, которого нет на английской странице. Удалите его или скопируйте тег, который стоит здесь на английской странице</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The English tag %1 (line %2) is missing here; copy it into the translation</source>
        <translation>Здесь отсутствует английский тег %1 (строка %2); скопируйте его в перевод</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (a fixed date in its place goes out of date every year)</source>
        <translation> (фиксированная дата вместо него устаревает каждый год)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This link points to %1 where the English one points to %2</source>
        <translation>Эта ссылка ведёт на %1, а английская — на %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The images here (%1) differ from the English block&apos;s (%2)</source>
        <translation>Изображения здесь (%1) отличаются от изображений английского блока (%2)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/preferencesdialog.ui" line="+5"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new language takes effect the next time Tilmech starts.</source>
        <translation>Новый язык вступит в силу при следующем запуске Tilmech.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../src/core/site/project.cpp" line="+83"/>
        <source>The site folder %1 does not exist</source>
        <translation>Папка сайта %1 не существует</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a file, not a site folder; open the folder that holds public/, i18n/ and views/</source>
        <translation>%1 — это файл, а не папка сайта; откройте папку, в которой находятся public/, i18n/ и views/</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a site folder: it has neither public/ (English pages) nor i18n/public/ (translations); open the folder that holds them</source>
        <translation>%1 не является папкой сайта: в ней нет ни public/ (английские страницы), ни i18n/public/ (переводы); откройте папку, в которой они находятся</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot read config.json: %1</source>
        <translation>Не удаётся прочитать config.json: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>config.json is not valid JSON: %1</source>
        <translation>config.json не является корректным JSON: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>config.json must hold a JSON object</source>
        <translation>config.json должен содержать объект JSON</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../src/core/base/uilanguage.cpp" line="+103"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+1"/>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-34"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <location filename="../src/core/recovery/recoverystore.cpp" line="+56"/>
        <source>Cannot create the recovery folder %1</source>
        <translation>Не удаётся создать папку восстановления %1</translation>
    </message>
</context>
<context>
    <name>RedcarpetChecks</name>
    <message>
        <location filename="../src/core/check/redcarpetchecks.cpp" line="+443"/>
        <source>The link address “%1” has a space: the live site still makes it a link, to “%2”, which is broken. Remove the space (or write %20 if the file name really has one)</source>
        <translation>В адресе ссылки «%1» есть пробел: действующий сайт всё равно делает ссылку — на «%2», и она не работает. Уберите пробел (или напишите %20, если в имени файла действительно есть пробел)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The live site pairs the underscores in “%1” into emphasis: the page shows “%2” in italics and loses both underscores. Write \_ for each underscore that should stay, or put the name in backticks</source>
        <translation>Действующий сайт объединяет подчёркивания в «%1» в пару и делает курсив: страница показывает «%2» курсивом, а оба подчёркивания пропадают. Пишите \_ для каждого подчёркивания, которое должно остаться, или заключите имя в обратные апострофы (`)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The live site copies “%1” into the page as one HTML tag, from “&lt;” to the next “&gt;”, and the browser hides the text inside it. Close the attribute&apos;s quote and end the tag with “&gt;” where the text should begin</source>
        <translation>Действующий сайт вставляет «%1» в страницу как один HTML-тег, от «&lt;» до следующего «&gt;», и браузер скрывает текст внутри него. Закройте кавычку атрибута и завершите тег символом «&gt;» там, где должен начинаться текст</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>This line has no “|”, so the live site ends the table above it: the line and the lines after it show as a paragraph of plain text, pipes and all. Join it to the row above, or start it with “|”</source>
        <translation>В этой строке нет «|», поэтому действующий сайт заканчивает таблицу перед ней: эта строка и следующие за ней показываются абзацем обычного текста вместе с символами «|». Присоедините её к строке выше или начните её с «|»</translation>
    </message>
</context>
<context>
    <name>RefusedTags</name>
    <message>
        <location filename="../src/core/template/refusedtags.cpp" line="+26"/>
        <source>This tag is not in the English page, so the validator reports it as an error; the outline shows what the live site would show for it. Copy the tag the English page has here, or remove it</source>
        <translation>Этого тега нет на английской странице, поэтому проверка сообщает о нём как об ошибке; в рамке показано то, что показал бы на его месте действующий сайт. Скопируйте тег, который стоит здесь на английской странице, или удалите его</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This tag is not in the English page and Tilmech cannot show what the live site would do with it, so it is left out of the preview and of the export. Copy the tag the English page has here, or remove it</source>
        <translation>Этого тега нет на английской странице, и Tilmech не может показать, что сделал бы с ним действующий сайт, поэтому он опускается в предпросмотре и при экспорте. Скопируйте тег, который стоит здесь на английской странице, или удалите его</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <location filename="../src/core/render/renderer.cpp" line="+743"/>
        <source>The views and includes this tag brings in expand past Tilmech&apos;s limit of %1 views or %2 MiB for one page, far more than any real page: a view probably includes itself, directly or through other views. Remove the include that closes the loop; the preview shows a placeholder here</source>
        <translation>Представления и включения, которые подключает этот тег, разворачиваются за предел Tilmech в %1 представлений или %2 МиБ на страницу — гораздо больше, чем у любой настоящей страницы: вероятно, представление включает само себя, напрямую или через другие представления. Удалите включение, замыкающее цикл; предпросмотр показывает здесь заполнитель</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../src/core/check/reportwriter.cpp" line="+77"/>
        <source>%1 errors, %2 warnings, %3 notes in %4 files</source>
        <translation>ошибок: %1, предупреждений: %2, примечаний: %3; файлов: %4</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1:%2:%3: note: the matching place in the English page [%4]</source>
        <translation>%1:%2:%3: примечание: соответствующее место на английской странице [%4]</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the matching place in the English page</source>
        <translation>соответствующее место на английской странице</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StringChecks</name>
    <message>
        <location filename="../src/core/check/stringchecks.cpp" line="+72"/>
        <source>The string “%1” is in no locale file, so the live site prints nothing here; add it to i18n/en.yml (and translate it)</source>
        <translation>Строки «%1» нет ни в одном файле локализации, поэтому рабочий сайт ничего здесь не выводит; добавьте её в i18n/en.yml (и переведите)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The string “%1” is %2 in i18n/%3.yml, so the English text is shown; translate it in the strings view</source>
        <translation>Строка «%1» %2 в i18n/%3.yml, поэтому показывается английский текст; переведите её в представлении строк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>пустая</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>“%1” is empty, so the English text is shown; translate it</source>
        <translation>Значение «%1» пустое, поэтому показывается английский текст; переведите его</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” has the placeholders %2 where the English has %3; placeholders must be copied exactly</source>
        <translation>Заполнители в «%1»: %2, а в оригинале: %3; заполнители нужно копировать без изменений</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>StringTable</name>
    <message>
        <location filename="../src/core/strings/stringtable.cpp" line="+84"/>
        <source>translated</source>
        <translation>переведена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>пустая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same as English</source>
        <translation>совпадает с оригиналом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placeholder mismatch</source>
        <translation>заполнители не совпадают</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML differs</source>
        <translation>HTML отличается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in English</source>
        <translation>нет в оригинале</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%{%1} is missing</source>
        <translation>отсутствует %{%1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%{%1} is not in the English</source>
        <translation>%{%1} нет в оригинале</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the HTML tag %1 is missing</source>
        <translation>отсутствует HTML-тег %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the HTML tag %1 is not in the English</source>
        <translation>HTML-тега %1 нет в оригинале</translation>
    </message>
</context>
<context>
    <name>StringsView</name>
    <message>
        <location filename="../ui/strings/stringsview.ui" line="+14"/>
        <source>Filter by key or text</source>
        <translation>Фильтр по ключу или тексту</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save Strings</source>
        <translation>Сохранить строки</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Used on these pages (double-click to open):</source>
        <translation>Используется на этих страницах (откройте двойным щелчком):</translation>
    </message>
</context>
<context>
    <name>StructureChecks</name>
    <message>
        <location filename="../src/core/check/structurechecks.cpp" line="+80"/>
        <source>The English has a level-%1 heading here, but this is a bold paragraph; start the line with %2 instead of **</source>
        <translation>В оригинале здесь заголовок уровня %1, а в переводе — абзац с полужирным текстом; начните строку с %2 вместо **</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>headings</source>
        <translation>заголовков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list items</source>
        <translation>элементов списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table rows</source>
        <translation>строк таблицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code blocks</source>
        <translation>блоков кода</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The English page has %1 %3, the translation %2; keep the page&apos;s structure</source>
        <translation>Количество %3 на английской странице — %1, в переводе — %2; сохраните структуру страницы</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This block has an unpaired ** or __, so markdown shows the markers as text; pair them as in the English block</source>
        <translation>В этом блоке есть непарный ** или __, поэтому markdown показывает маркеры как текст; расставьте их парами, как в английском блоке</translation>
    </message>
</context>
<context>
    <name>TagPolicy</name>
    <message>
        <location filename="../src/core/template/tagpolicy.cpp" line="+59"/>
        <source>hoc_s takes one string id as a symbol or a string, e.g. hoc_s(:title), not (%1)</source>
        <translation>hoc_s принимает один идентификатор строки в виде символа или строки, например hoc_s(:title), а не (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hoc_s takes only &quot;locals: {name: value}&quot; after the id</source>
        <translation>hoc_s принимает после идентификатора только &quot;locals: {name: value}&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 takes one quoted path, e.g. %1(&apos;/learn&apos;)</source>
        <translation>%1 принимает один путь в кавычках, например %1(&apos;/learn&apos;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>campaign_date takes one quoted format, e.g. campaign_date(&apos;full&apos;)</source>
        <translation>campaign_date принимает один формат в кавычках, например campaign_date(&apos;full&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>campaign_date has no format &apos;%1&apos; and shows the &apos;full&apos; date; use one of start-short, start-long, short, full, year, full-year</source>
        <translation>У campaign_date нет формата &apos;%1&apos;, поэтому дата выводится в формате &apos;full&apos;; используйте один из форматов: start-short, start-long, short, full, year, full-year</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>view takes the partial&apos;s name as a symbol or string, e.g. view :signup_button</source>
        <translation>view принимает имя частичного шаблона в виде символа или строки, например view :signup_button</translation>
    </message>
</context>
<context>
    <name>TemplateChecks</name>
    <message>
        <location filename="../src/core/check/templatechecks.cpp" line="+132"/>
        <source>%1; write %2 instead</source>
        <translation>%1; вместо этого напишите %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This tag ends with a full-width “％&gt;”</source>
        <translation>Этот тег заканчивается полноширинным «％&gt;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{{” is never closed; end the include with “}}”</source>
        <translation>«{{» нигде не закрыт; завершите включение символами «}}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“&lt;%” is never closed; end the tag with “%&gt;”</source>
        <translation>«&lt;%» нигде не закрыт; завершите тег символами «%&gt;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{{ }} includes are expanded only in .md.partial pages; the live site shows “%1” as text</source>
        <translation>Включения {{ }} раскрываются только на страницах .md.partial; рабочий сайт покажет «%1» как текст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ERB tags are not run in .md.partial pages; the live site shows “%1” as text</source>
        <translation>Теги ERB не выполняются на страницах .md.partial; рабочий сайт покажет «%1» как текст</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a partial name; write a path such as {{ urls/learn }}</source>
        <translation>«%1» не является именем частичного шаблона; укажите путь, например {{ urls/learn }}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no partial “%1” in views/; the live site prints nothing here</source>
        <translation>В views/ нет частичного шаблона «%1»; рабочий сайт ничего здесь не выведет</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This tag has typographic quotes or full-width signs, which Ruby does not read</source>
        <translation>В этом теге есть типографские кавычки или полноширинные знаки, которые Ruby не распознаёт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The helper name has a space inside it</source>
        <translation>В имени вспомогательного метода есть пробел</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ruby code that Tilmech does not evaluate; the preview shows a placeholder here</source>
        <translation>Код Ruby, который Tilmech не вычисляет; в предпросмотре здесь показан заполнитель</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This tag is not valid Ruby (%1); the live site cannot render the page. Copy the tag from the English page</source>
        <translation>Этот тег не является корректным кодом Ruby (%1); рабочий сайт не сможет отобразить страницу. Скопируйте тег с английской страницы</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A database query: the live site shows rows from its database here; Tilmech has no database, so the preview shows no rows and marks the place</source>
        <translation>Запрос к базе данных: действующий сайт показывает здесь строки из своей базы; у Tilmech базы данных нет, поэтому предпросмотр не показывает строк и только отмечает это место</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a helper of the site (%2); Tilmech shows a placeholder</source>
        <translation>«%1» не является вспомогательным методом сайта (%2); Tilmech показывает заполнитель</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no partial “%1” in views/; the live site fails to render this page</source>
        <translation>В views/ нет частичного шаблона «%1»; рабочий сайт не сможет отобразить эту страницу</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” has no “&lt;% if … %&gt;” before it; remove it or restore the if from the English page</source>
        <translation>Перед «%1» нет «&lt;% if … %&gt;»; удалите его или восстановите if с английской страницы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This “if” is never closed; add “&lt;% end %&gt;” where the English page has it</source>
        <translation>Этот «if» нигде не закрыт; добавьте «&lt;% end %&gt;» там, где он стоит на английской странице</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This tag lost its “&lt;” and is shown as text</source>
        <translation>У этого тега потерян символ «&lt;», поэтому он показывается как текст</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This tag is written with full-width “％” signs</source>
        <translation>Этот тег написан с полноширинными знаками «％»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%&gt;” without “&lt;%” before it; restore the tag&apos;s opening “&lt;%=” or remove this</source>
        <translation>«%&gt;» без предшествующего «&lt;%»; восстановите открывающую часть тега «&lt;%=» или удалите «%&gt;»</translation>
    </message>
</context>
<context>
    <name>TemplateEvaluator</name>
    <message>
        <location filename="../src/core/template/templateevaluator.cpp" line="+28"/>
        <source>“%1” is Ruby that Tilmech does not run</source>
        <translation>«%1» — код Ruby, который Tilmech не выполняет</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>the tag cannot be read: %1</source>
        <translation>не удаётся разобрать тег: %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>the tag prints a list, which Tilmech does not format</source>
        <translation>тег выводит список, который Tilmech не форматирует</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>“%1” is a Ruby variable or method that Tilmech does not know</source>
        <translation>«%1» — переменная или метод Ruby, неизвестные Tilmech</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>partials nested more than %1 deep</source>
        <translation>глубина вложенности частичных шаблонов превышает %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no partials are available here</source>
        <translation>здесь частичные шаблоны недоступны</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no partial “%1” in views/</source>
        <translation>в views/ нет частичного шаблона «%1»</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a loop inside an ERB tag is Ruby code that Tilmech does not run</source>
        <translation>цикл внутри тега ERB — это код Ruby, который Tilmech не выполняет</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the loop runs more than %1 times</source>
        <translation>цикл выполняется более %1 раз</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The live site shows rows of its database here; Tilmech has no database</source>
        <translation>Здесь действующий сайт показывает строки своей базы данных; у Tilmech базы данных нет</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{{ }} includes are expanded only in .md.partial pages</source>
        <translation>включения {{ }} раскрываются только на страницах .md.partial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERB tags are not evaluated in .md.partial pages</source>
        <translation>теги ERB не вычисляются на страницах .md.partial</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>not evaluated here</source>
        <translation>здесь не вычисляется</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“{{” is never closed with “}}”</source>
        <translation>«{{» нигде не закрыт символами «}}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“&lt;%” is never closed with “%&gt;”</source>
        <translation>«&lt;%» нигде не закрыт символами «%&gt;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this tag closes or continues an “if” that was never opened</source>
        <translation>этот тег закрывает или продолжает «if», который не был открыт</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Ruby code that Tilmech does not run (the live site runs it)</source>
        <translation>код Ruby, который Tilmech не выполняет (рабочий сайт его выполняет)</translation>
    </message>
    <message>
        <location line="+385"/>
        <source>this “if” has no matching “&lt;% end %&gt;”</source>
        <translation>у этого «if» нет парного «&lt;% end %&gt;»</translation>
    </message>
</context>
<context>
    <name>Tilmech::ChangeBar</name>
    <message>
        <location filename="../src/app/session/changebar.cpp" line="+25"/>
        <source>&amp;Reload from Disk</source>
        <translation>&amp;Перезагрузить с диска</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace your text with the file as it is on disk now (Undo brings your text back)</source>
        <translation>Заменить ваш текст текущим содержимым файла на диске (команда «Отменить» вернёт ваш текст)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep My Text</source>
        <translation>&amp;Оставить мой текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your text; saving will write it over the file on disk</source>
        <translation>Оставить ваш текст; при сохранении он будет записан поверх файла на диске</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Сравнить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the lines where your text and the file on disk differ</source>
        <translation>Показать строки, в которых ваш текст отличается от файла на диске</translation>
    </message>
</context>
<context>
    <name>Tilmech::CompareDialog</name>
    <message>
        <location filename="../src/app/session/comparedialog.cpp" line="+20"/>
        <source>Compare with Disk — %1</source>
        <translation>Сравнение с диском — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines starting with “-” are only in your text; lines starting with “+” are only in the file on disk.</source>
        <translation>Строки, начинающиеся с «-», есть только в вашем тексте; строки, начинающиеся с «+», — только в файле на диске.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your text and the file on disk are the same.</source>
        <translation>Ваш текст и файл на диске совпадают.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Reload from Disk</source>
        <translation>&amp;Перезагрузить с диска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep My Text</source>
        <translation>&amp;Оставить мой текст</translation>
    </message>
</context>
<context>
    <name>Tilmech::ConflictResolver</name>
    <message>
        <location filename="../src/app/session/conflictresolver.cpp" line="+66"/>
        <location line="+19"/>
        <source>Reloaded %1: it changed on disk</source>
        <translation>Файл %1 перезагружен: он изменился на диске</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 changed on disk while you were editing strings. Reload drops your string edits; Keep puts them on top of the file as it is now.</source>
        <translation>Файл %1 изменился на диске, пока вы редактировали строки. «Перезагрузить» отменит ваши правки строк; «Оставить» применит их поверх текущего содержимого файла.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was deleted or moved on disk. Your text is still here; saving writes the file again.</source>
        <translation>Файл %1 удалён или перемещён на диске. Ваш текст остался в редакторе; при сохранении файл будет записан заново.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed on disk while you were editing it (another program, or a git pull). Reload it, keep your text, or compare the two.</source>
        <translation>Файл %1 изменился на диске, пока вы его редактировали (другой программой или через git pull). Перезагрузите его, оставьте свой текст или сравните их.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot Reload</source>
        <translation>Не удаётся перезагрузить</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>File Changed on Disk</source>
        <translation>Файл изменился на диске</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed on disk since Tilmech read it (another program, or a git pull).

Save your text over it? What is on disk now would be lost.</source>
        <translation>Файл %1 изменился на диске после того, как Tilmech его прочитал (другой программой или через git pull).

Записать ваш текст поверх него? То, что сейчас на диске, будет потеряно.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save Over It</source>
        <translation>&amp;Перезаписать</translation>
    </message>
</context>
<context>
    <name>Tilmech::ExportDialog</name>
    <message numerus="yes">
        <location filename="../src/app/export/exportdialog.cpp" line="+58"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
            <numerusform>… и ещё %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n страница</numerusform>
            <numerusform>%1: %n страницы</numerusform>
            <numerusform>%1: %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %2 of %n page(s) translated</source>
        <translation>
            <numerusform>%1: переведено %2 из %n страницы</numerusform>
            <numerusform>%1: переведено %2 из %n страниц</numerusform>
            <numerusform>%1: переведено %2 из %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bundle Folder</source>
        <translation>Папка пакета</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zip File</source>
        <translation>Zip-файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip-файлы (*.zip)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose at least one language.</source>
        <translation>Выберите хотя бы один язык.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder to export to.</source>
        <translation>Выберите папку для экспорта.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the zip file, or leave the zip out.</source>
        <translation>Выберите zip-файл или откажитесь от создания zip-архива.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot export there: %1.</source>
        <translation>Туда экспортировать нельзя: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Replaces the Tilmech bundle in %1.</source>
        <translation>Заменяет пакет Tilmech в %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Tilmech bundle and is not empty: the export asks before replacing what it holds.</source>
        <translation>%1 не является пакетом Tilmech и не пуста: экспорт спросит, прежде чем заменить её содержимое.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not a Tilmech bundle: it has no manifest.json made by Tilmech.</source>
        <translation>%1 не является пакетом Tilmech: в ней нет manifest.json, созданного Tilmech.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>It holds %n item(s), among them: %1</source>
        <translation>
            <numerusform>В ней %n элемент, среди них: %1</numerusform>
            <numerusform>В ней %n элемента, среди них: %1</numerusform>
            <numerusform>В ней %n элементов, среди них: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace everything in it with the bundle?</source>
        <translation>Заменить всё её содержимое пакетом?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace Folder?</source>
        <translation>Заменить папку?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace</source>
        <translation>&amp;Заменить</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported.</source>
        <translation>Экспорт завершён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1 and %2 they use to %3.</source>
        <translation>%1 и используемые в них %2 экспортированы в %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zip: %1</source>
        <translation>Zip-архив: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported with %n error(s); the manifest records it.</source>
        <translation>
            <numerusform>Экспорт выполнен с %n ошибкой; это отражено в манифесте.</numerusform>
            <numerusform>Экспорт выполнен с %n ошибками; это отражено в манифесте.</numerusform>
            <numerusform>Экспорт выполнен с %n ошибками; это отражено в манифесте.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not exported: pages have errors.</source>
        <translation>Экспорт не выполнен: на страницах есть ошибки.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not exported: %n error(s) in the pages.</source>
        <translation>
            <numerusform>Экспорт не выполнен: на страницах %n ошибка.</numerusform>
            <numerusform>Экспорт не выполнен: на страницах %n ошибки.</numerusform>
            <numerusform>Экспорт не выполнен: на страницах %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix them, or tick “Export pages that have errors” to export anyway.</source>
        <translation>Исправьте их или установите флажок «Экспортировать страницы с ошибками», чтобы всё равно выполнить экспорт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export failed.</source>
        <translation>Не удалось выполнить экспорт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed:</source>
        <translation>Не удалось выполнить экспорт:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed in the destination.</source>
        <translation>В месте назначения ничего не изменено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors (%1)</source>
        <translation>Ошибки (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n link(s) in the bundle are template text that was not evaluated and lead nowhere; the manifest lists them under brokenLinks.</source>
        <translation>
            <numerusform>%n ссылка в пакете представляет собой невычисленный текст шаблона и никуда не ведёт; в манифесте она указана в brokenLinks.</numerusform>
            <numerusform>%n ссылки в пакете представляют собой невычисленный текст шаблона и никуда не ведут; в манифесте они перечислены в brokenLinks.</numerusform>
            <numerusform>%n ссылок в пакете представляют собой невычисленный текст шаблона и никуда не ведут; в манифесте они перечислены в brokenLinks.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings (%1)</source>
        <translation>Предупреждения (%1)</translation>
    </message>
</context>
<context>
    <name>Tilmech::FindBar</name>
    <message>
        <location filename="../src/app/editor/findbar.cpp" line="+62"/>
        <source>Wrapped around</source>
        <translation>Поиск продолжен с начала</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>Заменено %n вхождение</numerusform>
            <numerusform>Заменено %n вхождения</numerusform>
            <numerusform>Заменено %n вхождений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tilmech::FixCommands</name>
    <message>
        <location filename="../src/app/issues/fixcommands.cpp" line="+48"/>
        <source>The page is being checked again; apply the fix in a moment</source>
        <translation>Страница проверяется заново; примените исправление через мгновение</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No fix on this line</source>
        <translation>В этой строке нет исправления</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This issue is gone from the page</source>
        <translation>Этой проблемы на странице больше нет</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing to fix</source>
        <translation>Нечего исправлять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fixed: %1</source>
        <translation>Не исправлено: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fixed: %1</source>
        <translation>Исправлено: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied %1 fixes</source>
        <translation>Применено исправлений: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 left for the next round (%2)</source>
        <translation>; %1 осталось на следующий проход (%2)</translation>
    </message>
</context>
<context>
    <name>Tilmech::HelpCommands</name>
    <message>
        <location filename="../src/app/settings/helpcommands.cpp" line="+20"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Tilmech</source>
        <translation>О программе Tilmech</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;Tilmech %1&lt;/h3&gt;&lt;p&gt;Translate and review localized markdown web pages, with the English page beside the translation and a live preview.&lt;/p&gt;&lt;p&gt;Built with Qt %2, cmark-gfm %3, yaml-cpp %4 and libzip %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tilmech %1&lt;/h3&gt;&lt;p&gt;Перевод и рецензирование локализованных веб-страниц в формате markdown: английская страница рядом с переводом и предпросмотр в реальном времени.&lt;/p&gt;&lt;p&gt;Собрано с использованием Qt %2, cmark-gfm %3, yaml-cpp %4 и libzip %5.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new interface language takes effect the next time Tilmech starts.</source>
        <translation>Новый язык интерфейса вступит в силу при следующем запуске Tilmech.</translation>
    </message>
</context>
<context>
    <name>Tilmech::IssueNavigator</name>
    <message>
        <location filename="../src/app/issues/issuenavigator.cpp" line="+40"/>
        <source>&amp;Next Issue</source>
        <translation>&amp;amp;Следующая проблема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Issue</source>
        <translation>&amp;amp;Предыдущая проблема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;Error</source>
        <translation>Следующая &amp;amp;ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous E&amp;rror</source>
        <translation>Предыдущая о&amp;amp;шибка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next &amp;Untranslated Block</source>
        <translation>Следующий &amp;amp;непереведённый блок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Un&amp;translated Block</source>
        <translation>Предыдущий непере&amp;amp;ведённый блок</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No more in this page or in the other pages</source>
        <translation>Больше нет ни на этой странице, ни на других</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No more in this page; validate the site (F7) to go on to the other pages</source>
        <translation>На этой странице больше нет; проверьте сайт (F7), чтобы перейти к другим страницам</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The page has changed since the site was validated: nothing to go to here</source>
        <translation>Страница изменилась после проверки сайта: здесь переходить не к чему</translation>
    </message>
</context>
<context>
    <name>Tilmech::IssuesModel</name>
    <message>
        <location filename="../src/app/issues/issuesmodel.cpp" line="+50"/>
        <source>%1
English page: %2:%3</source>
        <translation>%1
Английская страница: %2:%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
</context>
<context>
    <name>Tilmech::IssuesPanel</name>
    <message>
        <location filename="../src/app/issues/issuespanel.cpp" line="+31"/>
        <source>All codes</source>
        <translation>Все коды</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>No issues in this page.</source>
        <translation>На этой странице нет проблем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the whole site…</source>
        <translation>Проверяется весь сайт…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole site has not been checked yet: press Validate Site (F7).</source>
        <translation>Весь сайт ещё не проверен: нажмите «Проверить сайт» (F7).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No issues in the whole site.</source>
        <translation>На всём сайте нет проблем.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All severities (%1)</source>
        <translation>Все уровни важности (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors (%1)</source>
        <translation>Предупреждения и ошибки (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only (%1)</source>
        <translation>Только ошибки (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All codes (%1)</source>
        <translation>Все коды (%1)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Open the page and show its issues to apply a fix</source>
        <translation>Чтобы применить исправление, откройте страницу и покажите её проблемы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (Ctrl+.)</source>
        <translation>%1 (Ctrl+.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected issue has no automatic fix</source>
        <translation>У выбранной проблемы нет автоматического исправления</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply Fix: %1</source>
        <translation>Применить исправление: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply Fix</source>
        <translation>Применить исправление</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix All “%1” in This Page (%2)</source>
        <translation>Исправить все «%1» на этой странице (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show in Editor</source>
        <translation>Показать в редакторе</translation>
    </message>
</context>
<context>
    <name>Tilmech::LanguageBar</name>
    <message>
        <location filename="../src/app/pages/languagebar.cpp" line="+15"/>
        <source>The language being translated into</source>
        <translation>Язык, на который выполняется перевод</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The country for @country conditionals and site URLs</source>
        <translation>Страна для условий @country и URL-адресов сайта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language: </source>
        <translation>Язык: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country: </source>
        <translation>Страна: </translation>
    </message>
</context>
<context>
    <name>Tilmech::LiveRender</name>
    <message>
        <location filename="../src/app/preview/liverender.cpp" line="+96"/>
        <source>Fix (Ctrl+. or the light bulb): %1</source>
        <translation>Исправление (Ctrl+. или лампочка): %1</translation>
    </message>
</context>
<context>
    <name>Tilmech::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="+193"/>
        <location line="+315"/>
        <source>Saved %1</source>
        <translation>Файл %1 сохранён</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Site validation cancelled</source>
        <translation>Проверка сайта отменена</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Site validated: %n findings</source>
        <translation>
            <numerusform>Сайт проверен: %n замечание</numerusform>
            <numerusform>Сайт проверен: %n замечания</numerusform>
            <numerusform>Сайт проверен: %n замечаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Open Site Folder</source>
        <translation>Открыть папку сайта</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot Open the Site</source>
        <translation>Не удаётся открыть сайт</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Open a site folder first.</source>
        <translation>Сначала откройте папку сайта.</translation>
    </message>
</context>
<context>
    <name>Tilmech::PageBrowser</name>
    <message>
        <location filename="../src/app/pages/pagebrowser.cpp" line="+95"/>
        <source>Measuring the translation…</source>
        <translation>Перевод измеряется…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1% translated · %2 words left · %3 of %4 pages done</source>
        <translation>%1% переведено · осталось слов: %2 · готово страниц: %3 из %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2% translated, %3 words left</source>
        <translation>%1: %2% переведено, осталось слов: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(top folder)</source>
        <translation>(верхняя папка)</translation>
    </message>
</context>
<context>
    <name>Tilmech::PageEditors</name>
    <message>
        <location filename="../src/app/editor/pageeditors.cpp" line="+33"/>
        <source>English — %1</source>
        <translation>Оригинал — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English — this page has no English file</source>
        <translation>Оригинал — у этой страницы нет английского файла</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — new: %2 (a copy of the English page until you save)</source>
        <translation>%1 — новый файл: %2 (копия английской страницы до сохранения)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Tilmech::PageHistory</name>
    <message>
        <location filename="../src/app/pages/pagehistory.cpp" line="+23"/>
        <source>&amp;Back</source>
        <translation>&amp;amp;Назад</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forward</source>
        <translation>&amp;amp;Вперёд</translation>
    </message>
</context>
<context>
    <name>Tilmech::PageListModel</name>
    <message>
        <location filename="../src/app/pages/pagelistmodel.cpp" line="+182"/>
        <source>%1% translated: %2 of %3 words left, in %4 of %5 blocks</source>
        <translation>%1% переведено: осталось %2 из %3 слов, в %4 из %5 блоков</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>translated</source>
        <translation>переведена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 words left</source>
        <translation>осталось слов: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not measured yet</source>
        <translation>ещё не измерено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outdated</source>
        <translation>устарела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with errors</source>
        <translation>с ошибками</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no English</source>
        <translation>нет оригинала</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+11"/>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>Tilmech::PageSession</name>
    <message>
        <location filename="../src/app/session/pagesession.cpp" line="+28"/>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>the page could not be read when it was opened (%1), so it is not written over</source>
        <translation>не удалось прочитать страницу при открытии (%1), поэтому она не будет перезаписана</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder %1</source>
        <translation>Не удаётся создать папку %1</translation>
    </message>
</context>
<context>
    <name>Tilmech::PaneLayout</name>
    <message>
        <location filename="../src/app/layout/panelayout.cpp" line="+28"/>
        <source>Page &amp;List</source>
        <translation>&amp;amp;Список страниц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English Text</source>
        <translation>&amp;amp;Английский текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translation Text</source>
        <translation>&amp;amp;Текст перевода</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>&amp;amp;Предпросмотр</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Review Mode: Both Previews</source>
        <translation>&amp;amp;Режим проверки: оба предпросмотра</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset &amp;Layout</source>
        <translation>&amp;amp;Сбросить расположение</translation>
    </message>
</context>
<context>
    <name>Tilmech::PreferencesDialog</name>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="+17"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language (%1)</source>
        <translation>Язык системы (%1)</translation>
    </message>
</context>
<context>
    <name>Tilmech::RecoveryCoordinator</name>
    <message>
        <location filename="../src/app/session/recoverycoordinator.cpp" line="+27"/>
        <source>Cannot keep a recovery copy of unsaved work: %1</source>
        <translation>Не удаётся сохранить копию несохранённой работы для восстановления: %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>• %1, %2</source>
        <translation>• %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (the file has changed on disk since)</source>
        <translation> (с тех пор файл изменился на диске)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tilmech closed without saving this work:

%1

Recover it into the editor? Nothing is written to the site until you save.</source>
        <translation>Tilmech был закрыт без сохранения этой работы:

%1

Восстановить её в редакторе? На сайт ничего не будет записано, пока вы не сохраните изменения.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recover Unsaved Work?</source>
        <translation>Восстановить несохранённую работу?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recover</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Решить &amp;позже</translation>
    </message>
</context>
<context>
    <name>Tilmech::SaveCoordinator</name>
    <message>
        <location filename="../src/app/session/savecoordinator.cpp" line="+25"/>
        <source>Cannot Save the Strings</source>
        <translation>Не удаётся сохранить строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The strings were not saved: %1</source>
        <translation>Строки не сохранены: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read-Only File</source>
        <translation>Файл только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is read-only on disk.

Save your text over it anyway? It stays read-only afterwards.</source>
        <translation>%1 на диске доступен только для чтения.

Всё равно сохранить поверх него ваш текст? После этого он останется доступным только для чтения.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+29"/>
        <source>Cannot Save</source>
        <translation>Не удаётся сохранить</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The page was not saved: %1

Your text is still here; fix the problem and save again, or save elsewhere.</source>
        <translation>Страница не сохранена: %1

Ваш текст остался в редакторе; устраните проблему и сохраните снова или сохраните в другое место.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: not saved, it changed on disk</source>
        <translation>%1: не сохранено, файл изменился на диске</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These pages were not saved; their text is still here:

%1</source>
        <translation>Эти страницы не сохранены; их текст остался в редакторе:

%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These pages have unsaved changes:

%1

Save them?</source>
        <translation>На этих страницах есть несохранённые изменения:

%1

Сохранить их?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved Strings</source>
        <translation>Несохранённые строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The strings of %1 have unsaved changes. Save them before switching to %2?</source>
        <translation>В строках локализации %1 есть несохранённые изменения. Сохранить их перед переключением на %2?</translation>
    </message>
</context>
<context>
    <name>Tilmech::SessionStore</name>
    <message>
        <location filename="../src/app/session/sessionstore.cpp" line="+45"/>
        <source>Cannot Open the Page</source>
        <translation>Не удаётся открыть страницу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The page is not opened, so nothing in it can be lost. Fix the file (for example its encoding) in another editor, then open it again.</source>
        <translation>%1

Страница не открыта, поэтому ничего в ней не будет потеряно. Исправьте файл (например, его кодировку) в другом редакторе, а затем откройте его снова.</translation>
    </message>
</context>
<context>
    <name>Tilmech::ShortcutsDialog</name>
    <message>
        <location filename="../src/app/settings/shortcutsdialog.cpp" line="+55"/>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by command or key</source>
        <translation>Фильтр по команде или клавише</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Other commands</source>
        <translation>Другие команды</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In the text editors</source>
        <translation>В текстовых редакторах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut</source>
        <translation>Вырезать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the word before the cursor</source>
        <translation>Удалить слово перед курсором</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the start of the text</source>
        <translation>Перейти в начало текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the end of the text</source>
        <translation>Перейти в конец текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Увеличить масштаб</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Уменьшить масштаб</translation>
    </message>
</context>
<context>
    <name>Tilmech::SiteNavigator</name>
    <message>
        <location filename="../src/app/pages/sitenavigator.cpp" line="+46"/>
        <source>%1 is not a page of this language</source>
        <translation>%1 не является страницей этого языка</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The site has no page at %1</source>
        <translation>На сайте нет страницы по адресу %1</translation>
    </message>
</context>
<context>
    <name>Tilmech::StatusLine</name>
    <message>
        <location filename="../src/app/editor/statusline.cpp" line="+25"/>
        <source>Ln %1, Col %2</source>
        <translation>Стр. %1, стлб. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 errors, %3 warnings · %4 words</source>
        <translation>%1 · ошибок: %2, предупреждений: %3 · слов: %4</translation>
    </message>
</context>
<context>
    <name>Tilmech::StringsModel</name>
    <message>
        <location filename="../src/app/strings/stringsmodel.cpp" line="+139"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>Tilmech::StringsView</name>
    <message>
        <location filename="../src/app/strings/stringsview.cpp" line="+36"/>
        <source>Needs work</source>
        <translation>Требуют доработки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All strings</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+113"/>
        <source>Placeholders and HTML match the English.</source>
        <translation>Заполнители и HTML совпадают с оригиналом.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Cannot Save the Strings</source>
        <translation>Не удаётся сохранить строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The strings were not saved: %1

Your edits are still here.</source>
        <translation>Строки не сохранены: %1

Ваши правки остались в редакторе.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Translation (%1)</source>
        <translation>Перевод (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation (%1) — %2</source>
        <translation>Перевод (%1) — %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not translated yet.</source>
        <translation>Ещё не переведено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 strings</source>
        <translation>Строк: %1 из %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 more in All strings</source>
        <translation>Ещё %1 во «Все строки»</translation>
    </message>
</context>
<context>
    <name>Tilmech::TagInserter</name>
    <message>
        <location filename="../src/app/editor/taginserter.cpp" line="+77"/>
        <source>No tags in the matching English block</source>
        <translation>В соответствующем английском блоке нет тегов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1    — missing here</source>
        <translation>%1    — здесь отсутствует</translation>
    </message>
</context>
<context>
    <name>UnexportableNames</name>
    <message>
        <location filename="../src/core/export/unexportablenames.cpp" line="+25"/>
        <source>This folder&apos;s name is not valid UTF-8, so the bundle leaves out everything in it; rename it in UTF-8</source>
        <translation>Имя этой папки не является корректным UTF-8, поэтому пакет не включает ничего из неё; переименуйте её в UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file&apos;s name is not valid UTF-8, so the bundle leaves it out; rename it in UTF-8</source>
        <translation>Имя этого файла не является корректным UTF-8, поэтому пакет его не включает; переименуйте его в UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder&apos;s name holds a backslash, which links and zips read as a folder separator, so the bundle leaves out everything in it; rename it without one</source>
        <translation>Имя этой папки содержит обратную косую черту, которую ссылки и zip читают как разделитель папок, поэтому пакет не включает ничего из неё; переименуйте её без этого символа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file&apos;s name holds a backslash, which links and zips read as a folder separator, so the bundle leaves it out; rename it without one</source>
        <translation>Имя этого файла содержит обратную косую черту, которую ссылки и zip читают как разделитель папок, поэтому пакет его не включает; переименуйте его без этого символа</translation>
    </message>
</context>
<context>
    <name>UrlChecks</name>
    <message>
        <location filename="../src/core/check/urlchecks.cpp" line="+95"/>
        <source>%1 leads to /%2, which is no page or file of this site; use the path of an existing page</source>
        <translation>%1 ведёт на /%2, но такой страницы или файла на этом сайте нет; укажите путь существующей страницы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the page %2 has no anchor “%3”%4</source>
        <translation>%1: на странице %2 нет якоря «%3»%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (it has no anchors at all)</source>
        <translation> (на ней вообще нет якорей)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; its anchors are: %1</source>
        <translation>; её якоря: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2 turns an absolute URL into the broken path “/%3/%4/%5”; write the URL without %2</source>
        <translation>%1: %2 превращает абсолютный URL в неработающий путь «/%3/%4/%5»; укажите URL без %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: codeorg_url takes a path on code.org such as &apos;/learn&apos;, not a whole URL</source>
        <translation>%1: codeorg_url принимает путь на code.org, например &apos;/learn&apos;, а не полный URL</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: “%2” is not a well-formed URL</source>
        <translation>%1: «%2» не является корректным URL</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is not a valid e-mail address</source>
        <translation>«%1» не является корректным адресом электронной почты</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The link %1 leaves out the country and language; write &lt;%= resolve_url(&apos;%1&apos;) %&gt; instead</source>
        <translation>Ссылка %1 не учитывает страну и язык; вместо неё напишите &lt;%= resolve_url(&apos;%1&apos;) %&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a well-formed URL</source>
        <translation>«%1» не является корректным URL</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This is not a link: markdown needs ] and ( side by side; write %1</source>
        <translation>Это не ссылка: в markdown символы ] и ( должны стоять вплотную; напишите %1</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../src/core/check/validator.cpp" line="+181"/>
        <source> (the English page has the same problem)</source>
        <translation> (на английской странице та же проблема)</translation>
    </message>
</context>
<context>
    <name>ViewLibrary</name>
    <message>
        <location filename="../src/core/template/viewlibrary.cpp" line="+159"/>
        <source>Tilmech cannot interpret %1 (%2); the preview shows a placeholder here on every page that uses this view</source>
        <translation>Tilmech не может истолковать %1 (%2); в предпросмотре здесь показан заполнитель на каждой странице, использующей это представление</translation>
    </message>
</context>
<context>
    <name>WideTableRows</name>
    <message>
        <location filename="../src/core/markdown/widetablerows.cpp" line="+89"/>
        <source>This table row has more than %1 cells, more than Tilmech renders as a table; the preview and the export show it as text. Split the table into narrower ones</source>
        <translation>В этой строке таблицы больше %1 ячеек — больше, чем Tilmech отображает как таблицу; предпросмотр и экспорт показывают её как текст. Разбейте таблицу на несколько более узких</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+40"/>
        <source>Translate and review localized markdown web pages.</source>
        <translation>Перевод и рецензирование локализованных веб-страниц в формате markdown.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write FILE once the first preview is shown.</source>
        <translation>Записать FILE, как только будет показан первый предпросмотр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start in the pages or the strings view.</source>
        <translation>Открыть при запуске представление страниц или строк.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of the interface for this run (en, ky, ru).</source>
        <translation>Язык интерфейса для этого запуска (en, ky, ru).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANG</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this page of the site (for example how-to/index).</source>
        <translation>Открыть эту страницу сайта (например, how-to/index).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAGE</source>
        <translation>СТРАНИЦА</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SITE</source>
        <translation>САЙТ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site folder to open.</source>
        <translation>Папка сайта, которую нужно открыть.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[SITE]</source>
        <translation>[САЙТ]</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The site has no page “%1”</source>
        <translation>На сайте нет страницы «%1»</translation>
    </message>
    <message>
        <location filename="../src/cli/main.cpp" line="+19"/>
        <source>Usage: tilmech-cli COMMAND [OPTIONS]

Commands:
  render    Render pages of a site to HTML
  validate  Check pages and locale strings of a site
  strings   List or set the locale strings of a language
  export    Export pages as an HTML bundle (folder, manifest, zip)

Run &quot;tilmech-cli COMMAND --help&quot; for the options of a command.
Options:
  -h, --help     Show this help
  -v, --version  Show the version
</source>
        <translation>Использование: tilmech-cli COMMAND [OPTIONS]

Команды:
  render    Преобразовать страницы сайта в HTML
  validate  Проверить страницы и строки локализации сайта
  strings   Вывести или задать строки локализации языка
  export    Экспортировать страницы в пакет HTML (папка, манифест, zip)

Запустите &quot;tilmech-cli COMMAND --help&quot;, чтобы узнать параметры команды.
Параметры:
  -h, --help     Показать эту справку
  -v, --version  Показать версию
</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no command given</source>
        <translation>команда не указана</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Qt %1, cmark-gfm %2, yaml-cpp %3, libzip %4
</source>
        <translation>Qt %1, cmark-gfm %2, yaml-cpp %3, libzip %4
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда &quot;%1&quot;</translation>
    </message>
</context>
</TS>
