#include "render/layout.h"

#include "base/html.h"

#include <QFile>
#include <QHash>
#include <QMutex>

namespace Tilmech {

namespace {

QByteArray resource(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, QByteArray> cache;
    QMutexLocker lock(&mutex);
    const auto it = cache.constFind(path);
    if (it != cache.cend())
        return it.value();
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    cache.insert(path, bytes);
    return bytes;
}

QString templatePath(const QString &name)
{
    return QStringLiteral(":/tilmech/layouts/") + name + QStringLiteral(".html");
}

} // namespace

bool Layout::exists(const QString &name)
{
    return name == QLatin1String("none") || QFile::exists(templatePath(name));
}

QByteArray Layout::stylesheet()
{
    return resource(QStringLiteral(":/tilmech/layouts/site.css"));
}

QByteArray Layout::wrap(QByteArrayView body, const QString &name, const QString &title,
                        const QString &language)
{
    if (name == QLatin1String("none"))
        return body.toByteArray();
    const QByteArray frame =
        resource(templatePath(exists(name) ? name : QStringLiteral("default")));
    const QByteArray css = stylesheet();
    QByteArray out;
    out.reserve(frame.size() + css.size() + body.size() + 256);
    // Substitute @NAME@ slots in one pass; the body is inserted last and never scanned.
    qsizetype pos = 0;
    while (pos < frame.size()) {
        const qsizetype at = frame.indexOf('@', pos);
        if (at < 0)
            break;
        const qsizetype close = frame.indexOf('@', at + 1);
        if (close < 0)
            break;
        const QByteArrayView slot = QByteArrayView(frame).sliced(at + 1, close - at - 1);
        if (slot == "BODY") {
            out.append(QByteArrayView(frame).sliced(pos, at - pos));
            out.append(body);
            pos = close + 1;
            continue;
        }
        QByteArray value;
        bool known = true;
        if (slot == "TITLE")
            value = Html::escaped(title.toUtf8());
        else if (slot == "LANG")
            value = Html::escaped(language.toUtf8());
        else if (slot == "LAYOUT")
            value = Html::escaped(name.toUtf8());
        else if (slot == "STYLE")
            value = css;
        else
            known = false;
        if (!known) {
            out.append(QByteArrayView(frame).sliced(pos, at + 1 - pos));
            pos = at + 1;
            continue;
        }
        out.append(QByteArrayView(frame).sliced(pos, at - pos));
        out.append(value);
        pos = close + 1;
    }
    out.append(QByteArrayView(frame).sliced(pos));
    return out;
}

} // namespace Tilmech
