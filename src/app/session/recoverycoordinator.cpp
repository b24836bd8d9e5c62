#include "session/recoverycoordinator.h"

#include "base/filereader.h"
#include "base/sha256.h"
#include "session/pagesession.h"
#include "session/sessionstore.h"
#include "site/project.h"
#include "strings/stringsmodel.h"
#include "strings/stringsview.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Tilmech {

RecoveryCoordinator::RecoveryCoordinator(const Workspace &workspace, const QString &language,
                                         SessionStore *sessions, StringsView *strings,
                                         QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_language(language), m_sessions(sessions),
      m_strings(strings), m_dialogParent(dialogParent),
      m_writer(std::make_unique<RecoveryWriter>([this] { return snapshot(); }))
{
    connect(m_writer.get(), &RecoveryWriter::failed, this, [this](const QString &error) {
        emit failed(tr("Cannot keep a recovery copy of unsaved work: %1").arg(error));
    });
    connect(m_strings->model(), &QAbstractItemModel::dataChanged, m_writer.get(),
            &RecoveryWriter::changed);
}

RecoveryCoordinator::~RecoveryCoordinator() = default;

void RecoveryCoordinator::setFolder(const QString &folder)
{
    m_writer->setStore(RecoveryStore(folder));
}

QString RecoveryCoordinator::stringsFile() const
{
    return Project::catalogFile(m_language);
}

void RecoveryCoordinator::remove(const QString &file)
{
    if (m_workspace.project())
        m_writer->remove(m_workspace.project()->root(), file);
}

// The copies to keep now: modified texts are written, unmodified ones lose theirs (unless
// the user left it for later). Taken here, on the GUI thread; written by m_writer.
QVector<RecoveryWriter::Update> RecoveryCoordinator::snapshot()
{
    QVector<RecoveryWriter::Update> updates;
    if (!m_workspace.project())
        return updates;
    auto keep = [&](const RecoveryStore::Entry &entry, bool modified) {
        if (modified || !m_kept.contains(entry.file))
            updates.append({entry, !modified});
    };
    for (const PageSession *s : m_sessions->sessions()) {
        for (const bool english : {false, true}) {
            if (english && !s->hasEnglish())
                continue;
            const QTextDocument *text = english ? s->english() : s->translation();
            RecoveryStore::Entry e;
            e.siteRoot = m_workspace.project()->root();
            e.file = english ? s->englishFile().relativePath : s->translationFile().relativePath;
            e.language = s->language();
            e.page = s->name();
            if (text->isModified()) {
                e.bytes = english ? s->englishBytes() : s->translationBytes();
                e.baseSha256 = s->baseSha256(english);
                m_kept.remove(e.file); // newer work replaces what was left for later
            }
            keep(e, text->isModified());
        }
    }
    RecoveryStore::Entry strings;
    strings.kind = RecoveryStore::Entry::Kind::Strings;
    strings.siteRoot = m_workspace.project()->root();
    strings.file = stringsFile();
    strings.language = m_language;
    if (m_strings->isModified()) {
        strings.strings = m_strings->edits();
        m_kept.remove(strings.file);
    }
    keep(strings, m_strings->isModified());
    return updates;
}

void RecoveryCoordinator::clear(bool closing)
{
    if (closing)
        m_writer->cancelScheduled();
    if (!m_workspace.project())
        return;
    for (const PageSession *s : m_sessions->sessions()) {
        for (const QString &file :
             {s->englishFile().relativePath, s->translationFile().relativePath}) {
            if (!file.isEmpty() && !m_kept.contains(file))
                m_writer->remove(m_workspace.project()->root(), file);
        }
    }
    if (!m_kept.contains(stringsFile()))
        m_writer->remove(m_workspace.project()->root(), stringsFile());
}

QString RecoveryCoordinator::offerText(const QVector<RecoveryStore::Entry> &entries) const
{
    QStringList lines;
    for (const RecoveryStore::Entry &e : entries) {
        const std::optional<QByteArray> disk =
            FileReader::read(QDir(m_workspace.project()->root()).filePath(e.file), nullptr);
        const QByteArray now = disk ? Sha256::hex(*disk) : QByteArray();
        QString line =
            tr("• %1, %2")
                .arg(e.file, QLocale().toString(e.saved.toLocalTime(), QLocale::ShortFormat));
        if (now != e.baseSha256 && !(now.isEmpty() && e.baseSha256.isEmpty()) &&
            e.kind == RecoveryStore::Entry::Kind::Page)
            line += tr(" (the file has changed on disk since)");
        lines << line;
    }
    return tr("Tilmech closed without saving this work:\n\n%1\n\nRecover it into "
              "the editor? Nothing is written to the site until you save.")
        .arg(lines.join(QLatin1Char('\n')));
}

void RecoveryCoordinator::offer()
{
    const QVector<RecoveryStore::Entry> entries =
        m_writer->store().entries(m_workspace.project()->root());
    if (entries.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Recover Unsaved Work?"),
                                offerText(entries), QMessageBox::NoButton, m_dialogParent);
    box->setObjectName(QStringLiteral("recoveryBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *recoverButton = box->addButton(tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discardButton = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box->addButton(tr("Decide &Later"), QMessageBox::RejectRole);
    box->setDefaultButton(recoverButton);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, recoverButton, discardButton, entries](QAbstractButton *button) {
                if (button == discardButton) {
                    for (const RecoveryStore::Entry &e : entries)
                        m_writer->remove(m_workspace.project()->root(), e.file);
                } else if (button != recoverButton) {
                    for (const RecoveryStore::Entry &e : entries)
                        m_kept.insert(e.file);
                } else {
                    recover(entries);
                }
            });
    box->open();
}

void RecoveryCoordinator::recover(const QVector<RecoveryStore::Entry> &entries)
{
    // The newest work decides the language shown.
    const QString language = entries.last().language;
    if (!language.isEmpty() && language != m_language &&
        m_workspace.project()->languages().contains(language))
        emit languageWanted(language);
    QString show;
    for (const RecoveryStore::Entry &e : entries) {
        if (e.kind == RecoveryStore::Entry::Kind::Strings) {
            if (e.language == m_language)
                m_strings->restoreEdits(e.strings);
            else
                m_kept.insert(e.file); // offered again when that language is open
            continue;
        }
        PageSession *s = m_sessions->ensure(e.language.isEmpty() ? m_language : e.language, e.page);
        if (!s) {
            m_kept.insert(e.file);
            continue;
        }
        const bool english = s->hasEnglish() && e.file == s->englishFile().relativePath &&
                             e.file != s->translationFile().relativePath;
        if (!english && e.file != s->translationFile().relativePath) {
            m_kept.insert(e.file); // the page has another file now
            continue;
        }
        s->restore(english, e.bytes);
        if (s->language() == m_language)
            show = e.page;
    }
    emit recovered(show);
    writeNow();
}

} // namespace Tilmech
