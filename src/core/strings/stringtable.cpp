#include "strings/stringtable.h"

#include "check/stringchecks.h"
#include "site/document.h"
#include "site/project.h"
#include "strings/catalog.h"
#include "template/expressionparser.h"
#include "template/tagpolicy.h"
#include "template/templatelexer.h"

#include <QSet>

namespace Tilmech {

QStringList StringTable::markup(const QByteArray &value)
{
    QStringList tags;
    qsizetype pos = 0;
    while ((pos = value.indexOf('<', pos)) >= 0) {
        qsizetype p = pos + 1;
        const bool closing = p < value.size() && value[p] == '/';
        if (closing)
            ++p;
        const qsizetype nameStart = p;
        while (p < value.size() &&
               ((value[p] >= 'a' && value[p] <= 'z') || (value[p] >= 'A' && value[p] <= 'Z') ||
                (value[p] >= '0' && value[p] <= '9')))
            ++p;
        if (p > nameStart)
            tags << (closing ? QStringLiteral("</") : QStringLiteral("<")) +
                        QString::fromLatin1(value.mid(nameStart, p - nameStart)).toLower() +
                        QLatin1Char('>');
        pos = p;
    }
    tags.sort();
    return tags;
}

StringTable::Status StringTable::status(const QByteArray &english, const QByteArray *translation)
{
    if (!translation)
        return Status::Missing;
    if (translation->trimmed().isEmpty())
        return english.trimmed().isEmpty() ? Status::Translated : Status::Empty;
    if (StringChecks::placeholders(english) != StringChecks::placeholders(*translation))
        return Status::PlaceholderMismatch;
    if (markup(english) != markup(*translation))
        return Status::MarkupMismatch;
    if (*translation == english && english.size() > 1)
        return Status::SameAsEnglish;
    return Status::Translated;
}

bool StringTable::needsWork(Status status)
{
    return status != Status::Translated && status != Status::NotInEnglish;
}

QString StringTable::statusName(Status status)
{
    switch (status) {
    case Status::Translated:
        return QStringLiteral("translated");
    case Status::Missing:
        return QStringLiteral("missing");
    case Status::Empty:
        return QStringLiteral("empty");
    case Status::SameAsEnglish:
        return QStringLiteral("same-as-english");
    case Status::PlaceholderMismatch:
        return QStringLiteral("placeholder-mismatch");
    case Status::MarkupMismatch:
        return QStringLiteral("markup-mismatch");
    case Status::NotInEnglish:
        return QStringLiteral("not-in-english");
    }
    return QString();
}

QString StringTable::statusLabel(Status status)
{
    switch (status) {
    case Status::Translated:
        return tr("translated");
    case Status::Missing:
        return tr("missing");
    case Status::Empty:
        return tr("empty");
    case Status::SameAsEnglish:
        return tr("same as English");
    case Status::PlaceholderMismatch:
        return tr("placeholder mismatch");
    case Status::MarkupMismatch:
        return tr("HTML differs");
    case Status::NotInEnglish:
        return tr("not in English");
    }
    return QString();
}

QString StringTable::problems(const QByteArray &english, const QByteArray &translation)
{
    QStringList out;
    const QSet<QByteArray> want = StringChecks::placeholders(english);
    const QSet<QByteArray> have = StringChecks::placeholders(translation);
    for (const QByteArray &p : want) {
        if (!have.contains(p))
            out << tr("%{%1} is missing").arg(QString::fromUtf8(p));
    }
    for (const QByteArray &p : have) {
        if (!want.contains(p))
            out << tr("%{%1} is not in the English").arg(QString::fromUtf8(p));
    }
    QStringList wanted = markup(english), found = markup(translation);
    for (const QString &t : found)
        wanted.removeOne(t);
    for (const QString &t : markup(english))
        found.removeOne(t);
    for (const QString &t : qAsConst(wanted))
        out << tr("the HTML tag %1 is missing").arg(t);
    for (const QString &t : qAsConst(found))
        out << tr("the HTML tag %1 is not in the English").arg(t);
    return out.join(QStringLiteral("; "));
}

QVector<StringTable::Row> StringTable::build(const Catalog &english, const Catalog *translation)
{
    QVector<Row> rows;
    rows.reserve(english.size());
    for (const QByteArray &key : english.keys()) {
        const Catalog::Entry *en = english.entry(key);
        const Catalog::Entry *tr = translation ? translation->entry(key) : nullptr;
        Row row;
        row.key = key;
        row.english = en->value;
        row.englishLine = en->line;
        if (tr) {
            row.translation = tr->value;
            row.hasTranslation = true;
            row.line = tr->line;
        }
        row.status = status(row.english, tr ? &row.translation : nullptr);
        rows.append(row);
    }
    if (translation) {
        for (const QByteArray &key : translation->keys()) {
            if (english.contains(key))
                continue;
            const Catalog::Entry *tr = translation->entry(key);
            Row row;
            row.key = key;
            row.translation = tr->value;
            row.hasTranslation = true;
            row.line = tr->line;
            row.status = Status::NotInEnglish;
            rows.append(row);
        }
    }
    return rows;
}

QHash<QByteArray, QStringList> StringTable::usage(const Project &project)
{
    QHash<QByteArray, QSet<QString>> found;
    auto collect = [&](const Expr &e, const QString &page, auto &&self) -> void {
        if (e.kind == Expr::Kind::Call && !e.receiver) {
            if (e.name == "hoc_s" && e.args.size() == 1 && e.args[0].isLiteral())
                found[e.args[0].literalText()].insert(page);
            if (e.name == "campaign_date" && e.args.size() <= 1) {
                QByteArray format = e.args.empty() ? QByteArray("full") : e.args[0].literalText();
                if (!TagPolicy::isKnownCampaignFormat(format))
                    format = "full";
                found["campaign_date_" + format.replace('-', '_')].insert(page);
            }
        }
        if (e.receiver)
            self(*e.receiver, page, self);
        for (const Expr &a : e.args)
            self(a, page, self);
        for (const auto &p : e.pairs)
            self(p.second, page, self);
    };
    for (const Page &page : project.pages()) {
        for (const PageFile &file : page.files) {
            QString error;
            const std::optional<Document> doc = Document::load(file.absolutePath, &error);
            if (!doc)
                continue;
            const QByteArray &bytes = doc->bytes();
            // Tags in the body and in the whole file's front matter alike.
            for (const TemplateToken &t : TemplateLexer::tokenize(bytes)) {
                if (t.kind != TemplateToken::Kind::ErbOutput)
                    continue;
                collect(ExpressionParser::parseExpression(
                            QByteArrayView(bytes).sliced(t.innerBegin, t.innerEnd - t.innerBegin)),
                        page.name, collect);
            }
        }
    }
    QHash<QByteArray, QStringList> result;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        QStringList pages(it.value().cbegin(), it.value().cend());
        pages.sort();
        result.insert(it.key(), pages);
    }
    return result;
}

} // namespace Tilmech
