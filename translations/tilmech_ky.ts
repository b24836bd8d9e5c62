<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG">
<context>
    <name>ActiveContentChecks</name>
    <message>
        <location filename="../src/core/check/activecontentchecks.cpp" line="+354"/>
        <source>The string “%1” in i18n/%2.yml holds %3, which its English text does not have; a browser would run or load it here. Remove it in the strings view</source>
        <translation>i18n/%2.yml ичиндеги “%1” сабында %3 бар, ал эми англисче текстинде жок; браузер аны бул жерде иштетип же жүктөп алмак. Аны тил саптары көрүнүшүндө алып салыңыз</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This &lt;script&gt; is not in the English page; a browser opening the exported page would run it. Remove it</source>
        <translation>Бул &lt;script&gt; англисче баракта жок; экспорттолгон баракты ачкан браузер аны иштетип жиберет. Аны алып салыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The attribute %1 runs script in the reader&apos;s browser and the English page has no %1 here; remove the attribute</source>
        <translation>%1 атрибуту окурмандын браузеринде скрипт иштетет, ал эми англисче баракта бул жерде %1 жок; атрибутту алып салыңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 uses a %2: URL, which runs script or loads hidden content, and the English page has none; use the English page&apos;s link (an http(s) or site URL)</source>
        <translation>%1 %2: URL колдонот, ал скрипт иштетет же жашыруун мазмунду жүктөйт, ал эми англисче баракта андай жок; англисче барактагы шилтемени колдонуңуз (http(s) же сайттын URL&apos;и)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This &lt;%1&gt; embeds another page or program and is not in the English page; remove it</source>
        <translation>Бул &lt;%1&gt; башка баракты же программаны ичине салат жана англисче баракта жок; аны алып салыңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This &lt;meta http-equiv&gt; can redirect readers or change the page&apos;s rules and is not in the English page; remove it</source>
        <translation>Бул &lt;meta http-equiv&gt; окурмандарды башка жакка багыттап же барактын эрежелерин өзгөртө алат жана англисче баракта жок; аны алып салыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &lt;base&gt; changes where every link of the page leads and is not in the English page; remove it</source>
        <translation>Бул &lt;base&gt; барактагы ар бир шилтеме кайда алып барарын өзгөртөт жана англисче баракта жок; аны алып салыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This &lt;form&gt; sends what readers type to another address and is not in the English page; remove it</source>
        <translation>Бул &lt;form&gt; окурмандар жазгандарды башка дарекке жөнөтөт жана англисче баракта жок; аны алып салыңыз</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../src/core/strings/catalog.cpp" line="+194"/>
        <source>Cannot read the locale strings: %1</source>
        <translation>Тил саптарын окуу мүмкүн эмес: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The locale strings expand to more than %1 keys or %2 MiB of text, far more than any real catalog: YAML aliases (*name) repeat what their anchor (&amp;name) holds, and those on this line go past the limit. Write the strings out without anchors and aliases; Tilmech does not use this file until then</source>
        <translation>Тил саптары %1 ачкычтан же %2 МиБ тексттен ашык болуп жайылат, бул чыныгы каталогдордон алда канча көп: YAML лакап аттары (*name) өз якорунун (&amp;name) мазмунун кайталайт, жана ушул саптагылар чектен ашат. Саптарды якорсуз жана лакап атсыз толук жазыңыз; ага чейин Tilmech бул файлды колдонбойт</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The file holds a control character (byte 0x%1) on this line, which YAML does not allow in text; remove it, or restore the file from a good copy</source>
        <translation>Файлдын бул сабында башкаруучу белги бар (0x%1 байты), YAML аны текстте колдонууга жол бербейт; аны өчүрүңүз же файлды бузулбаган көчүрмөдөн калыбына келтириңиз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is not valid UTF-8 on this line; save it as UTF-8 in a text editor</source>
        <translation>Файлдын бул сабы жарактуу UTF-8 эмес; файлды текст редакторунда UTF-8 катары сактаңыз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The locale strings are not valid YAML: %1; fix the file at this place (quote values that contain &quot;: &quot; or start with a special character). Tilmech will not write this file until it reads again</source>
        <translation>Тил саптары жарактуу YAML эмес: %1; файлды ушул жерден оңдоңуз (&quot;: &quot; камтыган же атайын белги менен башталган маанилерди тырмакчага алыңыз). Файл кайра окула баштамайынча, Tilmech ага жазбайт</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The locale strings must be a map with the language as its only key</source>
        <translation>Тил саптары YAML map болушу керек жана анын жалгыз ачкычы тил болушу керек</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>it has a second root key on line %1</source>
        <translation>анын %1-сабында экинчи түпкү ачкыч бар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second root key &quot;%1&quot;: the site reads only the first one; move its strings under &quot;%2:&quot;</source>
        <translation>Экинчи түпкү ачкыч &quot;%1&quot;: сайт биринчисин гана окуйт; анын саптарын &quot;%2:&quot; астына жылдырыңыз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The root key is &quot;%1&quot; but the file is for language &quot;%2&quot;; rename the first line to &quot;%2:&quot;</source>
        <translation>Түпкү ачкыч — &quot;%1&quot;, бирок файл &quot;%2&quot; тили үчүн; биринчи сапты &quot;%2:&quot; деп өзгөртүңүз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Under &quot;%1:&quot; there must be &quot;key: value&quot; lines, indented; the file has a single value there instead</source>
        <translation>&quot;%1:&quot; астында чегинүү менен жазылган &quot;ачкыч: маани&quot; саптары болушу керек; файлда анын ордуна бир гана маани турат</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Line %1 is not &quot;key: value&quot; (the key &quot;%2&quot; has no colon on its line); fix the line in a text editor</source>
        <translation>%1-сап &quot;ачкыч: маани&quot; түрүндө эмес (&quot;%2&quot; ачкычынын сабында кош чекит жок); сапты текст редакторунда оңдоңуз</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 is not &quot;key: value&quot; at the start of the line (the key &quot;%2&quot; comes after other text); fix the line in a text editor</source>
        <translation>%1-сап саптын башында «ачкыч: маани» эмес («%2» ачкычы башка тексттен кийин келет); сапты текст редакторунда оңдоңуз</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the value of line %1 is on the line after its key</source>
        <translation>%1-саптын мааниси ачкычтан кийинки сапта турат</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>line %1 uses a YAML anchor, alias or tag</source>
        <translation>%1-сапта YAML якорь, псевдоним (alias) же тег колдонулган</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quote (%1) that opens the value of &quot;%2&quot; is never closed; close it at the end of the value</source>
        <translation>&quot;%2&quot; маанисин ачкан тырмакча (%1) жабылган эмес; аны маанинин аягында жабыңыз</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The key &quot;%1&quot; is defined again (first on line %2); the site uses this last value, so delete the other one</source>
        <translation>&quot;%1&quot; ачкычы кайра аныкталган (биринчи жолу %2-сапта); сайт ушул акыркы маанини колдонот, ошондуктан башкасын өчүрүңүз</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <location filename="../src/core/strings/catalogeditor.cpp" line="+285"/>
        <source>%1 is not valid YAML (line %2); fix it in a text editor first, Tilmech does not write a file it cannot read</source>
        <translation>%1 жарактуу YAML эмес (%2-сап); адегенде аны текст редакторунда оңдоңуз: Tilmech өзү окуй албаган файлга жазбайт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be changed line by line: %2. Fix that in a text editor first</source>
        <translation>%1 файлын сапма-сап өзгөртүү мүмкүн эмес: %2. Адегенде муну текст редакторунда оңдоңуз</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>&quot;%1&quot; holds other strings, not text</source>
        <translation>&quot;%1&quot; текстти эмес, башка саптарды камтыйт</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>two changes overlap in %1</source>
        <translation>%1 ичинде эки өзгөртүү бири-бири менен кесилишет</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 cannot be changed safely: after the change &quot;%2&quot; would not read back as written. Check the file for a line that is not &quot;key: value&quot;, fix it in a text editor, and try again</source>
        <translation>%1 файлын коопсуз өзгөртүү мүмкүн эмес: өзгөртүүдөн кийин &quot;%2&quot; жазылгандай окулбай калат. Файлдан &quot;ачкыч: маани&quot; түрүндө эмес сапты таап, аны текст редакторунда оңдоңуз да, кайра аракет кылыңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the whole file)</source>
        <translation>(бүт файл)</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <location filename="../src/cli/cliexport.cpp" line="+17"/>
        <source>Export the pages of one or more languages as an HTML bundle for upload: OUT/&lt;lang&gt;/&lt;page&gt;.html, the files they use, manifest.json, and a zip if asked. Pages with errors stop the export unless --with-errors is given; a non-empty folder not made by Tilmech is replaced only with --replace. OUT and the zip may not be the site folder, hold it or lie inside it.</source>
        <translation>Бир же бир нече тилдин барактарын жүктөө үчүн HTML топтому катары экспорттоо: OUT/&lt;lang&gt;/&lt;page&gt;.html, алар колдонгон файлдар, manifest.json жана суралса zip. Катасы бар барактар экспортту токтотот, эгер --with-errors берилбесе; Tilmech жасабаган бош эмес папка --replace менен гана алмаштырылат. OUT жана zip сайттын папкасы боло албайт, аны камтый албайт жана анын ичинде жата албайт.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site folder.</source>
        <translation>Сайттын папкасы.</translation>
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
        <translation>Тилдер: ky, ky,ru же all (демейки).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANGS</source>
        <translation>LANGS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle folder.</source>
        <translation>Топтомдун папкасы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also write a zip of the bundle.</source>
        <translation>Топтомдун zip архивин да жазуу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export although pages have errors (the manifest says so).</source>
        <translation>Барактарда ката болсо да экспорттоо (manifest муну белгилейт).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the contents of OUT although Tilmech did not make it.</source>
        <translation>OUT папкасын Tilmech жасабаса да, анын мазмунун алмаштыруу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same as --with-errors (deprecated); it does not replace.</source>
        <translation>--with-errors менен бирдей (эскирген); эч нерсени алмаштырбайт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The live site, for links to pages outside the bundle.</source>
        <translation>Топтомго кирбеген барактарга шилтемелер үчүн иштеп турган сайт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no bundle folder given: add --out DIR</source>
        <translation>топтомдун папкасы көрсөтүлгөн жок: --out DIR кошуңуз</translation>
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
        <translation>tilmech-cli: %3 папкасына %1 барак жана %2 файл экспорттолду (%4 ката, %5 эскертүү)%6
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; zip: %1</source>
        <translation>; zip: %1</translation>
    </message>
</context>
<context>
    <name>CliFix</name>
    <message>
        <location filename="../src/cli/clifix.cpp" line="+46"/>
        <source>cannot fix %1: %2</source>
        <translation>%1 оңдолбойт: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not fixed [%2]: %3
</source>
        <translation>%1: оңдолгон жок [%2]: %3
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write %1: %2</source>
        <translation>%1 жазылбайт: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: would fix [%2]: %3
</source>
        <translation>%1: оңдолмок [%2]: %3
</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: fixed [%2]: %3
</source>
        <translation>%1: оңдолду [%2]: %3
</translation>
    </message>
</context>
<context>
    <name>CliRender</name>
    <message>
        <location filename="../src/cli/clirender.cpp" line="+25"/>
        <source>%1 is not a page file of the site %2</source>
        <translation>%1 — %2 сайтынын барак файлы эмес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no such file</source>
        <translation>%1: мындай файл жок</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the site has no page &quot;%1&quot;</source>
        <translation>сайтта &quot;%1&quot; барагы жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; did you mean: %1?</source>
        <translation>; %1 дегиңиз келдиби?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the page &quot;%1&quot; has no file in language &quot;%2&quot;; it exists in: %3</source>
        <translation>&quot;%1&quot; барагынын &quot;%2&quot; тилиндеги файлы жок; ал бар тилдер: %3</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Render pages of a site to HTML as the live site shows them.
PAGE is a logical page name (promote/press-kit) or the path of one page file, which picks that file variant. When a logical page has several files, the first of .md, .md.partial, .erb.md, .md.erb is used (for a translation: the file with the same variant as the English one, if there is one).</source>
        <translation>Сайттын барактарын иштеп турган сайт көрсөткөндөй HTML форматына айлантат.
PAGE — барактын логикалык аты (promote/press-kit) же бир барак файлынын жолу; жол көрсөтүлсө, ошол файлдын варианты тандалат. Логикалык барактын бир нече файлы болсо, .md, .md.partial, .erb.md, .md.erb ичинен биринчиси колдонулат (котормо үчүн: эгер бар болсо, англисче файл менен бирдей варианттагы файл).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site folder.</source>
        <translation>Сайттын папкасы.</translation>
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
        <translation>Барактын тили (демейки: en).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country for @country conditionals and site URLs (default: the language&apos;s).</source>
        <translation>@country шарттары жана сайттын URL даректери үчүн өлкө (демейки: тилдин өлкөсү).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the page body without the layout.</source>
        <translation>Барактын мазмунун макетсиз (layout) жазуу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write each page to DIR/&lt;page&gt;.html.</source>
        <translation>Ар бир баракты DIR/&lt;page&gt;.html файлына жазуу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark each block with the lines of the page file it comes from (data-sourcepos), as the preview does.</source>
        <translation>Ар бир блокту ал келген барак файлынын саптары менен белгилөө (data-sourcepos), алдын ала көрүүдөгүдөй.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages to render.</source>
        <translation>HTML форматына айлантыла турган барактар.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>no PAGE given; name a page such as promote/press-kit</source>
        <translation>PAGE көрсөтүлгөн жок; promote/press-kit сыяктуу барактын атын жазыңыз</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n pages given: use --out DIR to write them to files</source>
        <translation>
            <numerusform>%n барак көрсөтүлдү: аларды файлдарга жазуу үчүн --out DIR колдонуңуз</numerusform>
            <numerusform>%n барак көрсөтүлдү: аларды файлдарга жазуу үчүн --out DIR колдонуңуз</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--country takes a two-letter lower-case code such as kg, not &quot;%1&quot;</source>
        <translation>--country &quot;%1&quot; эмес, kg сыяктуу кичине тамгалар менен жазылган эки тамгалык кодду кабыл алат</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot create the folder %1</source>
        <translation>%1 папкасын түзүү мүмкүн эмес</translation>
    </message>
