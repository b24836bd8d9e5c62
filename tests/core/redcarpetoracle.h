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

private:
    bool start(QString *error);

    std::unique_ptr<QProcess> m_ruby;
};
