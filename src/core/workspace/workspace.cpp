#include "workspace/workspace.h"

#include "check/validator.h"
#include "render/renderer.h"
#include "site/project.h"

namespace Tilmech {

Workspace Workspace::open(const QString &path, QString *error, const QString &country)
{
    Workspace workspace;
    workspace.m_country = country;
    if (std::shared_ptr<const Project> project = Project::open(path, error))
        workspace.wire(std::move(project));
    return workspace;
}

Workspace Workspace::reindexed() const
{
    Workspace workspace;
    workspace.m_country = m_country;
    if (m_project)
        workspace.wire(m_project->reindexed());
    return workspace;
}

void Workspace::wire(std::shared_ptr<const Project> project)
{
    m_project = std::move(project);
    m_renderer = std::make_shared<const Renderer>(m_project);
    auto validator = std::make_shared<Validator>(m_project, m_renderer);
    validator->setCountry(m_country);
    m_validator = std::move(validator);
}

} // namespace Tilmech
