#pragma once

#include <QByteArray>
#include <QString>

namespace Tilmech {

class Catalog;
class ExpansionBudget;
class Project;
class ViewLibrary;

// What one render of a page knows about its world: the site, the page language and its
// strings, the English fallback, and the country that @country conditionals and site URLs
// use. Read-only during the render, so renders on several threads can share the objects;
// only the budget, which belongs to one render, changes.
struct RenderEnvironment
{
    const Project *project = nullptr;
    const ViewLibrary *views = nullptr;
    const Catalog *strings = nullptr; // the page language's strings, may be null
    const Catalog *english = nullptr; // fallback, may be null
    QString language = QStringLiteral("en");
    QByteArray languageUtf8 = "en";
    QByteArray country = "us";
    bool explicitLanguage = false; // whether site URLs carry the language
    QByteArray host = "hourofcode.com";
    ExpansionBudget *budget = nullptr; // what views and includes may still add; null: no limit
    // Not an export: mark, with empty elements that add no text, the output of refused tags
    // (for the preview's outline) and where the live site shows what Tilmech cannot compute
    // (database rows).
    bool preview = false;
};

} // namespace Tilmech
