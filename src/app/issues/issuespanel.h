#pragma once

#include "base/diagnostic.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class IssuesPanel;
}

namespace Tilmech {

class IssuesFilter;
class IssuesModel;

// The issues panel: the diagnostics of the open page (live), or of the whole site validated
// in the background with progress and cancel; filters by severity, code and text; activating
// an issue asks the window to open its page and select its span.
class IssuesPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Scope
    {
        Page,
        Site
    };

    explicit IssuesPanel(QWidget *parent = nullptr);
    ~IssuesPanel() override;

    void setPageDiagnostics(const Diagnostics &diagnostics);
    void setSiteDiagnostics(const Diagnostics &diagnostics);
    void setScope(Scope scope);
    Scope scope() const;
    void setValidationRunning(bool running);
    // Whether the whole site has been checked since it was opened (the site list is known).
    void setSiteChecked(bool checked);
    void setProgress(int done, int total);

    const IssuesModel *model() const { return m_model; }
    const Diagnostics &siteDiagnostics() const { return m_site; }
    // Activates the row as if the user had (for tests and keyboard use).
    void activateRow(int row);
    // Selects the row (of the model) in the table.
    void selectRow(int row);
    // The issue selected in the table, when one is.
    std::optional<Diagnostic> selected() const;
    int visibleRowCount() const;

signals:
    void issueActivated(const Tilmech::Diagnostic &diagnostic);
    // The user asked to apply the fix of an issue of the open page, or every fix of its kind
    // in the page.
    void fixRequested(const Tilmech::Diagnostic &diagnostic);
    void fixAllRequested(const Tilmech::Diagnostic &diagnostic);
    void validateSiteRequested();
    void cancelRequested();

private:
    void refresh();
    void updateCodes();
    void updateFixButton();
    void updateEmptyText();
    void showContextMenu(const QPoint &pos);

    std::unique_ptr<Ui::IssuesPanel> m_ui;
    IssuesModel *m_model;
    IssuesFilter *m_filter;
    Diagnostics m_page;
    Diagnostics m_site;
    bool m_siteChecked = false;
    bool m_running = false;
};

} // namespace Tilmech
