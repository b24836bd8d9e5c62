#include "base/htmlattributes.h"

#include "base/bytesearch.h"
#include "base/charclass.h"

namespace Tilmech {

namespace {

bool isHtmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

} // namespace

HtmlAttributes::HtmlAttributes(QByteArrayView html, QVector<QByteArray> names, Scope scope)
    : m_html(html), m_scope(scope)
{
    for (QByteArray &name : names)
        m_names.append(name + '=');
}

qsizetype HtmlAttributes::nextTag(QByteArrayView html, qsizetype from, qsizetype to, bool closing)
{
    for (qsizetype at = html.indexOf('<', from); at >= 0 && at + 1 < to;
         at = html.indexOf('<', at + 1)) {
        const char c = html[at + 1];
        if (CharClass::isAsciiLetter(c) || (closing && c == '/'))
            return at;
    }
    return -1;
}

bool HtmlAttributes::next(Found &found)
{
    return m_scope == Scope::Anywhere ? nextAnywhere(found) : nextInTags(found);
}

// The index of the name (with its '=') that starts at `at` after a space, or -1.
int HtmlAttributes::nameAt(qsizetype at) const
{
    if (at > 0 && !isHtmlSpace(m_html[at - 1]))
        return -1;
    const QByteArrayView rest = m_html.sliced(at);
    for (int k = 0; k < m_names.size(); ++k) {
        const QByteArray &name = m_names.at(k);
        if (rest.size() < name.size())
            continue;
        const bool same = m_scope == Scope::InTags
                              ? rest.first(name.size()).compare(name, Qt::CaseInsensitive) == 0
                              : rest.startsWith(name);
        if (same)
            return k;
    }
    return -1;
}

void HtmlAttributes::readValue(qsizetype at, Found &found) const
{
    const char quote = m_html[at];
    if (quote == '"' || quote == '\'') {
        found.quote = quote;
        found.begin = at + 1;
        found.end = m_html.indexOf(quote, at + 1);
        return;
    }
    found.quote = 0;
    found.begin = at;
    qsizetype end = at;
    while (end < m_html.size() && !isHtmlSpace(m_html[end]) && m_html[end] != '>')
        ++end;
    found.end = end;
}

bool HtmlAttributes::nextAnywhere(Found &found)
{
    while (m_pos < m_html.size()) {
        // The earliest name after a space; '=' is rare enough in text to search for it.
        const qsizetype equals = m_html.indexOf('=', m_pos);
        if (equals < 0)
            break;
        int name = -1;
        for (int k = 0; k < m_names.size() && name < 0; ++k) {
            const qsizetype at = equals + 1 - m_names.at(k).size();
            if (at >= m_pos && nameAt(at) == k)
                name = k;
        }
        m_pos = equals + 1;
        if (name < 0)
            continue;
        if (m_pos >= m_html.size())
            return false;
        found.name = name;
        found.tagStart = -1;
        readValue(m_pos, found);
        m_pos = found.end >= 0 ? found.end : found.begin;
        return true;
    }
    m_pos = m_html.size();
    return false;
}

bool HtmlAttributes::nextInTags(Found &found)
{
    const qsizetype n = m_html.size();
    while (m_pos < n) {
        if (m_tagStart < 0) {
            const qsizetype at = nextTag(m_html, m_pos, n, false);
            if (at < 0)
                break;
            m_tagStart = at;
            m_pos = at + 1;
        }
        char quote = 0;
        qsizetype p = m_pos;
        for (; p < n; ++p) {
            const char c = m_html[p];
            if (quote) {
                if (c == quote)
                    quote = 0;
                continue;
            }
            if (c == '>')
                break;
            if (c == '"' || c == '\'') {
                quote = c;
                continue;
            }
            const int name = nameAt(p);
            if (name < 0)
                continue;
            const qsizetype value = p + m_names.at(name).size();
            if (value >= n)
                break;
            found.name = name;
            found.tagStart = m_tagStart;
            readValue(value, found);
            if (found.end < 0) {
                // A quote that never closes ends the tag here; reading goes on after the name.
                m_tagStart = -1;
                m_pos = p + 1;
            } else {
                m_pos = found.quote ? found.end + 1 : found.end;
            }
            return true;
        }
        m_tagStart = -1;
        m_pos = p + 1;
    }
    m_pos = n;
    return false;
}

} // namespace Tilmech
