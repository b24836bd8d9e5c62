#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace Tilmech {

class CodeEditor;
class LiveRender;

// The status bar's permanent fields for the page being edited: the language with the errors,
// warnings and words of the text as last checked, and the line and column of the
// translation's cursor.
class StatusLine : public QObject
{
    Q_OBJECT

public:
    StatusLine(QStatusBar *bar, CodeEditor *translation, const LiveRender *render,
               QObject *parent = nullptr);

    void showPosition();
    // The counts of the open page in `language`; nothing when no page is open.
    void showCounts(const QString &language, bool pageOpen);

private:
    CodeEditor *m_translation;
    const LiveRender *m_render;
    QLabel *m_counts;
    QLabel *m_position;
};

} // namespace Tilmech
