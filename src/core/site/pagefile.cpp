#include "site/pagefile.h"

namespace Tilmech {

QString PageFile::suffix(PageVariant variant)
{
    switch (variant) {
    case PageVariant::Md:
        return QStringLiteral(".md");
    case PageVariant::MdPartial:
        return QStringLiteral(".md.partial");
    case PageVariant::ErbMd:
        return QStringLiteral(".erb.md");
    case PageVariant::MdErb:
        return QStringLiteral(".md.erb");
    }
    return QString();
}

bool PageFile::classify(QStringView fileName, QString *stem, PageVariant *variant)
{
    // Longest suffixes first: "x.erb.md" also ends with ".md".
    static const PageVariant order[] = {PageVariant::MdPartial, PageVariant::ErbMd,
                                        PageVariant::MdErb, PageVariant::Md};
    for (const PageVariant v : order) {
        const QString s = suffix(v);
        if (fileName.size() > s.size() && fileName.endsWith(s)) {
            if (stem)
                *stem = fileName.chopped(s.size()).toString();
            if (variant)
                *variant = v;
            return true;
        }
    }
    return false;
}

} // namespace Tilmech