</context>
<context>
    <name>CliStrings</name>
    <message>
        <location filename="../src/cli/clistrings.cpp" line="+37"/>
        <source>argument %1 is not valid UTF-8 (byte %2); give it in UTF-8</source>
        <translation>%1 аргументу жарактуу UTF-8 эмес (%2-байт); аны UTF-8 менен бериңиз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value of --set %1 is not valid UTF-8 (byte %2); nothing was changed. Give the value in UTF-8</source>
        <translation>--set %1 маанисиндеги текст жарактуу UTF-8 эмес (%2-байт); эч нерсе өзгөртүлгөн жок. Маанини UTF-8 менен бериңиз</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>List the locale strings of a language beside English with their state (missing, empty, same as English, placeholder mismatch, HTML differs, not in English), or change values with --set. Changes rewrite only the changed values&apos; lines.</source>
        <translation>Тилдин саптарын англисче саптар менен катар, абалын көрсөтүп тизмелейт (жок, бош, англисчедей эле, орун толтургучтар дал келбейт, HTML айырмаланат, англисчеде жок) же --set аркылуу маанилерди өзгөртөт. Өзгөртүүлөр өзгөргөн маанилердин саптарын гана кайра жазат.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site folder.</source>
        <translation>Сайттын папкасы.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language.</source>
        <translation>Тил.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List only strings that need work (the default).</source>
        <translation>Иш талап кылган саптарды гана тизмелөө (демейки).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every string.</source>
        <translation>Бардык саптарды тизмелөө.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text or json.</source>
        <translation>text же json.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set KEY to VALUE (may be given several times).</source>
        <translation>KEY ачкычына VALUE маанисин берүү (бир нече жолу көрсөтүлүшү мүмкүн).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown --format &quot;%1&quot;; use text or json</source>
        <translation>белгисиз --format &quot;%1&quot;; text же json колдонуңуз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--missing and --all exclude each other</source>
        <translation>--missing жана --all бирге колдонулбайт</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>name the language with --lang, e.g. --lang ky</source>
        <translation>тилди --lang аркылуу көрсөтүңүз, мисалы: --lang ky</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>--set takes KEY=VALUE, not &quot;%1&quot;</source>
        <translation>--set &quot;%1&quot; эмес, KEY=VALUE түрүн кабыл алат</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>i18n/en.yml has no string &quot;%1&quot;; add it to the English strings first</source>
        <translation>i18n/en.yml ичинде &quot;%1&quot; сабы жок; адегенде аны англисче саптарга кошуңуз</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1:%2: %3 set
</source>
        <translation>%1:%2: %3 орнотулду
</translation>
    </message>
</context>
<context>
    <name>CliUtil</name>
    <message>
        <location filename="../src/cli/cliutil.cpp" line="+48"/>
        <source>no site folder given: add --site DIR</source>
        <translation>сайттын папкасы көрсөтүлгөн жок: --site DIR кошуңуз</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the site has no language &quot;%1&quot;; it has: %2</source>
        <translation>сайтта &quot;%1&quot; тили жок; бар тилдер: %2</translation>
    </message>
</context>
<context>
    <name>CliValidate</name>
    <message>
        <location filename="../src/cli/clivalidate.cpp" line="+148"/>
        <source>Check pages and locale strings of a site. A translation is checked against its English page; --lang en checks the English pages alone.
PAGE is a logical page name (all its files in the chosen languages) or the path of one page file. Without PAGE every page is checked, and so are the locale strings of each language.</source>
        <translation>Сайттын барактарын жана тил саптарын текшерет. Котормо өзүнүн англисче барагы менен салыштырылып текшерилет; --lang en англисче барактарды гана текшерет.
PAGE — барактын логикалык аты (тандалган тилдердеги анын бардык файлдары) же бир барак файлынын жолу. PAGE көрсөтүлбөсө, бардык барактар, ошондой эле ар бир тилдин тил саптары текшерилет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site folder.</source>
        <translation>Сайттын папкасы.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Languages to check: one (ky), a list (ky,ru), all translations (all, the default), or en for the English pages.</source>
        <translation>Текшериле турган тилдер: бир тил (ky), тизме (ky,ru), бардык котормолор (all, демейки) же англисче барактар үчүн en.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LANGS</source>
        <translation>LANGS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report format: text, json, sarif or junit.</source>
        <translation>Отчеттун форматы: text, json, sarif же junit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out findings below LEVEL: info, warning or error (default: info).</source>
        <translation>LEVEL деңгээлинен төмөн табылгаларды көрсөтпөө: info, warning же error (демейки: info).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LEVEL</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Country for @country conditionals and site URLs (default: the language&apos;s).</source>
        <translation>@country шарттары жана сайттын URL даректери үчүн өлкө (демейки: тилдин өлкөсү).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List every diagnostic code and exit.</source>
        <translation>Бардык диагностикалык коддорду тизмелеп, чыгуу.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply the fixes findings carry to the page files, say what changed, and report what is left.</source>
        <translation>Табылгалардын оңдоолорун барак файлдарына колдонуу, эмне өзгөргөнүн айтуу жана калганын билдирүү.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --fix: print the changes as a patch, write nothing.</source>
        <translation>--fix менен: өзгөртүүлөрдү патч катары чыгаруу, эч нерсе жазбоо.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pages to check (default: all).</source>
        <translation>Текшериле турган барактар (демейки: баары).</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>| code | area | severity | meaning |</source>
        <translation>| код | тармак | деңгээл | мааниси |</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>fixes to apply: %1, in files: %2</source>
        <translation>колдонула турган оңдоолор: %1, файлдарда: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixes applied: %1, files changed: %2</source>
        <translation>колдонулган оңдоолор: %1, өзгөргөн файлдар: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--dry-run goes with --fix</source>
        <translation>--dry-run --fix менен гана колдонулат</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown --format &quot;%1&quot;; use text, json, sarif or junit</source>
        <translation>белгисиз --format &quot;%1&quot;; text, json, sarif же junit колдонуңуз</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>unknown --min-severity &quot;%1&quot;; use info, warning or error</source>
        <translation>белгисиз --min-severity &quot;%1&quot;; info, warning же error колдонуңуз</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>the site has no translations to check; use --lang en to check the English pages</source>
        <translation>сайтта текшере турган котормолор жок; англисче барактарды текшерүү үчүн --lang en колдонуңуз</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>%1 is not a page file of the site</source>
        <translation>%1 — сайттын барак файлы эмес</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the site has no page &quot;%1&quot;</source>
        <translation>сайтта &quot;%1&quot; барагы жок</translation>
    </message>
</context>
<context>
    <name>ContentChecks</name>
    <message>
        <location filename="../src/core/check/contentchecks.cpp" line="+306"/>
        <source>Same as the English: this block is not translated yet</source>
        <translation>Англисчеси менен бирдей: бул блок али которула элек</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the English has %1</source>
        <translation>англисчеде: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the translation has %1</source>
        <translation>котормодо: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The numbers differ from the English block (%1); check the figures</source>
        <translation>Сандар англисче блоктогудан айырмаланат (%1); сандарды текшериңиз</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>“%1” mixes Latin and Cyrillic letters (Latin in brackets: %2); retype them in one alphabet</source>
        <translation>“%1” сөзүндө латын жана кирилл тамгалары аралашкан (латын тамгалары кашаада: %2); аларды бир алфавитте кайра териңиз</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Doubled or trailing spaces; remove them</source>
        <translation>Кош боштуктар же сап аягындагы боштуктар; аларды өчүрүңүз</translation>
    </message>
