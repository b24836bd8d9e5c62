#pragma once

#include <QString>
#include <QStringView>

namespace Tilmech {

// The four file variants of a page, in the order docs/page-format.md lists them ("Logical pages and
// which file wins"), which is also the order in which Tilmech picks the file that stands for a
// logical page when several exist: `x.md`, then `x.md.partial`, then `x.erb.md`, then `x.md.erb`.
enum class PageVariant
{
    Md,
    MdPartial,
    ErbMd,
    MdErb
};

// One file of a logical page in one language.
struct PageFile
{
    QString name;     // logical name: path under public/ without extensions
    QString language; // "en" for public/, else the translation's language
    PageVariant variant = PageVariant::Md;
    QString relativePath; // from the site root, with '/' separators
    QString absolutePath;

    bool isValid() const { return !name.isEmpty(); }
    bool isEnglish() const { return language == QLatin1String("en"); }

    static QString suffix(PageVariant variant);
    // Splits a file name into logical name and variant; false for files that are not pages.
    static bool classify(QStringView fileName, QString *stem, PageVariant *variant);
    // Whether the variant evaluates ERB tags and {{ }} includes.
    static bool evaluatesErb(PageVariant variant) { return variant != PageVariant::MdPartial; }
    static bool evaluatesIncludes(PageVariant variant) { return variant == PageVariant::MdPartial; }
};

} // namespace Tilmech
