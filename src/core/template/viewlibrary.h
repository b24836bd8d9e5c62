#pragma once

#include "base/diagnostic.h"
#include "render/renderenvironment.h"
#include "template/placeholders.h"
#include "template/value.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

namespace Tilmech {

class Project;
struct ParsedView;

// The partials of a site (views/ and i18n/views/<lang>/), read and parsed once and shared by
// every render, on any thread. Partials rendered without locals are kept by language,
// country and strings, so a page that includes the same partial many times renders it once. Renders
// a partial by its type: Haml (the subset the site's views use), ERB, markdown (ERB then cmark-gfm)
// or plain HTML.
class ViewLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ViewLibrary)

public:
    explicit ViewLibrary(const Project *project);
    ~ViewLibrary();

    // The rendered partial, or nothing when no partial has that name.
    std::optional<QByteArray> render(const QString &name, const RenderEnvironment &env,
                                     Placeholders &placeholders, const Locals &locals,
                                     int depth) const;
    // The file a partial name resolves to in a language (cached); empty when none.
    QString path(const QString &name, const QString &language) const;

    // Each place in a view that needed a placeholder in some render so far, once (a view's
    // problem is reported once, not once per page that uses it).
    Diagnostics problems() const;

private:
    void record(const QString &file, const ParsedView &view, const Placeholders &placeholders,
                qsizetype from) const;
    std::shared_ptr<const ParsedView> load(const QString &path) const;

    const Project *m_project;
    mutable QMutex m_mutex;
    mutable QHash<QString, QString> m_paths; // "lang\nname" → file
    mutable QHash<QString, std::shared_ptr<const ParsedView>> m_views;
    mutable QHash<QByteArray, QByteArray> m_outputs; // rendered partials without locals
    mutable Diagnostics m_problems;                  // what views held that needed a placeholder
    mutable QSet<QString> m_problemKeys;
};

} // namespace Tilmech