</context>
<context>
    <name>DiagnosticCatalog</name>
    <message>
        <location filename="../src/core/check/diagnosticcatalog.cpp" line="+11"/>
        <source>An ERB tag or include is opened with &lt;% or {{ and never closed.</source>
        <translation>ERB теги же include &lt;% же {{ менен ачылып, жабылган эмес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %&gt; with no &lt;% before it.</source>
        <translation>Алдында &lt;% жок %&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An if without end, or an elsif, else or end without its if.</source>
        <translation>end жок if, же өзүнүн if жок elsif, else же end.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag that is not valid Ruby: the live site fails to render the page.</source>
        <translation>Жарактуу Ruby коду болбогон тег: иштеп турган сайт баракты көрсөтө албайт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag calls a method that is not one of the site&apos;s helpers.</source>
        <translation>Тег сайттын жардамчы функцияларына (helpers) кирбеген методду чакырат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ruby code that Tilmech does not evaluate; the preview shows a placeholder.</source>
        <translation>Tilmech аткарбаган Ruby коду; алдын ала көрүүдө анын ордуна орун толтургуч көрсөтүлөт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database query: the live site shows rows here; the preview shows none and marks the place.</source>
        <translation>Маалымат базасына суроо: иштеп турган сайт бул жерде базадагы саптарды көрсөтөт; алдын ала көрүү аларды көрсөтпөйт, ордун гана белгилейт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A helper is called with arguments of the wrong kind or number.</source>
        <translation>Жардамчы функция туура эмес түрдөгү же сандагы аргументтер менен чакырылган.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag damaged in translation: typographic quotes, a lost &lt;, spaces in a helper name, a full-width percent sign. The fix is the exact tag to write.</source>
        <translation>Которууда бузулган тег: типографиялык тырмакчалар, жоголгон &lt;, жардамчы функциянын атындагы боштуктар, толук туурадагы пайыз белгиси. Оңдоо катары так жазылышы керек болгон тег сунушталат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tag that this kind of file does not evaluate (ERB in .md.partial, {{ }} elsewhere); the live site shows it as text.</source>
        <translation>Бул түрдөгү файл аткарбаган тег (.md.partial ичиндеги ERB, башка файлдардагы {{ }}); иштеп турган сайт аны текст катары көрсөтөт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tag of an .erb.md page outside raw HTML: markdown runs first there, so the live site prints the tag as text or mangles the link address it is in.</source>
        <translation>.erb.md барагындагы чийки HTMLдин сыртындагы тег: ал жерде адегенде markdown иштейт, ошондуктан иштеп турган сайт тегди текст катары чыгарат же ал турган шилтеменин дарегин бузат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An include or view names no partial in views/ (the live site prints nothing, or fails).</source>
        <translation>include же view views/ папкасында жок partial файлын көрсөтөт (иштеп турган сайт эч нерсе чыгарбайт же иштебей калат).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An include whose name is not a partial path.</source>
        <translation>Аты partial файлынын жолу болбогон include.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The views and includes of a page expand past Tilmech&apos;s limit (20,000 views or 16 MiB): a view that includes itself, directly or through other views. Reported on the page&apos;s tag; the preview shows a placeholder there.</source>
        <translation>Барактын көрүнүштөрү жана кошумчалары Tilmech&apos;тин чегинен (20 000 көрүнүш же 16 МиБ) ашып жайылат: көрүнүш өзүн түз же башка көрүнүштөр аркылуу кошот. Барактын тегинде билдирилет; алдын ала көрүүдө ал жерде орун толтургуч көрсөтүлөт.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A tag of the English page is missing from the translation.</source>
        <translation>Англисче барактагы тег котормодо жок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A tag of the translation equals no tag of the English page and is not on the allow-list. The preview and export show what the live site would show for it where Tilmech can interpret it, and leave it out otherwise.</source>
        <translation>Котормодогу тег англисче барактын эч бир тегине барабар эмес жана уруксат тизмесинде жок. Tilmech аны түшүнө алса, алдын ала көрүү жана экспорт иштеп турган сайт эмне көрсөтөрүн көрсөтөт, болбосо аны калтырып кетет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tag of the translation is a changed copy of an English tag (same helper, other arguments).</source>
        <translation>Котормодогу тег англисче тегдин өзгөртүлгөн көчүрмөсү (ошол эле жардамчы функция, башка аргументтер).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An allow-listed tag that the English page does not have.</source>
        <translation>Уруксат тизмесинде бар, бирок англисче баракта жок тег.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A link of the translation points elsewhere than the matching English link.</source>
        <translation>Котормодогу шилтеме тиешелүү англисче шилтемеден башка жакка багытталган.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The images of a block differ from the English block.</source>
        <translation>Блоктогу сүрөттөр англисче блоктогудан айырмаланат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A site URL names a page that the site does not have.</source>
        <translation>Сайттын URL дареги сайтта жок баракты көрсөтөт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A #fragment names no anchor (id= or name=) of the target page as rendered.</source>
        <translation>#fragment көрсөткөн якорь (id= же name=) HTML форматына айлантылган максаттуу баракта жок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolve_url is given an absolute URL that is not code.org; the live site turns it into a broken path.</source>
        <translation>resolve_url функциясына code.org эмес абсолюттук URL берилген; иштеп турган сайт аны бузук жолго айлантат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A URL or mailto: address that is not well formed.</source>
        <translation>Туура эмес түзүлгөн URL же mailto: дареги.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A link written &quot;[text] (url)&quot;: the space stops markdown from making a link.</source>
        <translation>&quot;[text] (url)&quot; түрүндө жазылган шилтеме: боштуктан улам markdown шилтеме түзбөйт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A site-relative link written without resolve_url loses the country and language.</source>
        <translation>resolve_url колдонулбай жазылган, сайтка салыштырмалуу шилтеме өлкөнү жана тилди жоготот.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An HTML tag whose attribute quote or closing &gt; is missing.</source>
        <translation>Атрибутунун тырмакчасы же жабуучу &gt; белгиси жок HTML теги.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &lt; at the end of a line: an HTML tag split in two.</source>
        <translation>Сап аягындагы &lt;: HTML теги экиге бөлүнүп калган.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An &lt;a&gt;, &lt;div&gt; or other element opened and never closed.</source>
        <translation>Ачылып, бирок жабылбаган &lt;a&gt;, &lt;div&gt; же башка элемент.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &lt;script&gt; in a translation that its English page does not have.</source>
        <translation>Котормодогу &lt;script&gt;, ал англисче баракта жок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event handler attribute (onerror=, onload=, any on…=) that the English page does not have.</source>
        <translation>Англисче баракта жок окуя иштеткич атрибуту (onerror=, onload=, ар кандай on…=).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A javascript:, vbscript: or data: URL in a link, image or HTML attribute that the English page does not have (character references, blanks and line breaks read as a browser reads them).</source>
        <translation>Шилтемедеги, сүрөттөгү же HTML атрибутундагы англисче баракта жок javascript:, vbscript: же data: URL (символ шилтемелери, боштуктар жана сап которуулар браузер окугандай окулат).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An &lt;iframe&gt;, &lt;object&gt;, &lt;embed&gt;, &lt;frame&gt; or &lt;applet&gt; that the English page does not have.</source>
        <translation>Англисче баракта жок &lt;iframe&gt;, &lt;object&gt;, &lt;embed&gt;, &lt;frame&gt; же &lt;applet&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &lt;meta http-equiv&gt; (a redirect or a change of the page&apos;s rules) that the English page does not have.</source>
        <translation>Англисче баракта жок &lt;meta http-equiv&gt; (башка жакка багыттоо же барактын эрежелерин өзгөртүү).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &lt;base&gt; that the English page does not have: it changes where every link leads.</source>
        <translation>Англисче баракта жок &lt;base&gt;: ал ар бир шилтеме кайда алып барарын өзгөртөт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A &lt;form&gt; that the English page does not have: it sends what readers type elsewhere.</source>
        <translation>Англисче баракта жок &lt;form&gt;: ал окурмандар жазгандарды башка жакка жөнөтөт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A hoc_s key missing (or empty) in the page language: the English text is shown.</source>
        <translation>Барактын тилинде hoc_s ачкычы жок (же бош): англисче текст көрсөтүлөт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A hoc_s key that no language has: the live site prints nothing.</source>
        <translation>Эч бир тилде жок hoc_s ачкычы: иштеп турган сайт эч нерсе чыгарбайт.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %{name} placeholders of a translated string differ from the English ones.</source>
        <translation>Которулган саптагы %{name} орун толтургучтары англисчедегилерден айырмаланат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A translated string that is empty (the English is shown).</source>
        <translation>Которулган, бирок бош сап (англисчеси көрсөтүлөт).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key defined twice in a locale file; the last value wins.</source>
        <translation>Тил саптарынын файлында эки жолу аныкталган ачкыч; акыркы мааниси колдонулат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A locale file that is not UTF-8 text (invalid UTF-8 or NUL bytes); Tilmech does not edit it.</source>
        <translation>UTF-8 текст болбогон тил саптарынын файлы (жараксыз UTF-8 же NUL байттары); Tilmech аны түзөтпөйт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A line of a locale file that is not &quot;key: value&quot; (a key without its colon on its own line); Tilmech does not edit such a file.</source>
        <translation>Тил саптарынын файлындагы &quot;ачкыч: маани&quot; түрүндө болбогон сап (өз сабында кош чекити жок ачкыч); Tilmech мындай файлды түзөтпөйт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root key of a locale file is not its language.</source>
        <translation>Тил саптарынын файлынын түпкү ачкычы анын тили эмес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A locale file with more than one root key.</source>
        <translation>Бирден ашык түпкү ачкычы бар тил саптарынын файлы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A locale file that is not valid YAML.</source>
        <translation>Жарактуу YAML болбогон тил саптарынын файлы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A locale file that is not a YAML map.</source>
        <translation>YAML map болбогон тил саптарынын файлы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A locale file that cannot be read.</source>
        <translation>Окуу мүмкүн болбогон тил саптарынын файлы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A locale file whose YAML aliases expand past 500,000 keys or 64 MiB of text; Tilmech does not use it.</source>
        <translation>YAML лакап аттары 500 000 ачкычтан же 64 МиБ тексттен ашып жайылган тил файлы; Tilmech аны колдонбойт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The translation has another number of headings than the English page.</source>
        <translation>Котормодогу баш сөздөрдүн саны англисче барактагыдан башкача.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An English heading became a bold paragraph.</source>
        <translation>Англисче баш сөз жоон шрифттеги абзацка айланып калган.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The translation has another number of list items.</source>
        <translation>Котормодогу тизме пункттарынын саны башкача.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The translation has another number of table rows.</source>
        <translation>Котормодогу таблица саптарынын саны башкача.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The translation has another number of code blocks.</source>
        <translation>Котормодогу код блокторунун саны башкача.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block with an unpaired ** or _ emphasis marker.</source>
        <translation>Жупсуз ** же _ белгилөө маркери бар блок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A one-line paragraph in square brackets that is no class or id name: the live site turns it into an empty div, so its text vanishes.</source>
        <translation>Класстын же id&apos;нин аты болбогон, чарчы кашаага алынган бир саптуу абзац: иштеп турган сайт аны бош div&apos;ге айлантат, ошондуктан анын тексти жоголот.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A table row with more than 1,000 cells: Tilmech shows it as text, not as a table (cmark-gfm&apos;s table parser slows down with the square of the cells).</source>
        <translation>1 000ден ашык уячасы бар таблица сабы: Tilmech аны таблица катары эмес, текст катары көрсөтөт (cmark-gfm&apos;дин таблица талдагычы уячалардын санынын квадратына жараша жайлайт).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A link or image address with a space: the live site still makes the link, with the space as %20, so it is broken.</source>
        <translation>Боштугу бар шилтеменин же сүрөттүн дареги: иштеп турган сайт баары бир шилтеме жасайт, боштукту %20 кылып, ошондуктан шилтеме иштебейт.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Underscores inside words (Hour_of_Code) that the live site pairs into emphasis: the text between them shows in italics and the underscores vanish.</source>
        <translation>Сөздүн ичиндеги астынкы сызыктар (Hour_of_Code), аларды иштеп турган сайт жуптап курсивге айлантат: алардын ортосундагы текст курсив менен көрүнөт, ал эми астынкы сызыктар жоголот.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A malformed inline HTML tag that the live site passes through from &lt; to the next &gt;: the browser hides the text inside it (shapes that html-unclosed-tag does not report).</source>
        <translation>Туура эмес жазылган саптык HTML тег: иштеп турган сайт аны &lt; белгисинен кийинки &gt; белгисине чейин өзгөртпөй өткөрөт, браузер анын ичиндеги текстти жашырат (html-unclosed-tag кабарлабаган түрлөрү).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A table row line without |: the live site ends the table there and shows the rest as a paragraph of plain text.</source>
        <translation>Таблицанын | белгиси жок сабы: иштеп турган сайт таблицаны ошол жерде бүтүрөт да, калганын жөнөкөй тексттин абзацы катары көрсөтөт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A block identical to the English: not translated yet (same as source).</source>
        <translation>Англисчеси менен бирдей блок: али которула элек (булак менен дал келет).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Numbers of a block differ from the English block.</source>
        <translation>Блоктогу сандар англисче блоктогудан айырмаланат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A word that mixes Latin and Cyrillic letters that look alike.</source>
        <translation>Окшош көрүнгөн латын жана кирилл тамгалары аралашкан сөз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Doubled spaces inside a line, or spaces at its end.</source>
        <translation>Сап ичиндеги кош боштуктар же сап аягындагы боштуктар.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The front matter is not valid YAML.</source>
        <translation>Front matter (баш бөлүк) жарактуу YAML эмес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The front matter is not a map of keys.</source>
        <translation>Front matter (баш бөлүк) &quot;ачкыч: маани&quot; түзүмүндө эмес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The front matter block is never closed.</source>
        <translation>Front matter (баш бөлүк) блогу жабылган эмес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The front matter keys differ from the English page&apos;s.</source>
        <translation>Front matter (баш бөлүк) ачкычтары англисче барактагылардан айырмаланат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A front matter value other than title differs from the English page.</source>
        <translation>Front matter (баш бөлүк) ичиндеги title эмес маани англисче барактагыдан айырмаланат.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A translation whose English page no longer exists.</source>
        <translation>Англисче барагы мындан ары жок котормо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A translation whose English file has another extension.</source>
        <translation>Англисче файлынын кеңейтүүсү башка болгон котормо.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file that is not valid UTF-8.</source>
        <translation>Жарактуу UTF-8 болбогон файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A page file with NUL bytes: binary or damaged, not text.</source>
        <translation>NUL байттары бар барак файлы: текст эмес, бинардык же бузулган файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line ends (LF or CRLF) differ from the English file.</source>
        <translation>Сап аяктары (LF же CRLF) англисче файлдагыдан айырмаланат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A page file that cannot be read.</source>
        <translation>Окуу мүмкүн болбогон барак файлы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file or folder whose name is not valid UTF-8 or holds a backslash: the bundle leaves it out.</source>
        <translation>Аты жарактуу UTF-8 эмес же тескери сызыкча камтыган файл же папка: топтом аны калтырып кетет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>config.json is not a valid JSON object.</source>
        <translation>config.json жарактуу JSON объекти эмес.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>config.json cannot be read.</source>
        <translation>config.json файлын окуу мүмкүн эмес.</translation>
    </message>
</context>
<context>
    <name>DivBracketChecks</name>
    <message>
        <location filename="../src/core/check/divbracketchecks.cpp" line="+55"/>
        <source>The live site turns a paragraph that is only “[…]” into an empty div, so “%1” vanishes from the page; write the text without the enclosing brackets, or put other text before them on the same line</source>
        <translation>Иштеп турган сайт “[…]” гана болгон абзацты бош div&apos;ге айлантат, ошондуктан “%1” барактан жоголот; текстти курчап турган кашаасыз жазыңыз же ошол эле сапта алардын алдына башка текст коюңуз</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../src/core/site/document.cpp" line="+78"/>
        <source>The file is not valid UTF-8 (byte 0x%1 cannot start or continue a character here); save it as UTF-8 in your editor</source>
        <translation>Файл жарактуу UTF-8 эмес (0x%1 байты бул жерде белгини баштай да, уланта да албайт); аны редакторуңузда UTF-8 катары сактаңыз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file holds a NUL byte, so it is not text (a binary file, or a damaged one); a page must be plain UTF-8 text</source>
        <translation>Файлда NUL байты бар, демек ал текст эмес (бинардык же бузулган файл); барак жөнөкөй UTF-8 текст болушу керек</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+18"/>
        <source>The front matter block opened on this line is never closed; add a line &quot;---&quot; after its last key</source>
        <translation>Бул сапта ачылган front matter (баш бөлүк) блогу жабылган эмес; анын акыркы ачкычынан кийин &quot;---&quot; сабын кошуңуз</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The front matter must be a YAML map of &quot;key: value&quot; lines, not a list or a single value</source>
        <translation>Front matter (баш бөлүк) тизме же жалгыз маани эмес, &quot;ачкыч: маани&quot; саптарынан турган YAML map болушу керек</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The front matter&apos;s values, with their aliases (*name) expanded, come to more than %1 MiB; a page needs far less. Write the values out instead of repeating them through aliases</source>
        <translation>Front matter маанилери лакап аттары (*name) жайылганда %1 МиБдан ашат; барак үчүн андан алда канча аз жетиштүү. Маанилерди лакап аттар аркылуу кайталабай, толук жазыңыз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The front matter is not valid YAML: %1; check quoting and indentation</source>
        <translation>Front matter (баш бөлүк) жарактуу YAML эмес: %1; тырмакчаларды жана чегинүүлөрдү текшериңиз</translation>
    </message>
</context>
<context>
    <name>ErbMdChecks</name>
    <message>
        <location filename="../src/core/check/erbmdchecks.cpp" line="+62"/>
        <source>In an .erb.md page markdown runs before ERB, and it ends an HTML tag inside a paragraph at its first “&gt;”, the one of %1: the rest of the tag shows as text and the link is cut. Put the HTML on lines of its own (&lt;p&gt;…&lt;/p&gt;), or rename the file to .md.erb</source>
        <translation>.erb.md барагында markdown ERBден мурун иштейт жана абзацтын ичиндеги HTML тегди анын биринчи «&gt;» белгисинде, %1 ичиндегисинде, бүтүрөт: тегдин калганы текст болуп көрүнөт жана шилтеме кесилет. HTMLди өзүнчө саптарга жазыңыз (&lt;p&gt;…&lt;/p&gt;) же файлдын атын .md.erb кылып өзгөртүңүз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In an .erb.md page markdown runs before ERB, so the live site never runs %1: the link&apos;s address becomes “%=%20…%20%”. Rename the file to .md.erb, or write the paragraph as an HTML block: &lt;p&gt;… &lt;a href=&quot;%1&quot;&gt;…&lt;/a&gt; …&lt;/p&gt;</source>
        <translation>.erb.md барагында markdown ERBден мурун иштейт, ошондуктан иштеп жаткан сайт %1 тегин эч качан аткарбайт: шилтеменин дареги «%=%20…%20%» болуп калат. Файлдын атын .md.erb кылып өзгөртүңүз же абзацты HTML блок катары жазыңыз: &lt;p&gt;… &lt;a href=&quot;%1&quot;&gt;…&lt;/a&gt; …&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In an .erb.md page markdown runs before ERB, so the live site prints %1 as text instead of running it. Rename the file to .md.erb, or put the tag inside an HTML block</source>
        <translation>.erb.md барагында markdown ERBден мурун иштейт, ошондуктан иштеп жаткан сайт %1 тегин аткаруунун ордуна текст катары чыгарат. Файлдын атын .md.erb кылып өзгөртүңүз же тегди HTML блоктун ичине жайгаштырыңыз</translation>
    </message>
</context>
<context>
    <name>ExpansionBudget</name>
    <message>
        <location filename="../src/core/template/expansionbudget.cpp" line="+34"/>
        <source>the views and includes of this page expand to more than %1 views or %2 MiB, far more than any real page: a view probably includes itself, directly or through other views; remove the include that closes the loop</source>
        <translation>бул барактын көрүнүштөрү жана кошумчалары %1 көрүнүштөн же %2 МиБдан ашып жайылат, бул чыныгы барактардан алда канча көп: кыязы, көрүнүш өзүн түз же башка көрүнүштөр аркылуу кошот; айлампаны туюктаган кошумчаны алып салыңыз</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export/exportdialog.ui" line="+6"/>
        <source>Export Bundle</source>
        <translation>Топтомду экспорттоо</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renders the pages of the chosen languages with the files they use into a folder you can upload, with a manifest.json that lists every file and its SHA-256.</source>
        <translation>Тандалган тилдердин барактарын алар колдонгон файлдар менен бирге жүктөөгө даяр папкага HTML катары чыгарат; ар бир файлды жана анын SHA-256 суммасын тизмелеген manifest.json да кошулат.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Тилдер:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолуу…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also a &amp;zip:</source>
        <translation>Кошумча zip &amp;архиви:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Br&amp;owse…</source>
        <translation>Ш&amp;олуу…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export pages that have &amp;errors (the manifest records it)</source>
        <translation>&amp;Катасы бар барактарды да экспорттоо (manifest муну белгилеп коёт)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The summary of the export appears here: pages written, errors and warnings, and links that lead nowhere.</source>
        <translation>Экспорттун жыйынтыгы ушул жерде көрүнөт: жазылган барактар, каталар жана эскертүүлөр, эч жакка алып барбаган шилтемелер.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <location filename="../src/core/export/exporttarget.cpp" line="+64"/>
        <source>%1 (which is %2)</source>
        <translation>%1 (бул — %2)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>no destination folder given</source>
        <translation>максаттуу папка көрсөтүлгөн жок</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the symbolic links in %1 lead round in a loop; choose another folder</source>
        <translation>%1 ичиндеги символдук шилтемелер айлампага кирет; башка папканы тандаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the site folder; export to a folder outside it</source>
        <translation>%1 — сайттын папкасы; анын сыртындагы папкага экспорттоңуз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is inside the site folder %2; export to a folder outside it</source>
        <translation>%1 сайттын %2 папкасынын ичинде; анын сыртындагы папкага экспорттоңуз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds the site folder %2, which the bundle would replace; export to a folder outside it</source>
        <translation>%1 сайттын %2 папкасын камтыйт, топтом аны алмаштырып салмак; анын сыртындагы папкага экспорттоңуз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a symbolic link; choose the folder it leads to, or another folder</source>
        <translation>%1 — символдук шилтеме; ал алып барган папканы же башка папканы тандаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists and is not a folder; choose another destination</source>
        <translation>%1 бар жана ал папка эмес; башка максаттуу жерди тандаңыз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the symbolic links in %1 lead round in a loop; choose another zip file</source>
        <translation>%1 ичиндеги символдук шилтемелер айлампага кирет; башка zip файлын тандаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zip %1 would be written inside the site folder %2; choose a path outside it</source>
        <translation>%1 zip файлы сайттын %2 папкасынын ичине жазылмак; анын сыртындагы жолду тандаңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the zip %1 holds the site folder %2; choose a path outside it</source>
        <translation>%1 zip жолу сайттын %2 папкасын камтыйт; анын сыртындагы жолду тандаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zip %1 would be written on the bundle folder %2 or inside it; choose a path outside the bundle folder</source>
        <translation>%1 zip файлы топтомдун %2 папкасынын ордуна же ичине жазылмак; топтомдун папкасынын сыртындагы жолду тандаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zip %1 holds the bundle folder %2; choose a path outside the bundle folder</source>
        <translation>%1 zip жолу топтомдун %2 папкасын камтыйт; топтомдун папкасынын сыртындагы жолду тандаңыз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the zip %1 is a symbolic link; choose a file name that is not one</source>
        <translation>%1 zip — символдук шилтеме; шилтеме болбогон файл атын тандаңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the zip %1 is a folder; choose a file name for the zip</source>
        <translation>%1 zip — папка; zip үчүн файл атын тандаңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the zip %1 exists and is not a regular file; choose another file name for the zip</source>
        <translation>%1 zip бар жана ал кадимки файл эмес; zip үчүн башка файл атын тандаңыз</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../src/core/export/exportrun.cpp" line="+173"/>
        <location line="+171"/>
        <location line="+99"/>
        <source>cannot create the folder %1</source>
        <translation>%1 папкасын түзүү мүмкүн эмес</translation>
    </message>
    <message>
        <location line="-367"/>
        <source>cannot move the bundle into place at %1: %2</source>
        <translation>топтомду %1 ордуна жылдыруу мүмкүн эмес: %2</translation>
    </message>
    <message>
        <location filename="../src/core/export/exporter.cpp" line="+31"/>
        <source>The export was cancelled; the destination was left as it was.</source>
        <translation>Экспорттоо токтотулду; максаттуу папка мурунку абалында калды.</translation>
    </message>
    <message>
        <location filename="../src/core/export/exportrun.cpp" line="+70"/>
        <source>no language chosen</source>
        <translation>тил тандалган жок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>&quot;%1&quot; тил коду эмес</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the site has no language &quot;%1&quot;</source>
        <translation>сайтта &quot;%1&quot; тили жок</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not empty and was not made by Tilmech; choose an empty folder, or allow replacing its contents</source>
        <translation>%1 бош эмес жана аны Tilmech жасаган эмес; бош папканы тандаңыз же анын мазмунун алмаштырууга уруксат бериңиз</translation>
    </message>
    <message numerus="yes">
        <location line="+207"/>
        <source>%n error(s) in the pages to export; fix them, or allow exporting pages with errors (the manifest will say so)</source>
        <translation>
            <numerusform>Экспорттоло турган барактарда %n ката бар; аларды оңдоңуз же катасы бар барактарды экспорттоого уруксат бериңиз (manifest муну белгилеп коёт)</numerusform>
            <numerusform>Экспорттоло турган барактарда %n ката бар; аларды оңдоңуз же катасы бар барактарды экспорттоого уруксат бериңиз (manifest муну белгилеп коёт)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-166"/>
        <source>cannot create a working folder in %1: %2</source>
        <translation>%1 ичинде жумушчу папка түзүү мүмкүн эмес: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exporting %1</source>
        <translation>%1 экспорттолууда</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Copying files and writing the manifest</source>
        <translation>Файлдар көчүрүлүп, manifest жазылууда</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>cannot write the zip %1: %2</source>
        <translation>%1 zip архивин жазуу мүмкүн эмес: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the bundle is in place, but the zip could not be moved to %1: %2</source>
        <translation>топтом ордунда, бирок zip архивин %1 жерине жылдыруу мүмкүн болгон жок: %2</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Done</source>
        <translation>Даяр</translation>
    </message>
</context>
<context>
    <name>ExpressionParser</name>
    <message>
        <location filename="../src/core/template/expressionparser.cpp" line="+142"/>
        <source>&apos;@&apos; without a variable name</source>
        <translation>&apos;@&apos; белгисинен кийин өзгөрмөнүн аты жок</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>interpolated symbols are not supported</source>
        <translation>интерполяцияланган символдор колдоого алынбайт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;:&apos; without a symbol name</source>
        <translation>&apos;:&apos; белгисинен кийин символдун аты жок</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>unterminated string</source>
        <translation>сап жабылган эмес</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>unterminated #{ } in a string</source>
        <translation>саптагы #{ } жабылган эмес</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+118"/>
        <location line="+46"/>
        <source>expression nested too deeply</source>
        <translation>туюнтма өтө терең салынган</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>unexpected end of the expression</source>
        <translation>туюнтма күтүлбөгөн жерден бүттү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>күтүлбөгөн &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>a positional argument after keyword arguments</source>
        <translation>ачкыч сөздүү аргументтерден кийин позициялык аргумент турат</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing &apos;)&apos;</source>
        <translation>&apos;)&apos; жетишпейт</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>unexpected &apos;:&apos; after a method name</source>
        <translation>методдун атынан кийин күтүлбөгөн &apos;:&apos;</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>unexpected keyword &apos;%1&apos;</source>
        <translation>күтүлбөгөн ачкыч сөз &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>assignment is Ruby code that Tilmech does not run</source>
        <translation>ыйгаруу — бул Tilmech аткарбаган Ruby коду</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>unexpected label &apos;%1:&apos;</source>
        <translation>күтүлбөгөн белги &apos;%1:&apos;</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <location filename="../src/core/check/filechecks.cpp" line="+39"/>
        <source>mixed CRLF and LF</source>
        <translation>CRLF жана LF аралаш</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no English page %1 any more; this translation is not shown on the site. Delete it, or restore the English page</source>
        <translation>%1 англисче барагы мындан ары жок; бул котормо сайтта көрсөтүлбөйт. Аны өчүрүңүз же англисче баракты калыбына келтириңиз</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The English page is %1, not a %2 file; this translation may be an old version</source>
        <translation>Англисче барак — %1, %2 файлы эмес; бул котормо эски версия болушу мүмкүн</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This file has %1 line ends, the English file %2; save it with %2 line ends to keep diffs clean</source>
        <translation>Бул файлдагы сап аяктары — %1, англисче файлда — %2; diff таза болушу үчүн файлды %2 сап аяктары менен сактаңыз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The front matter has no “%1”, which the English page has; add “%1: %2”</source>
        <translation>Front matter (баш бөлүк) ичинде англисче баракта бар “%1” жок; “%1: %2” кошуңуз</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The English page has no front matter key “%1”; remove it</source>
        <translation>Англисче баракта “%1” front matter ачкычы жок; аны өчүрүңүз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is “%2” here but “%3” in the English page; only the title is translated, so copy the English value</source>
        <translation>Бул жерде “%1” — “%2”, ал эми англисче баракта — “%3”; title гана которулат, ошондуктан англисче маанини көчүрүңүз</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <location filename="../src/core/base/filelock.cpp" line="+34"/>
        <source>%1 is busy: another program (%2, process %3) is saving it. Nothing was changed; try again in a moment, or end that program if it hangs</source>
        <translation>%1 бош эмес: башка программа (%2, %3-процесс) аны сактап жатат. Эч нерсе өзгөртүлгөн жок; бир аздан кийин кайра аракет кылыңыз же ал программа катып калса, аны жабыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>белгисиз</translation>
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
        <translation>аталган канал (FIFO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>түзмөк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a special file</source>
        <translation>атайын файл</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 is a symbolic link; Tilmech does not follow links inside the site. Replace the link with the file it points to</source>
        <translation>%1 — символдук шилтеме; Tilmech сайттын ичиндеги шилтемелерге өтпөйт. Шилтемени ал көрсөткөн файлдын өзү менен алмаштырыңыз</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>%1 is %2, not a regular file; Tilmech reads only regular files. Replace it with the file itself</source>
        <translation>%1 — %2, кадимки файл эмес; Tilmech кадимки файлдарды гана окуйт. Аны файлдын өзү менен алмаштырыңыз</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+72"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 ачылбай жатат: %2</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+46"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 окулбай жатат: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+21"/>
        <source>%1 is larger than %2 MiB; Tilmech does not read files that large. Check that it is the file you meant: pages and locale files are far smaller</source>
        <translation>%1 %2 МиБдан чоң; Tilmech мынчалык чоң файлдарды окубайт. Бул сиз ойлогон файл экенин текшериңиз: барактар жана тил файлдары алда канча кичине</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <location filename="../src/core/base/filewriter.cpp" line="+31"/>
        <source>unknown error</source>
        <translation>белгисиз ката</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is a symbolic link; Tilmech does not write through links (the file it points to may be outside the site). Nothing was written: replace the link with the file itself, or edit that file where it is</source>
        <translation>%1 — символдук шилтеме; Tilmech шилтемелер аркылуу жазбайт (ал көрсөткөн файл сайттын сыртында болушу мүмкүн). Эч нерсе жазылган жок: шилтемени файлдын өзү менен алмаштырыңыз же ал файлды өз ордунда түзөтүңүз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a regular file (a folder, pipe or device); nothing was written over it</source>
        <translation>%1 кадимки файл эмес (папка, канал же түзмөк); анын үстүнө эч нерсе жазылган жок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is outside the site folder %2 (a folder on its way is a symbolic link); Tilmech writes only inside the site. Nothing was written</source>
        <translation>%1 сайттын %2 папкасынын сыртында (жолундагы бир папка символдук шилтеме); Tilmech сайттын ичине гана жазат. Эч нерсе жазылган жок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is read-only (its owner may not write it), so Tilmech does not write over it. Make it writable (chmod u+w) if it is meant to be edited, or keep your text elsewhere</source>
        <translation>%1 окуу үчүн гана (ээси ага жаза албайт), ошондуктан Tilmech анын үстүнө жазбайт. Эгер аны түзөтүү керек болсо, жазууга уруксат бериңиз (chmod u+w), же текстиңизди башка жерде сактаңыз</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 changed on disk since Tilmech read it (another program wrote it); it was not written over. Reload or compare it, then save again</source>
        <translation>%1 Tilmech окугандан бери дискте өзгөрдү (башка программа жазды); анын үстүнө жазылган жок. Аны кайра жүктөңүз же салыштырыңыз, андан кийин кайра сактаңыз</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+19"/>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 файлына жазуу мүмкүн эмес: %2</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Cannot write %1: its permissions cannot be kept</source>
        <translation>%1 жазылбай жатат: анын уруксаттарын сактап калуу мүмкүн эмес</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../ui/editor/findbar.ui" line="+12"/>
        <source>Find</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous</source>
        <translation>Мурунку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next</source>
        <translation>Кийинки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Match case</source>
        <translation>Регистрди эске алуу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace with</source>
        <translation>Алмаштыра турган текст</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace</source>
        <translation>Алмаштыруу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace All</source>
        <translation>Баарын алмаштыруу</translation>
    </message>
</context>
<context>
    <name>FixApplier</name>
    <message>
        <location filename="../src/core/check/fixapplier.cpp" line="+32"/>
        <source>the text changed since it was checked</source>
        <translation>текст текшерилгенден бери өзгөрдү</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it overlaps another fix; validate again to fix it after that one</source>
        <translation>ал башка оңдоо менен кесилишет; ошондон кийин оңдоо үчүн кайра текшериңиз</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a space</source>
        <translation>боштук</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the spaces</source>
        <translation>Боштуктарды өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1”</source>
        <translation>«%1» өчүрүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Insert %1</source>
        <translation>%1 кыстаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write %1</source>
        <translation>%1 жазуу</translation>
    </message>
</context>
<context>
    <name>HamlTemplate</name>
    <message>
        <location filename="../src/core/template/hamltemplate.cpp" line="+124"/>
        <source>an element without a tag name</source>
        <translation>тегдин аты жок элемент</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the attribute hash is never closed</source>
        <translation>атрибуттардын хеши жабылган эмес</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the attribute list is never closed</source>
        <translation>атрибуттардын тизмеси жабылган эмес</translation>
    </message>
    <message>
        <location line="+323"/>
        <source>“%1” without an “if” before it</source>
        <translation>Алдында “if” жок “%1”</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>the Haml filter “:%1” is not supported</source>
        <translation>“:%1” Haml чыпкасы колдоого алынбайт</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the attributes cannot be read</source>
        <translation>атрибуттарды окуу мүмкүн эмес</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../ui/issues/issuespanel.ui" line="+14"/>
        <source>This page</source>
        <translation>Бул барак</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole site</source>
        <translation>Бүт сайт</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All severities</source>
        <translation>Бардык деңгээлдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Эскертүүлөр жана каталар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Каталар гана</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter issues</source>
        <translation>Маселелерди чыпкалоо</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix</source>
        <translation>Оңдоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply the fix of the selected issue (Ctrl+.)</source>
        <translation>Тандалган маселенин оңдоосун колдонуу (Ctrl+.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Validate Site</source>
        <translation>Сайтты текшерүү</translation>
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
        <translation>Барактар</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter pages</source>
        <translation>Барактарды чыпкалоо</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+52"/>
        <source>English</source>
        <translation>Англисче</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Edit English</source>
        <translation>Англисчесин түзөтүү</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+26"/>
        <source>Translation</source>
        <translation>Котормо</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Preview</source>
        <translation>Алдын ала көрүү</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Both side by side</source>
        <translation>Экөө катар</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Strings</source>
        <translation>Саптар</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent &amp;Sites</source>
        <translation>Акыр&amp;кы сайттар</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>&amp;Көрүнүш</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;amp;Өтүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Tools</source>
        <translation>К&amp;уралдар</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main toolbar</source>
        <translation>Негизги куралдар тилкеси</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issues</source>
        <translation>Маселелер</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open Site Folder…</source>
        <translation>Сайттын папкасын &amp;ачуу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save A&amp;ll</source>
        <translation>&amp;Баарын сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Bundle…</source>
        <translation>Топтомду &amp;экспорттоо…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Издөө…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Ки&amp;йинкисин издөө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Мурункусун издөө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>&amp;Алмаштыруу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert &amp;Tag from English…</source>
        <translation>Англисчеден &amp;тег кыстаруу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply &amp;Fix on This Line</source>
        <translation>Ушул саптагы &amp;amp;оңдоону колдонуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit the English Page</source>
        <translation>Англисче &amp;баракты түзөтүү</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметрлер…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Ыкчам баскычтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F1</source>
        <translation>Ctrl+F1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Tilmech</source>
        <translation>Tilmech &amp;жөнүндө</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Validate Site</source>
        <translation>Сайтты &amp;текшерүү</translation>
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
        <translation>Бул “&lt;” белгиси сапты аяктайт, ошондуктан андан кийинки тег бузулуп, текст катары көрүнөт; “&lt;” белгисин кийинки сап менен бириктириңиз</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The attribute quote %1 of this &lt;%2&gt; tag is never closed, so the tag swallows the text after it; close the quote and the tag</source>
        <translation>Бул &lt;%2&gt; тегиндеги %1 атрибут тырмакчасы жабылган эмес, ошондуктан тег андан кийинки текстти жутуп алат; тырмакчаны жана тегди жабыңыз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This &lt;%1&gt; tag has no closing “&gt;”; add it</source>
        <translation>Бул &lt;%1&gt; тегинин жабуучу “&gt;” белгиси жок; аны кошуңуз</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This &lt;%1&gt; is never closed with &lt;/%1&gt;</source>
        <translation>Бул &lt;%1&gt; теги &lt;/%1&gt; менен жабылган эмес</translation>
    </message>
</context>
<context>
    <name>ParityChecks</name>
    <message>
        <location filename="../src/core/check/paritychecks.cpp" line="+227"/>
        <source>This tag differs from the English tag %1; tags must be copied exactly, so write %1</source>
        <translation>Бул тег англисче %1 тегинен айырмаланат; тегдер так көчүрүлүшү керек, ошондуктан %1 деп жазыңыз</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The English page has no tag %1; it is allowed, but check that it belongs here</source>
        <translation>Англисче баракта %1 теги жок; ага уруксат берилген, бирок анын бул жерде болушу керектигин текшериңиз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The tag %1 is not in the English page and is not on the allow-list: the live site would run it as code the English page does not have. Remove it, or copy the tag the English page has here</source>
        <translation>%1 теги англисче баракта жок жана уруксат тизмесинде да жок: иштеп турган сайт аны англисче баракта жок код катары аткармак. Аны өчүрүңүз же англисче барактагы бул жердеги тегди көчүрүңүз</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The English tag %1 (line %2) is missing here; copy it into the translation</source>
        <translation>Англисче %1 теги (%2-сап) бул жерде жок; аны котормого көчүрүңүз</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (a fixed date in its place goes out of date every year)</source>
        <translation> (анын ордуна жазылган туруктуу дата жыл сайын эскирет)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>This link points to %1 where the English one points to %2</source>
        <translation>Бул шилтеме %1 дарегине багытталган, ал эми англисчеси %2 дарегине багытталган</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The images here (%1) differ from the English block&apos;s (%2)</source>
        <translation>Бул жердеги сүрөттөр (%1) англисче блоктогулардан (%2) айырмаланат</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/preferencesdialog.ui" line="+5"/>
        <source>Preferences</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тил:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new language takes effect the next time Tilmech starts.</source>
        <translation>Жаңы тил Tilmech кийинки жолу ишке киргенде күчүнө кирет.</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../src/core/site/project.cpp" line="+83"/>
        <source>The site folder %1 does not exist</source>
        <translation>Сайттын %1 папкасы жок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a file, not a site folder; open the folder that holds public/, i18n/ and views/</source>
        <translation>%1 — сайттын папкасы эмес, файл; public/, i18n/ жана views/ камтылган папканы ачыңыз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a site folder: it has neither public/ (English pages) nor i18n/public/ (translations); open the folder that holds them</source>
        <translation>%1 — сайттын папкасы эмес: анда public/ (англисче барактар) да, i18n/public/ (котормолор) да жок; аларды камтыган папканы ачыңыз</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot read config.json: %1</source>
        <translation>config.json файлын окуу мүмкүн эмес: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>config.json is not valid JSON: %1</source>
        <translation>config.json жарактуу JSON эмес: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>config.json must hold a JSON object</source>
        <translation>config.json JSON объектисин камтышы керек</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../src/core/base/uilanguage.cpp" line="+103"/>
        <source>&amp;Undo</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Кө&amp;чүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Коюу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+1"/>
        <source>Show Details...</source>
        <translation>Толугураак көрсөтүү...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Толугураагын жашыруу...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-34"/>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Баарын сактоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ооба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>&amp;Баарына ооба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Б&amp;аарына жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Кайра аракет кылуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Көңүл бурбоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Сактабоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Колдонуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Баштапкы абалга келтирүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Демейкилерди калыбына келтирүү</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Кесүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Кө&amp;чүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Шилтеменин дарегин көчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Коюу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <location filename="../src/core/recovery/recoverystore.cpp" line="+56"/>
        <source>Cannot create the recovery folder %1</source>
        <translation>%1 калыбына келтирүү папкасын түзүү мүмкүн эмес</translation>
    </message>
</context>
<context>
    <name>RedcarpetChecks</name>
    <message>
        <location filename="../src/core/check/redcarpetchecks.cpp" line="+443"/>
        <source>The link address “%1” has a space: the live site still makes it a link, to “%2”, which is broken. Remove the space (or write %20 if the file name really has one)</source>
        <translation>“%1” шилтеме дарегинде боштук бар: иштеп турган сайт баары бир аны “%2” дарегине шилтеме кылат, ал эми ал иштебейт. Боштукту алып салыңыз (же файлдын атында чын эле боштук болсо, %20 деп жазыңыз)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The live site pairs the underscores in “%1” into emphasis: the page shows “%2” in italics and loses both underscores. Write \_ for each underscore that should stay, or put the name in backticks</source>
        <translation>Иштеп турган сайт “%1” ичиндеги астынкы сызыктарды жуптап курсивге айлантат: баракта “%2” курсив менен көрүнөт, эки астынкы сызык тең жоголот. Калышы керек болгон ар бир астынкы сызыкты \_ деп жазыңыз, же атты тескери апострофторго (`) алыңыз</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The live site copies “%1” into the page as one HTML tag, from “&lt;” to the next “&gt;”, and the browser hides the text inside it. Close the attribute&apos;s quote and end the tag with “&gt;” where the text should begin</source>
        <translation>Иштеп турган сайт “%1” баракка бир HTML тег катары көчүрөт, “&lt;” белгисинен кийинки “&gt;” белгисине чейин, ал эми браузер анын ичиндеги текстти жашырат. Атрибуттун тырмакчасын жабыңыз жана текст башталышы керек болгон жерде тегди “&gt;” менен бүтүрүңүз</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>This line has no “|”, so the live site ends the table above it: the line and the lines after it show as a paragraph of plain text, pipes and all. Join it to the row above, or start it with “|”</source>
        <translation>Бул сапта “|” жок, ошондуктан иштеп турган сайт таблицаны анын үстүндө бүтүрөт: бул сап жана андан кийинки саптар “|” белгилери менен кошо жөнөкөй тексттин абзацы болуп көрүнөт. Аны үстүндөгү сапка кошуңуз, же “|” менен баштаңыз</translation>
    </message>
</context>
<context>
    <name>RefusedTags</name>
    <message>
        <location filename="../src/core/template/refusedtags.cpp" line="+26"/>
        <source>This tag is not in the English page, so the validator reports it as an error; the outline shows what the live site would show for it. Copy the tag the English page has here, or remove it</source>
        <translation>Бул тег англисче баракта жок, ошондуктан текшергич аны ката катары билдирет; алкак иштеп турган сайт анын ордуна эмне көрсөтөрүн көрсөтөт. Англисче барактагы бул жердеги тегди көчүрүңүз же аны өчүрүңүз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This tag is not in the English page and Tilmech cannot show what the live site would do with it, so it is left out of the preview and of the export. Copy the tag the English page has here, or remove it</source>
        <translation>Бул тег англисче баракта жок, жана Tilmech иштеп турган сайт аны менен эмне кыларын көрсөтө албайт, ошондуктан ал алдын ала көрүүдөн жана экспорттон чыгарылып калат. Англисче барактагы бул жердеги тегди көчүрүңүз же аны өчүрүңүз</translation>
    </message>
</context>
<context>
    <name>Renderer</name>
    <message>
        <location filename="../src/core/render/renderer.cpp" line="+743"/>
        <source>The views and includes this tag brings in expand past Tilmech&apos;s limit of %1 views or %2 MiB for one page, far more than any real page: a view probably includes itself, directly or through other views. Remove the include that closes the loop; the preview shows a placeholder here</source>
        <translation>Бул тег кошкон көрүнүштөр жана кошумчалар бир барак үчүн Tilmech&apos;тин %1 көрүнүш же %2 МиБ чегинен ашып жайылат, бул чыныгы барактардан алда канча көп: кыязы, көрүнүш өзүн түз же башка көрүнүштөр аркылуу кошот. Айлампаны туюктаган кошумчаны алып салыңыз; алдын ала көрүүдө бул жерде орун толтургуч көрсөтүлөт</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../src/core/check/reportwriter.cpp" line="+77"/>
        <source>%1 errors, %2 warnings, %3 notes in %4 files</source>
        <translation>%4 файлда %1 ката, %2 эскертүү, %3 маалымат</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1:%2:%3: note: the matching place in the English page [%4]</source>
        <translation>%1:%2:%3: маалымат: англисче барактагы тиешелүү орун [%4]</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the matching place in the English page</source>
        <translation>англисче барактагы тиешелүү орун</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ката</numerusform>
            <numerusform>%n ката</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StringChecks</name>
    <message>
        <location filename="../src/core/check/stringchecks.cpp" line="+72"/>
        <source>The string “%1” is in no locale file, so the live site prints nothing here; add it to i18n/en.yml (and translate it)</source>
        <translation>“%1” сабы эч бир тил саптарынын файлында жок, ошондуктан иштеп турган сайт бул жерде эч нерсе чыгарбайт; аны i18n/en.yml файлына кошуңуз (жана которуңуз)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The string “%1” is %2 in i18n/%3.yml, so the English text is shown; translate it in the strings view</source>
        <translation>“%1” сабы i18n/%3.yml ичинде %2, ошондуктан англисче текст көрсөтүлөт; аны саптар көрүнүшүндө которуңуз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>бош</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>жок</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>“%1” is empty, so the English text is shown; translate it</source>
        <translation>“%1” бош, ошондуктан англисче текст көрсөтүлөт; аны которуңуз</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” has the placeholders %2 where the English has %3; placeholders must be copied exactly</source>
        <translation>“%1” сабындагы орун толтургучтар: %2, ал эми англисчесинде: %3; орун толтургучтар так көчүрүлүшү керек</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>none</source>
        <translation>жок</translation>
    </message>
</context>
<context>
    <name>StringTable</name>
    <message>
        <location filename="../src/core/strings/stringtable.cpp" line="+84"/>
        <source>translated</source>
        <translation>которулган</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>бош</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same as English</source>
        <translation>англисчедей эле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placeholder mismatch</source>
        <translation>орун толтургучтар дал келбейт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML differs</source>
        <translation>HTML айырмаланат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in English</source>
        <translation>англисчеде жок</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%{%1} is missing</source>
        <translation>%{%1} жок</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%{%1} is not in the English</source>
        <translation>%{%1} англисчеде жок</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the HTML tag %1 is missing</source>
        <translation>%1 HTML теги жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the HTML tag %1 is not in the English</source>
        <translation>%1 HTML теги англисчеде жок</translation>
    </message>
</context>
<context>
    <name>StringsView</name>
    <message>
        <location filename="../ui/strings/stringsview.ui" line="+14"/>
        <source>Filter by key or text</source>
        <translation>Ачкыч же текст боюнча чыпкалоо</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save Strings</source>
        <translation>Саптарды сактоо</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>English</source>
        <translation>Англисче</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Translation</source>
        <translation>Котормо</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Used on these pages (double-click to open):</source>
        <translation>Ушул барактарда колдонулат (ачуу үчүн эки жолу басыңыз):</translation>
    </message>
</context>
<context>
    <name>StructureChecks</name>
    <message>
        <location filename="../src/core/check/structurechecks.cpp" line="+80"/>
        <source>The English has a level-%1 heading here, but this is a bold paragraph; start the line with %2 instead of **</source>
        <translation>Англисчеде бул жерде %1-деңгээлдеги баш сөз турат, ал эми бул жерде жоон шрифттеги абзац; сапты ** ордуна %2 менен баштаңыз</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>headings</source>
        <translation>баш сөз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list items</source>
        <translation>тизме пункту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table rows</source>
        <translation>таблица сабы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code blocks</source>
        <translation>код блогу</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The English page has %1 %3, the translation %2; keep the page&apos;s structure</source>
        <translation>Англисче баракта %1 %3 бар, котормодо — %2; барактын түзүмүн сактаңыз</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This block has an unpaired ** or __, so markdown shows the markers as text; pair them as in the English block</source>
        <translation>Бул блокто жупсуз ** же __ бар, ошондуктан markdown маркерлерди текст катары көрсөтөт; аларды англисче блоктогудай жупташтырыңыз</translation>
    </message>
</context>
<context>
    <name>TagPolicy</name>
    <message>
        <location filename="../src/core/template/tagpolicy.cpp" line="+59"/>
        <source>hoc_s takes one string id as a symbol or a string, e.g. hoc_s(:title), not (%1)</source>
        <translation>hoc_s бир гана саптын идентификаторун символ же сап катары кабыл алат, мисалы: hoc_s(:title), (%1) эмес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hoc_s takes only &quot;locals: {name: value}&quot; after the id</source>
        <translation>hoc_s идентификатордон кийин &quot;locals: {name: value}&quot; гана кабыл алат</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 takes one quoted path, e.g. %1(&apos;/learn&apos;)</source>
        <translation>%1 тырмакчага алынган бир гана жолду кабыл алат, мисалы: %1(&apos;/learn&apos;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>campaign_date takes one quoted format, e.g. campaign_date(&apos;full&apos;)</source>
        <translation>campaign_date тырмакчага алынган бир гана форматты кабыл алат, мисалы: campaign_date(&apos;full&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>campaign_date has no format &apos;%1&apos; and shows the &apos;full&apos; date; use one of start-short, start-long, short, full, year, full-year</source>
        <translation>campaign_date үчүн &apos;%1&apos; форматы жок, ошондуктан дата &apos;full&apos; форматында көрсөтүлөт; start-short, start-long, short, full, year, full-year форматтарынын бирин колдонуңуз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>view takes the partial&apos;s name as a symbol or string, e.g. view :signup_button</source>
        <translation>view partial файлынын атын символ же сап катары кабыл алат, мисалы: view :signup_button</translation>
    </message>
</context>
<context>
    <name>TemplateChecks</name>
    <message>
        <location filename="../src/core/check/templatechecks.cpp" line="+132"/>
        <source>%1; write %2 instead</source>
        <translation>%1; анын ордуна %2 деп жазыңыз</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This tag ends with a full-width “％&gt;”</source>
        <translation>Бул тег толук туурадагы “％&gt;” менен аяктайт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{{” is never closed; end the include with “}}”</source>
        <translation>“{{” жабылган эмес; кыстарманы “}}” менен аяктаңыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“&lt;%” is never closed; end the tag with “%&gt;”</source>
        <translation>“&lt;%” жабылган эмес; тегди “%&gt;” менен аяктаңыз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{{ }} includes are expanded only in .md.partial pages; the live site shows “%1” as text</source>
        <translation>{{ }} кыстармалары (include) .md.partial барактарында гана ачылат; иштеп турган сайт “%1” дегенди текст катары көрсөтөт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ERB tags are not run in .md.partial pages; the live site shows “%1” as text</source>
        <translation>ERB тегдери .md.partial барактарында аткарылбайт; иштеп турган сайт “%1” дегенди текст катары көрсөтөт</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a partial name; write a path such as {{ urls/learn }}</source>
        <translation>“%1” — partial файлынын аты эмес; {{ urls/learn }} сыяктуу жолду жазыңыз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no partial “%1” in views/; the live site prints nothing here</source>
        <translation>views/ папкасында “%1” partial файлы жок; иштеп турган сайт бул жерде эч нерсе чыгарбайт</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This tag has typographic quotes or full-width signs, which Ruby does not read</source>
        <translation>Бул тегде Ruby окуй албаган типографиялык тырмакчалар же толук туурадагы белгилер бар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The helper name has a space inside it</source>
        <translation>Жардамчы функциянын атында боштук бар</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ruby code that Tilmech does not evaluate; the preview shows a placeholder here</source>
        <translation>Tilmech аткарбаган Ruby коду; алдын ала көрүүдө бул жерде орун толтургуч көрсөтүлөт</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This tag is not valid Ruby (%1); the live site cannot render the page. Copy the tag from the English page</source>
        <translation>Бул тег жарактуу Ruby коду эмес (%1); иштеп турган сайт баракты көрсөтө албайт. Тегди англисче барактан көчүрүңүз</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A database query: the live site shows rows from its database here; Tilmech has no database, so the preview shows no rows and marks the place</source>
        <translation>Маалымат базасына суроо: иштеп турган сайт бул жерде өз базасындагы саптарды көрсөтөт; Tilmechте маалымат базасы жок, ошондуктан алдын ала көрүү саптарды көрсөтпөйт, ордун гана белгилейт</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a helper of the site (%2); Tilmech shows a placeholder</source>
        <translation>“%1” — сайттын жардамчы функциясы эмес (%2); Tilmech анын ордуна орун толтургуч көрсөтөт</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no partial “%1” in views/; the live site fails to render this page</source>
        <translation>views/ папкасында “%1” partial файлы жок; иштеп турган сайт бул баракты көрсөтө албайт</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” has no “&lt;% if … %&gt;” before it; remove it or restore the if from the English page</source>
        <translation>“%1” алдында “&lt;% if … %&gt;” жок; аны өчүрүңүз же if тегин англисче барактан калыбына келтириңиз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This “if” is never closed; add “&lt;% end %&gt;” where the English page has it</source>
        <translation>Бул “if” жабылган эмес; англисче барактагыдай эле жерге “&lt;% end %&gt;” кошуңуз</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This tag lost its “&lt;” and is shown as text</source>
        <translation>Бул тег өзүнүн “&lt;” белгисин жоготкон, ошондуктан текст катары көрсөтүлөт</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This tag is written with full-width “％” signs</source>
        <translation>Бул тег толук туурадагы “％” белгилери менен жазылган</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%&gt;” without “&lt;%” before it; restore the tag&apos;s opening “&lt;%=” or remove this</source>
        <translation>Алдында “&lt;%” жок “%&gt;”; тегдин ачуучу “&lt;%=” бөлүгүн калыбына келтириңиз же муну өчүрүңүз</translation>
    </message>
</context>
<context>
    <name>TemplateEvaluator</name>
    <message>
        <location filename="../src/core/template/templateevaluator.cpp" line="+28"/>
        <source>“%1” is Ruby that Tilmech does not run</source>
        <translation>“%1” — Tilmech аткарбаган Ruby коду</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>the tag cannot be read: %1</source>
        <translation>тегди окуу мүмкүн эмес: %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>the tag prints a list, which Tilmech does not format</source>
        <translation>тег тизме чыгарат, бирок Tilmech аны форматтабайт</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>“%1” is a Ruby variable or method that Tilmech does not know</source>
        <translation>“%1” — Tilmech тааныбаган Ruby өзгөрмөсү же методу</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>partials nested more than %1 deep</source>
        <translation>partial файлдары %1 деңгээлден ашык терең кыналган</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no partials are available here</source>
        <translation>бул жерде partial файлдары жеткиликтүү эмес</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no partial “%1” in views/</source>
        <translation>views/ папкасында “%1” partial файлы жок</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a loop inside an ERB tag is Ruby code that Tilmech does not run</source>
        <translation>ERB тегинин ичиндеги цикл — Tilmech аткарбаган Ruby коду</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>the loop runs more than %1 times</source>
        <translation>цикл %1 жолудан ашык кайталанат</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The live site shows rows of its database here; Tilmech has no database</source>
        <translation>Иштеп турган сайт бул жерде өз маалымат базасынын саптарын көрсөтөт; Tilmech&apos;те маалымат базасы жок</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{{ }} includes are expanded only in .md.partial pages</source>
        <translation>{{ }} кыстармалары (include) .md.partial барактарында гана ачылат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERB tags are not evaluated in .md.partial pages</source>
        <translation>ERB тегдери .md.partial барактарында аткарылбайт</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>not evaluated here</source>
        <translation>бул жерде аткарылбайт</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>“{{” is never closed with “}}”</source>
        <translation>“{{” “}}” менен жабылган эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“&lt;%” is never closed with “%&gt;”</source>
        <translation>“&lt;%” “%&gt;” менен жабылган эмес</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this tag closes or continues an “if” that was never opened</source>
        <translation>бул тег эч качан ачылбаган “if” блогун жабат же улантат</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Ruby code that Tilmech does not run (the live site runs it)</source>
        <translation>Tilmech аткарбаган Ruby коду (иштеп турган сайт аны аткарат)</translation>
    </message>
    <message>
        <location line="+385"/>
        <source>this “if” has no matching “&lt;% end %&gt;”</source>
        <translation>бул “if” үчүн тиешелүү “&lt;% end %&gt;” жок</translation>
    </message>
</context>
<context>
    <name>Tilmech::ChangeBar</name>
    <message>
        <location filename="../src/app/session/changebar.cpp" line="+25"/>
        <source>&amp;Reload from Disk</source>
        <translation>Дисктен &amp;кайра жүктөө</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace your text with the file as it is on disk now (Undo brings your text back)</source>
        <translation>Текстиңизди файлдын дисктеги азыркы абалы менен алмаштыруу (“Жокко чыгаруу” текстиңизди кайтарат)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep My Text</source>
        <translation>&amp;Менин текстимди калтыруу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your text; saving will write it over the file on disk</source>
        <translation>Текстиңизди калтыруу; сактаганда ал дисктеги файлдын үстүнө жазылат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Салыштыруу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the lines where your text and the file on disk differ</source>
        <translation>Текстиңиз дисктеги файлдан айырмаланган саптарды көрсөтүү</translation>
    </message>
</context>
<context>
    <name>Tilmech::CompareDialog</name>
    <message>
        <location filename="../src/app/session/comparedialog.cpp" line="+20"/>
        <source>Compare with Disk — %1</source>
        <translation>Диск менен салыштыруу — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines starting with “-” are only in your text; lines starting with “+” are only in the file on disk.</source>
        <translation>“-” менен башталган саптар сиздин текстиңизде гана бар; “+” менен башталган саптар дисктеги файлда гана бар.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your text and the file on disk are the same.</source>
        <translation>Текстиңиз менен дисктеги файл бирдей.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Reload from Disk</source>
        <translation>Дисктен &amp;кайра жүктөө</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep My Text</source>
        <translation>&amp;Менин текстимди калтыруу</translation>
    </message>
</context>
<context>
    <name>Tilmech::ConflictResolver</name>
    <message>
        <location filename="../src/app/session/conflictresolver.cpp" line="+66"/>
        <location line="+19"/>
        <source>Reloaded %1: it changed on disk</source>
        <translation>%1 кайра жүктөлдү: ал дискте өзгөргөн</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 changed on disk while you were editing strings. Reload drops your string edits; Keep puts them on top of the file as it is now.</source>
        <translation>Сиз саптарды түзөтүп жатканда %1 дискте өзгөрдү. “Кайра жүктөө” саптардагы түзөтүүлөрүңүздү жокко чыгарат; “Калтыруу” аларды файлдын азыркы абалынын үстүнө колдонот.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was deleted or moved on disk. Your text is still here; saving writes the file again.</source>
        <translation>%1 дисктен өчүрүлгөн же жылдырылган. Текстиңиз ушул жерде калды; сактаганда файл кайра жазылат.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed on disk while you were editing it (another program, or a git pull). Reload it, keep your text, or compare the two.</source>
        <translation>Сиз %1 файлын түзөтүп жатканда ал дискте өзгөрдү (башка программа же git pull аркылуу). Аны кайра жүктөңүз, текстиңизди калтырыңыз же экөөнү салыштырыңыз.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot Reload</source>
        <translation>Кайра жүктөө мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>File Changed on Disk</source>
        <translation>Файл дискте өзгөрдү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changed on disk since Tilmech read it (another program, or a git pull).

Save your text over it? What is on disk now would be lost.</source>
        <translation>Tilmech %1 файлын окугандан бери ал дискте өзгөрдү (башка программа же git pull аркылуу).

Текстиңизди анын үстүнө сактайсызбы? Дисктеги азыркы мазмун жоголот.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save Over It</source>
        <translation>Үстүнө &amp;сактоо</translation>
    </message>
</context>
<context>
    <name>Tilmech::ExportDialog</name>
    <message numerus="yes">
        <location filename="../src/app/export/exportdialog.cpp" line="+58"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… жана дагы %n.</numerusform>
            <numerusform>… жана дагы %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттоо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Folder</source>
        <translation>Папканы а&amp;чуу</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n барак</numerusform>
            <numerusform>%1: %n барак</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %2 of %n page(s) translated</source>
        <translation>
            <numerusform>%1: %n барактын %2 которулган</numerusform>
            <numerusform>%1: %n барактын %2 которулган</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Bundle Folder</source>
        <translation>Топтомдун папкасы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zip File</source>
        <translation>Zip файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip файлдары (*.zip)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose at least one language.</source>
        <translation>Жок дегенде бир тилди тандаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder to export to.</source>
        <translation>Экспорттой турган папканы тандаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the zip file, or leave the zip out.</source>
        <translation>Zip файлын тандаңыз же zip архивинен баш тартыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot export there: %1.</source>
        <translation>Ал жерге экспорттоо мүмкүн эмес: %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close</source>
        <translation>Ж&amp;абуу</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Replaces the Tilmech bundle in %1.</source>
        <translation>%1 ичиндеги Tilmech топтомун алмаштырат.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a Tilmech bundle and is not empty: the export asks before replacing what it holds.</source>
        <translation>%1 Tilmech топтому эмес жана бош эмес: экспорт анын ичиндегисин алмаштыруудан мурун сурайт.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Starting…</source>
        <translation>Башталууда…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>Жокко чыгарылууда…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not a Tilmech bundle: it has no manifest.json made by Tilmech.</source>
        <translation>%1 Tilmech топтому эмес: анда Tilmech жасаган manifest.json жок.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>It holds %n item(s), among them: %1</source>
        <translation>
            <numerusform>Анда %n нерсе бар, алардын арасында: %1</numerusform>
            <numerusform>Анда %n нерсе бар, алардын арасында: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace everything in it with the bundle?</source>
        <translation>Андагы бардыгын топтом менен алмаштырасызбы?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace Folder?</source>
        <translation>Папка алмаштырылсынбы?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace</source>
        <translation>&amp;Алмаштыруу</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported.</source>
        <translation>Экспорттолду.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported %1 and %2 they use to %3.</source>
        <translation>%1 жана алар колдонгон %2 %3 папкасына экспорттолду.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n барак</numerusform>
            <numerusform>%n барак</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файл</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zip: %1</source>
        <translation>Zip: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported with %n error(s); the manifest records it.</source>
        <translation>
            <numerusform>%n ката менен экспорттолду; manifest муну белгилеп коёт.</numerusform>
            <numerusform>%n ката менен экспорттолду; manifest муну белгилеп коёт.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Жокко чыгарылды.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not exported: pages have errors.</source>
        <translation>Экспорттолгон жок: барактарда каталар бар.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not exported: %n error(s) in the pages.</source>
        <translation>
            <numerusform>Экспорттолгон жок: барактарда %n ката бар.</numerusform>
            <numerusform>Экспорттолгон жок: барактарда %n ката бар.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix them, or tick “Export pages that have errors” to export anyway.</source>
        <translation>Аларды оңдоңуз же баары бир экспорттоо үчүн “Катасы бар барактарды да экспорттоо” белгисин коюңуз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export failed.</source>
        <translation>Экспорттоо ишке ашкан жок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed:</source>
        <translation>Экспорттоо ишке ашкан жок:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed in the destination.</source>
        <translation>Максаттуу папкада эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors (%1)</source>
        <translation>Каталар (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n link(s) in the bundle are template text that was not evaluated and lead nowhere; the manifest lists them under brokenLinks.</source>
        <translation>
            <numerusform>Топтомдогу %n шилтеме аткарылбаган шаблон тексти болуп, эч жакка алып барбайт; manifest аларды brokenLinks бөлүмүндө тизмелейт.</numerusform>
            <numerusform>Топтомдогу %n шилтеме аткарылбаган шаблон тексти болуп, эч жакка алып барбайт; manifest аларды brokenLinks бөлүмүндө тизмелейт.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings (%1)</source>
        <translation>Эскертүүлөр (%1)</translation>
    </message>
</context>
<context>
    <name>Tilmech::FindBar</name>
    <message>
        <location filename="../src/app/editor/findbar.cpp" line="+62"/>
        <source>Wrapped around</source>
        <translation>Издөө башынан уланды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not found</source>
        <translation>Табылган жок</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n дал келүү алмаштырылды</numerusform>
            <numerusform>%n дал келүү алмаштырылды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tilmech::FixCommands</name>
    <message>
        <location filename="../src/app/issues/fixcommands.cpp" line="+48"/>
        <source>The page is being checked again; apply the fix in a moment</source>
        <translation>Барак кайра текшерилүүдө; оңдоону бир аздан кийин колдонуңуз</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No fix on this line</source>
        <translation>Бул сапта оңдоо жок</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This issue is gone from the page</source>
        <translation>Бул маселе барактан жоголду</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing to fix</source>
        <translation>Оңдой турган эч нерсе жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fixed: %1</source>
        <translation>Оңдолгон жок: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fixed: %1</source>
        <translation>Оңдолду: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied %1 fixes</source>
        <translation>%1 оңдоо колдонулду</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 left for the next round (%2)</source>
        <translation>; %1 кийинки айлампага калды (%2)</translation>
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
        <translation>Tilmech жөнүндө</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;Tilmech %1&lt;/h3&gt;&lt;p&gt;Translate and review localized markdown web pages, with the English page beside the translation and a live preview.&lt;/p&gt;&lt;p&gt;Built with Qt %2, cmark-gfm %3, yaml-cpp %4 and libzip %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tilmech %1&lt;/h3&gt;&lt;p&gt;Локалдаштырылган markdown веб-барактарын которуу жана карап чыгуу: англисче барак котормо менен катар көрсөтүлөт, өзгөртүүлөр алдын ала көрүүдө дароо көрүнөт.&lt;/p&gt;&lt;p&gt;Qt %2, cmark-gfm %3, yaml-cpp %4 жана libzip %5 менен курулган.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new interface language takes effect the next time Tilmech starts.</source>
        <translation>Интерфейстин жаңы тили Tilmech кийинки жолу ишке киргенде күчүнө кирет.</translation>
    </message>
</context>
<context>
    <name>Tilmech::IssueNavigator</name>
    <message>
        <location filename="../src/app/issues/issuenavigator.cpp" line="+40"/>
        <source>&amp;Next Issue</source>
        <translation>&amp;amp;Кийинки маселе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Issue</source>
        <translation>&amp;amp;Мурунку маселе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;Error</source>
        <translation>Кийинки &amp;amp;ката</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous E&amp;rror</source>
        <translation>Мурунку к&amp;amp;ата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next &amp;Untranslated Block</source>
        <translation>Кийинки &amp;amp;которулбаган блок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Un&amp;translated Block</source>
        <translation>Мурунку кото&amp;amp;рулбаган блок</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No more in this page or in the other pages</source>
        <translation>Бул баракта да, башка барактарда да башка жок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No more in this page; validate the site (F7) to go on to the other pages</source>
        <translation>Бул баракта башка жок; башка барактарга өтүү үчүн сайтты текшериңиз (F7)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The page has changed since the site was validated: nothing to go to here</source>
        <translation>Сайт текшерилгенден бери барак өзгөрдү: бул жерде өтө турган эч нерсе жок</translation>
    </message>
</context>
<context>
    <name>Tilmech::IssuesModel</name>
    <message>
        <location filename="../src/app/issues/issuesmodel.cpp" line="+50"/>
        <source>%1
English page: %2:%3</source>
        <translation>%1
Англисче барак: %2:%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error</source>
        <translation>Ката</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Маалымат</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Severity</source>
        <translation>Деңгээл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Билдирүү</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Сап</translation>
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
        <translation>Бардык коддор</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>No issues in this page.</source>
        <translation>Бул баракта маселе жок.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the whole site…</source>
        <translation>Бүт сайт текшерилүүдө…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole site has not been checked yet: press Validate Site (F7).</source>
        <translation>Бүт сайт азырынча текшериле элек: «Сайтты текшерүү» (F7) басыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No issues in the whole site.</source>
        <translation>Бүт сайтта маселе жок.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All severities (%1)</source>
        <translation>Бардык деңгээлдер (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors (%1)</source>
        <translation>Эскертүүлөр жана каталар (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only (%1)</source>
        <translation>Каталар гана (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All codes (%1)</source>
        <translation>Бардык коддор (%1)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Open the page and show its issues to apply a fix</source>
        <translation>Оңдоону колдонуу үчүн баракты ачып, анын маселелерин көрсөтүңүз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (Ctrl+.)</source>
        <translation>%1 (Ctrl+.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected issue has no automatic fix</source>
        <translation>Тандалган маселенин автоматтык оңдоосу жок</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply Fix: %1</source>
        <translation>Оңдоону колдонуу: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply Fix</source>
        <translation>Оңдоону колдонуу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix All “%1” in This Page (%2)</source>
        <translation>Бул барактагы бардык «%1» оңдоо (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show in Editor</source>
        <translation>Редактордо көрсөтүү</translation>
    </message>
</context>
<context>
    <name>Tilmech::LanguageBar</name>
    <message>
        <location filename="../src/app/pages/languagebar.cpp" line="+15"/>
        <source>The language being translated into</source>
        <translation>Которула турган тил</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The country for @country conditionals and site URLs</source>
        <translation>@country шарттары жана сайттын URL даректери үчүн өлкө</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language: </source>
        <translation>Тил: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country: </source>
        <translation>Өлкө: </translation>
    </message>
</context>
<context>
    <name>Tilmech::LiveRender</name>
    <message>
        <location filename="../src/app/preview/liverender.cpp" line="+96"/>
        <source>Fix (Ctrl+. or the light bulb): %1</source>
        <translation>Оңдоо (Ctrl+. же лампочка): %1</translation>
    </message>
</context>
<context>
    <name>Tilmech::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="+193"/>
        <location line="+315"/>
        <source>Saved %1</source>
        <translation>%1 сакталды</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Site validation cancelled</source>
        <translation>Сайтты текшерүү жокко чыгарылды</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Site validated: %n findings</source>
        <translation>
            <numerusform>Сайт текшерилди: %n маселе табылды</numerusform>
            <numerusform>Сайт текшерилди: %n маселе табылды</numerusform>
        </translation>
    </message>
    <message>
        <location line="-190"/>
        <source>Open Site Folder</source>
        <translation>Сайттын папкасын ачуу</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot Open the Site</source>
        <translation>Сайтты ачуу мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Open a site folder first.</source>
        <translation>Адегенде сайттын папкасын ачыңыз.</translation>
    </message>
</context>
<context>
    <name>Tilmech::PageBrowser</name>
    <message>
        <location filename="../src/app/pages/pagebrowser.cpp" line="+95"/>
        <source>Measuring the translation…</source>
        <translation>Котормо өлчөнүүдө…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1% translated · %2 words left · %3 of %4 pages done</source>
        <translation>%1% которулду · %2 сөз калды · %4 барактын %3 даяр</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2% translated, %3 words left</source>
        <translation>%1: %2% которулду, %3 сөз калды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(top folder)</source>
        <translation>(башкы папка)</translation>
    </message>
</context>
<context>
    <name>Tilmech::PageEditors</name>
    <message>
        <location filename="../src/app/editor/pageeditors.cpp" line="+33"/>
        <source>English — %1</source>
        <translation>Англисче — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English — this page has no English file</source>
        <translation>Англисче — бул барактын англисче файлы жок</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — new: %2 (a copy of the English page until you save)</source>
        <translation>%1 — жаңы: %2 (сактаганга чейин англисче барактын көчүрмөсү)</translation>
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
        <translation>&amp;amp;Артка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forward</source>
        <translation>&amp;amp;Алдыга</translation>
    </message>
</context>
<context>
    <name>Tilmech::PageListModel</name>
    <message>
        <location filename="../src/app/pages/pagelistmodel.cpp" line="+182"/>
        <source>%1% translated: %2 of %3 words left, in %4 of %5 blocks</source>
        <translation>%1% которулду: %3 сөздүн %2 калды, %5 блоктун %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>translated</source>
        <translation>которулган</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 words left</source>
        <translation>%1 сөз калды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not measured yet</source>
        <translation>азырынча өлчөнө элек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>жок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outdated</source>
        <translation>эскирген</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with errors</source>
        <translation>катасы бар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no English</source>
        <translation>англисчеси жок</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+11"/>
        <source>Errors</source>
        <translation>Каталар</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Warnings</source>
        <translation>Эскертүүлөр</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Page</source>
        <translation>Барак</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>Даяр</translation>
    </message>
</context>
<context>
    <name>Tilmech::PageSession</name>
    <message>
        <location filename="../src/app/session/pagesession.cpp" line="+28"/>
        <source>%1, line %2: %3</source>
        <translation>%1, %2-сап: %3</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>the page could not be read when it was opened (%1), so it is not written over</source>
        <translation>барак ачылганда аны окуу мүмкүн болгон жок (%1), ошондуктан анын үстүнө жазылбайт</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the folder %1</source>
        <translation>%1 папкасын түзүү мүмкүн эмес</translation>
    </message>
</context>
<context>
    <name>Tilmech::PaneLayout</name>
    <message>
        <location filename="../src/app/layout/panelayout.cpp" line="+28"/>
        <source>Page &amp;List</source>
        <translation>Барактардын &amp;amp;тизмеси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;English Text</source>
        <translation>&amp;amp;Англисче текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Translation Text</source>
        <translation>&amp;amp;Котормонун тексти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>&amp;amp;Алдын ала көрүү</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Review Mode: Both Previews</source>
        <translation>&amp;amp;Карап чыгуу режими: эки көрүнүш</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset &amp;Layout</source>
        <translation>&amp;amp;Жайгашууну баштапкы абалга келтирүү</translation>
    </message>
</context>
<context>
    <name>Tilmech::PreferencesDialog</name>
    <message>
        <location filename="../src/app/settings/preferencesdialog.cpp" line="+17"/>
        <source>System language</source>
        <translation>Системанын тили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language (%1)</source>
        <translation>Системанын тили (%1)</translation>
    </message>
</context>
<context>
    <name>Tilmech::RecoveryCoordinator</name>
    <message>
        <location filename="../src/app/session/recoverycoordinator.cpp" line="+27"/>
        <source>Cannot keep a recovery copy of unsaved work: %1</source>
        <translation>Сакталбаган иштин калыбына келтирүү көчүрмөсүн сактоо мүмкүн эмес: %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>• %1, %2</source>
        <translation>• %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (the file has changed on disk since)</source>
        <translation> (ошондон бери файл дискте өзгөргөн)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tilmech closed without saving this work:

%1

Recover it into the editor? Nothing is written to the site until you save.</source>
        <translation>Tilmech бул ишти сактабай жабылып калган:

%1

Аны редакторго калыбына келтиресизби? Сиз сактамайынча сайтка эч нерсе жазылбайт.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recover Unsaved Work?</source>
        <translation>Сакталбаган иш калыбына келтирилсинби?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recover</source>
        <translation>&amp;Калыбына келтирүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Таштоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;Later</source>
        <translation>Кийинчерээк &amp;чечүү</translation>
    </message>
</context>
<context>
    <name>Tilmech::SaveCoordinator</name>
    <message>
        <location filename="../src/app/session/savecoordinator.cpp" line="+25"/>
        <source>Cannot Save the Strings</source>
        <translation>Саптарды сактоо мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The strings were not saved: %1</source>
        <translation>Саптар сакталган жок: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read-Only File</source>
        <translation>Окуу үчүн гана файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is read-only on disk.

Save your text over it anyway? It stays read-only afterwards.</source>
        <translation>%1 дискте окуу үчүн гана.

Текстиңизди баары бир анын үстүнө сактайсызбы? Андан кийин ал окуу үчүн гана бойдон калат.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+29"/>
        <source>Cannot Save</source>
        <translation>Сактоо мүмкүн эмес</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The page was not saved: %1

Your text is still here; fix the problem and save again, or save elsewhere.</source>
        <translation>Барак сакталган жок: %1

Текстиңиз ушул жерде калды; көйгөйдү оңдоп, кайра сактаңыз же башка жерге сактаңыз.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: not saved, it changed on disk</source>
        <translation>%1: сакталган жок, ал дискте өзгөргөн</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These pages were not saved; their text is still here:

%1</source>
        <translation>Бул барактар сакталган жок; алардын тексти ушул жерде калды:

%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unsaved Changes</source>
        <translation>Сакталбаган өзгөртүүлөр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These pages have unsaved changes:

%1

Save them?</source>
        <translation>Бул барактарда сакталбаган өзгөртүүлөр бар:

%1

Аларды сактайсызбы?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved Strings</source>
        <translation>Сакталбаган саптар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The strings of %1 have unsaved changes. Save them before switching to %2?</source>
        <translation>%1 тилинин саптарында сакталбаган өзгөртүүлөр бар. %2 тилине өтүүдөн мурун аларды сактайсызбы?</translation>
    </message>
</context>
<context>
    <name>Tilmech::SessionStore</name>
    <message>
        <location filename="../src/app/session/sessionstore.cpp" line="+45"/>
        <source>Cannot Open the Page</source>
        <translation>Баракты ачуу мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The page is not opened, so nothing in it can be lost. Fix the file (for example its encoding) in another editor, then open it again.</source>
        <translation>%1

Барак ачылган жок, ошондуктан андагы эч нерсе жоголбойт. Файлды (мисалы, анын коддоосун) башка редактордо оңдоп, анан кайра ачыңыз.</translation>
    </message>
</context>
<context>
    <name>Tilmech::ShortcutsDialog</name>
    <message>
        <location filename="../src/app/settings/shortcutsdialog.cpp" line="+55"/>
        <source>Keyboard Shortcuts</source>
        <translation>Ыкчам баскычтар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by command or key</source>
        <translation>Буйрук же баскыч боюнча чыпкалоо</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command</source>
        <translation>Буйрук</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Ыкчам баскыч</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Other commands</source>
        <translation>Башка буйруктар</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In the text editors</source>
        <translation>Текст редакторлорунда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cut</source>
        <translation>Кесүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Көчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste</source>
        <translation>Коюу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all</source>
        <translation>Баарын тандоо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the word before the cursor</source>
        <translation>Курсордун алдындагы сөздү өчүрүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the start of the text</source>
        <translation>Тексттин башына өтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the end of the text</source>
        <translation>Тексттин аягына өтүү</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Чоңойтуу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Кичирейтүү</translation>
    </message>
</context>
<context>
    <name>Tilmech::SiteNavigator</name>
    <message>
        <location filename="../src/app/pages/sitenavigator.cpp" line="+46"/>
        <source>%1 is not a page of this language</source>
        <translation>%1 — бул тилдин барагы эмес</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The site has no page at %1</source>
        <translation>Сайтта %1 дарегинде барак жок</translation>
    </message>
</context>
<context>
    <name>Tilmech::StatusLine</name>
    <message>
        <location filename="../src/app/editor/statusline.cpp" line="+25"/>
        <source>Ln %1, Col %2</source>
        <translation>Сап %1, мамыча %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · %2 errors, %3 warnings · %4 words</source>
        <translation>%1 · %2 ката, %3 эскертүү · %4 сөз</translation>
    </message>
</context>
<context>
    <name>Tilmech::StringsModel</name>
    <message>
        <location filename="../src/app/strings/stringsmodel.cpp" line="+139"/>
        <source>Key</source>
        <translation>Ачкыч</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Англисче</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translation</source>
        <translation>Котормо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
</context>
<context>
    <name>Tilmech::StringsView</name>
    <message>
        <location filename="../src/app/strings/stringsview.cpp" line="+36"/>
        <source>Needs work</source>
        <translation>Иш талап кылгандар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All strings</source>
        <translation>Бардык саптар</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+113"/>
        <source>Placeholders and HTML match the English.</source>
        <translation>Орун толтургучтар жана HTML англисчеге дал келет.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Cannot Save the Strings</source>
        <translation>Саптарды сактоо мүмкүн эмес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The strings were not saved: %1

Your edits are still here.</source>
        <translation>Саптар сакталган жок: %1

Түзөтүүлөрүңүз ушул жерде калды.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Translation (%1)</source>
        <translation>Котормо (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation (%1) — %2</source>
        <translation>Котормо (%1) — %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not translated yet.</source>
        <translation>Али которула элек.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 strings</source>
        <translation>%2 саптан %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 more in All strings</source>
        <translation>«Бардык саптар» ичинде дагы %1</translation>
    </message>
</context>
<context>
    <name>Tilmech::TagInserter</name>
    <message>
        <location filename="../src/app/editor/taginserter.cpp" line="+77"/>
        <source>No tags in the matching English block</source>
        <translation>Тиешелүү англисче блокто тегдер жок</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1    — missing here</source>
        <translation>%1    — бул жерде жок</translation>
    </message>
</context>
<context>
    <name>UnexportableNames</name>
    <message>
        <location filename="../src/core/export/unexportablenames.cpp" line="+25"/>
        <source>This folder&apos;s name is not valid UTF-8, so the bundle leaves out everything in it; rename it in UTF-8</source>
        <translation>Бул папканын аты жарактуу UTF-8 эмес, ошондуктан топтом анын ичиндегинин баарын калтырып кетет; анын атын UTF-8 менен өзгөртүңүз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file&apos;s name is not valid UTF-8, so the bundle leaves it out; rename it in UTF-8</source>
        <translation>Бул файлдын аты жарактуу UTF-8 эмес, ошондуктан топтом аны калтырып кетет; анын атын UTF-8 менен өзгөртүңүз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder&apos;s name holds a backslash, which links and zips read as a folder separator, so the bundle leaves out everything in it; rename it without one</source>
        <translation>Бул папканын атында тескери сызыкча бар, аны шилтемелер жана zip папка бөлгүч катары окушат, ошондуктан топтом анын ичиндегинин баарын калтырып кетет; атын тескери сызыкчасыз өзгөртүңүз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file&apos;s name holds a backslash, which links and zips read as a folder separator, so the bundle leaves it out; rename it without one</source>
        <translation>Бул файлдын атында тескери сызыкча бар, аны шилтемелер жана zip папка бөлгүч катары окушат, ошондуктан топтом аны калтырып кетет; атын тескери сызыкчасыз өзгөртүңүз</translation>
    </message>
</context>
<context>
    <name>UrlChecks</name>
    <message>
        <location filename="../src/core/check/urlchecks.cpp" line="+95"/>
        <source>%1 leads to /%2, which is no page or file of this site; use the path of an existing page</source>
        <translation>%1 /%2 дарегине алып барат, бирок бул сайтта мындай барак же файл жок; бар болгон барактын жолун колдонуңуз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the page %2 has no anchor “%3”%4</source>
        <translation>%1: %2 барагында “%3” якору жок%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (it has no anchors at all)</source>
        <translation> (анда такыр якорь жок)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; its anchors are: %1</source>
        <translation>; анын якорлору: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2 turns an absolute URL into the broken path “/%3/%4/%5”; write the URL without %2</source>
        <translation>%1: %2 абсолюттук URL дарегин “/%3/%4/%5” деген бузук жолго айлантат; URL дарегин %2 колдонбой жазыңыз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: codeorg_url takes a path on code.org such as &apos;/learn&apos;, not a whole URL</source>
        <translation>%1: codeorg_url толук URL дарегин эмес, code.org сайтындагы &apos;/learn&apos; сыяктуу жолду кабыл алат</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1: “%2” is not a well-formed URL</source>
        <translation>%1: “%2” туура түзүлгөн URL эмес</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is not a valid e-mail address</source>
        <translation>“%1” жарактуу электрондук почта дареги эмес</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The link %1 leaves out the country and language; write &lt;%= resolve_url(&apos;%1&apos;) %&gt; instead</source>
        <translation>%1 шилтемеси өлкөнү жана тилди эске албайт; анын ордуна &lt;%= resolve_url(&apos;%1&apos;) %&gt; деп жазыңыз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a well-formed URL</source>
        <translation>“%1” туура түзүлгөн URL эмес</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>This is not a link: markdown needs ] and ( side by side; write %1</source>
        <translation>Бул шилтеме эмес: markdown үчүн ] жана ( жанаша турушу керек; %1 деп жазыңыз</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../src/core/check/validator.cpp" line="+181"/>
        <source> (the English page has the same problem)</source>
        <translation> (англисче баракта да ушундай маселе бар)</translation>
    </message>
</context>
<context>
    <name>ViewLibrary</name>
    <message>
        <location filename="../src/core/template/viewlibrary.cpp" line="+159"/>
        <source>Tilmech cannot interpret %1 (%2); the preview shows a placeholder here on every page that uses this view</source>
        <translation>Tilmech %1 түшүнө албайт (%2); бул көрүнүштү колдонгон ар бир баракта алдын ала көрүүдө бул жерде орун толтургуч көрсөтүлөт</translation>
    </message>
</context>
<context>
    <name>WideTableRows</name>
    <message>
        <location filename="../src/core/markdown/widetablerows.cpp" line="+89"/>
        <source>This table row has more than %1 cells, more than Tilmech renders as a table; the preview and the export show it as text. Split the table into narrower ones</source>
        <translation>Бул таблица сабында %1ден ашык уяча бар, бул Tilmech таблица катары көрсөткөндөн көп; алдын ала көрүү жана экспорт аны текст катары көрсөтөт. Таблицаны бир нече тар таблицага бөлүңүз</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+40"/>
        <source>Translate and review localized markdown web pages.</source>
        <translation>Локалдаштырылган markdown веб-барактарын которуу жана карап чыгуу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write FILE once the first preview is shown.</source>
        <translation>Биринчи алдын ала көрүү көрсөтүлөөрү менен FILE файлына жазуу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start in the pages or the strings view.</source>
        <translation>Барактар же саптар көрүнүшүнөн баштоо.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of the interface for this run (en, ky, ru).</source>
        <translation>Ушул жолку иштетүү үчүн интерфейстин тили (en, ky, ru).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LANG</source>
        <translation>ТИЛ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open this page of the site (for example how-to/index).</source>
        <translation>Сайттын ушул барагын ачуу (мисалы, how-to/index).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAGE</source>
        <translation>БАРАК</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SITE</source>
        <translation>САЙТ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site folder to open.</source>
        <translation>Ачыла турган сайттын папкасы.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[SITE]</source>
        <translation>[САЙТ]</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The site has no page “%1”</source>
        <translation>Сайтта «%1» барагы жок</translation>
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
        <translation>Колдонулушу: tilmech-cli COMMAND [OPTIONS]

Буйруктар:
  render    Сайттын барактарын HTML форматына айлантуу
  validate  Сайттын барактарын жана тил саптарын текшерүү
  strings   Тилдин саптарын тизмелөө же өзгөртүү
  export    Барактарды HTML топтому катары экспорттоо (папка, manifest, zip)

Буйруктун параметрлерин көрүү үчүн &quot;tilmech-cli COMMAND --help&quot; иштетиңиз.
Параметрлер:
  -h, --help     Ушул жардамды көрсөтүү
  -v, --version  Версияны көрсөтүү
</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no command given</source>
        <translation>буйрук көрсөтүлгөн жок</translation>
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
        <translation>белгисиз буйрук &quot;%1&quot;</translation>
    </message>
</context>
</TS>
