#include "template/placeholders.h"

#include "base/bytesearch.h"

namespace Tilmech {

Placeholders::Placeholders(QByteArrayView input) : m_prefix("Tlmq")
{
    // Lengthen the prefix until it is absent from the input: markers can never collide.
    static const char extra[] = "zxkvqjwz";
    int i = 0;
    while (ByteSearch::find(input, m_prefix) >= 0)
        m_prefix += extra[i++ % 8];
}

QByteArray Placeholders::add(QByteArrayView shown, const QString &reason, qsizetype sourceBegin,
                             qsizetype sourceEnd)
{
    m_items.append({shown.toByteArray(), reason, sourceBegin, sourceEnd, QString()});
    return m_prefix + 'P' + QByteArray::number(m_items.size() - 1) + 'Z';
}

void Placeholders::claim(qsizetype from, const QString &view)
{
    for (qsizetype i = from; i < m_items.size(); ++i) {
        if (m_items[i].view.isEmpty())
            m_items[i].view = view;
    }
}

QByteArray Placeholders::tagMarker(int index) const
{
    return m_prefix + 'T' + QByteArray::number(index) + 'Z';
}

int Placeholders::addRefusal(const QString &reason, qsizetype sourceBegin, qsizetype sourceEnd)
{
    m_refusals.append({QByteArray(), reason, sourceBegin, sourceEnd, QString()});
    return int(m_refusals.size() - 1);
}

QByteArray Placeholders::refusalMarker(int refusal, bool begin) const
{
    return m_prefix + (begin ? 'R' : 'E') + QByteArray::number(refusal) + 'Z';
}

bool Placeholders::parseMarker(QByteArrayView text, qsizetype pos, char *kind, int *index,
                               qsizetype *length) const
{
    qsizetype p = pos + m_prefix.size();
    if (p >= text.size() || (text[p] != 'P' && text[p] != 'T' && text[p] != 'R' && text[p] != 'E'))
        return false;
    const char k = text[p++];
    const qsizetype digits = p;
    qint64 n = 0;
    while (p < text.size() && text[p] >= '0' && text[p] <= '9' && p - digits < 9)
        n = n * 10 + (text[p++] - '0');
    if (p == digits || p >= text.size() || text[p] != 'Z')
        return false;
    *kind = k;
    *index = int(n);
    *length = p + 1 - pos;
    return true;
}

} // namespace Tilmech
