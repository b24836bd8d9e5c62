#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace Tilmech {

class Project;
class Renderer;
class Validator;

// The open site and the renderer and validator that serve it, wired once for every face of
// Tilmech: the window, tilmech-cli and the benchmarks open a site through here. Copies share
// the same objects; all three are thread-safe.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    // Opens the site folder at `path`; on failure returns an empty workspace and says why.
    // `country` is the validator's country for @country and site URLs (empty: each
    // language's default).
    static Workspace open(const QString &path, QString *error, const QString &country = {});

    bool isOpen() const { return m_project != nullptr; }
    const std::shared_ptr<const Project> &project() const { return m_project; }
    const std::shared_ptr<const Renderer> &renderer() const { return m_renderer; }
    const std::shared_ptr<const Validator> &validator() const { return m_validator; }

    // The same site indexed again after page files were added or removed (a new translation
    // saved): locale strings already loaded are kept, not read and parsed again.
    Workspace reindexed() const;

private:
    void wire(std::shared_ptr<const Project> project);

    QString m_country;
    std::shared_ptr<const Project> m_project;
    std::shared_ptr<const Renderer> m_renderer;
    std::shared_ptr<const Validator> m_validator;
};

} // namespace Tilmech
