#include "template/erbaftermarkdown.h"

namespace Tilmech {

QByteArrayView ErbAfterMarkdown::markdown(const TemplateTokens &source, QByteArrayView sourceBytes)
{
    if (source.isEmpty())
        return {};
    return sourceBytes.sliced(source.front().begin, source.back().end - source.front().begin);
}

TemplateTokens ErbAfterMarkdown::match(const TemplateTokens &source, QByteArrayView sourceBytes,
                                       QByteArrayView html, QVector<int> *origins,
                                       QVector<std::pair<qsizetype, qsizetype>> *spans)
{
    if (origins)
        origins->clear();
    if (spans)
        spans->clear();
    const auto text = [](QByteArrayView bytes, const TemplateToken &t) {
        return bytes.sliced(t.begin, t.end - t.begin);
    };
    TemplateTokens out;
    qsizetype textBegin = 0;
    const auto flushText = [&](qsizetype end) {
        if (end > textBegin) {
            TemplateToken t;
            t.begin = t.innerBegin = textBegin;
            t.end = t.innerEnd = end;
            out.append(t);
            if (origins)
                origins->append(-1);
            if (spans)
                spans->append({textBegin, end});
        }
    };
    int next = 0; // the first source token not yet matched
    for (const TemplateToken &h : TemplateLexer::tokenize(html)) {
        if (!h.isErb())
            continue; // text, and includes, which an .erb.md page never runs
        const QByteArrayView written = text(html, h);
        int found = next;
        while (found < source.size() &&
               !(source.at(found).isErb() && text(sourceBytes, source.at(found)) == written))
            ++found;
        if (found == source.size())
            continue; // not a tag of the page (markdown made it): stays text
        flushText(h.begin);
        out.append(source.at(found));
        if (origins)
            origins->append(found);
        if (spans)
            spans->append({h.begin, h.end});
        next = found + 1;
        textBegin = h.end;
    }
    flushText(html.size());
    return out;
}

} // namespace Tilmech
