#pragma once

#include "recovery/recoverystore.h"
#include "recovery/recoverywriter.h"

#include <QObject>
#include <QSet>
#include <memory>

class QWidget;

namespace Tilmech {

class SessionStore;
class StringsView;
class Workspace;

// Unsaved work kept safe against a crash: while the user types, copies of the modified texts
// (pages and strings) are written in the background (RecoveryWriter); a text saved or
// discarded loses its copy. When a site is opened and copies of it remain from a run that
// did not close, the user is offered to recover them into the editor, discard them or decide
// later (those are then kept and not overwritten until newer work replaces them).
class RecoveryCoordinator : public QObject
{
    Q_OBJECT

public:
    // `workspace` and `language` are the window's, which outlive the coordinator;
    // `dialogParent` parents the offer.
    RecoveryCoordinator(const Workspace &workspace, const QString &language, SessionStore *sessions,
                        StringsView *strings, QWidget *dialogParent, QObject *parent = nullptr);
    ~RecoveryCoordinator() override;

    // A text changed: its copy is written within RecoveryWriter::Interval ms.
    void changed() { m_writer->changed(); }
    // Writes the copies now and waits for them.
    void writeNow() { m_writer->writeNow(); }
    void setFolder(const QString &folder);
    // Removes the copy of one file of the open site (its edits were discarded).
    void remove(const QString &file);
    // Removes the copies of the open texts, except those left for later (all was saved or
    // knowingly discarded); `closing` also drops a snapshot not yet taken.
    void clear(bool closing = false);
    // Another site is opened: what was left for later belongs to the previous one.
    void forgetKept() { m_kept.clear(); }
    // Offers the copies left of the open site, if any.
    void offer();

signals:
    void failed(const QString &message);
    // The recovered work is of `language`: the window switches to it.
    void languageWanted(const QString &language);
    // Texts were restored; `page` (of the window's language) is one to show, or empty.
    void recovered(const QString &page);

private:
    QVector<RecoveryWriter::Update> snapshot();
    void recover(const QVector<RecoveryStore::Entry> &entries);
    QString offerText(const QVector<RecoveryStore::Entry> &entries) const;
    QString stringsFile() const;

    const Workspace &m_workspace;
    const QString &m_language;
    SessionStore *m_sessions;
    StringsView *m_strings;
    QWidget *m_dialogParent;
    std::unique_ptr<RecoveryWriter> m_writer;
    QSet<QString> m_kept; // files whose recovery copies the user left for later
};

} // namespace Tilmech
