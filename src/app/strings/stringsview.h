#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class StringsView;
}

namespace Tilmech {

class Project;
class StringsFilter;
class StringsModel;

// The strings view: the locale strings of a language beside English, filtered by text and
// status, edited in place or in the side editor (which checks %{name} placeholders and HTML
// tags as the user types), with the pages that use the selected string. Saving writes only
// the changed values' lines.
class StringsView : public QWidget
{
    Q_OBJECT

public:
    explicit StringsView(QWidget *parent = nullptr);
    ~StringsView() override;

    void setProject(std::shared_ptr<const Project> project, const QString &language);
    bool isModified() const;
    // Saves the edits; when the file changed on disk since it was read, the edits are put on
    // top of the file as it is now, so that changes made elsewhere to other strings stay.
    bool save(QString *error);
    void discard();

    // The edited values, by key.
    QHash<QByteArray, QByteArray> edits() const;
    // Puts edits (recovered after a crash, or kept over a reload) on the strings as loaded.
    void restoreEdits(const QHash<QByteArray, QByteArray> &edits);
    // Reads the file again and puts the current edits back on top.
    void rebase();
    // Whether the strings file on disk differs from the one the view shows.
    bool diskChanged() const;
    QString catalogPath() const;

    // For tests and tools.
    bool selectKey(const QByteArray &key);
    void setSideText(const QString &text);
    QString checkText() const;
    QStringList usagePages() const;
    StringsModel *model() const { return m_model; }

signals:
    void pageRequested(const QString &page);
    void saved();
    void modifiedChanged(bool modified);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    void showCurrent();
    void showCurrentCheck();
    void updateCount();
    int currentRow() const;

    std::unique_ptr<Ui::StringsView> m_ui;
    StringsModel *m_model;
    StringsFilter *m_filter;
    std::shared_ptr<const Project> m_project;
    QString m_language;
    bool m_loaded = false;
    bool m_updatingSide = false;
    QHash<QByteArray, QStringList> m_usage;
    bool m_usageKnown = false;
};

} // namespace Tilmech
