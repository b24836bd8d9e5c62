#pragma once

// Test support: the live site's markdown renderer (Debian's ruby-redcarpet, with pegasus'
// options) run as one ruby process that renders batches of documents, and the normalisation
// under which its HTML and Tilmech's are compared.

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

class RedcarpetOracle
{
public:
    RedcarpetOracle();
    ~RedcarpetOracle();
    RedcarpetOracle(const RedcarpetOracle &) = delete;
    RedcarpetOracle &operator=(const RedcarpetOracle &) = delete;

    // Whether ruby with redcarpet runs here (renders a one-line probe).
    bool available();

    // Redcarpet's HTML for each document, in order. The ruby process is started on the first
    // call and kept for the next ones, so a whole test pays its start-up once. Empty, with
    // *error set, when ruby is missing or fails.
    QStringList render(const QList<QByteArray> &markdown, QString *error);

    // The same HTML, spelled one way: no whitespace between tags, runs of whitespace as one
    // space, the entities both write for quotes as the characters.
    static QString normalised(QString html);

    // Whether Tilmech's and Redcarpet's normalised HTML differ in spelling alone: void tags
    // closed with " />", table alignment as align=, fenced code's "language-" class, "&amp;"
    // in addresses, U+00A0 for "&nbsp;". A browser shows both spellings the same, but the
    // live site's bytes are Redcarpet's, so these stay differences; this tells them apart
    // from differences of structure. Both sides are rewritten, since raw HTML passes through
    // either renderer as written. *used, when given, gets the names of the spellings that
    // occur a different number of times in the two.
    static bool differsInSpellingOnly(QString ours, QString theirs, QStringList *used = nullptr);

private:
    bool start(QString *error);

    std::unique_ptr<QProcess> m_ruby;
};
