#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

namespace Tilmech {

// A line diff of two texts, for "Compare" when a file changed on disk while it was being
// edited: common prefix and suffix are matched directly, the middle by longest common
// subsequence of lines. A middle too large for that (over ~4 million line pairs) is shown as
// removed and added as a whole.
class LineDiff
{
public:
    struct Line
    {
        enum class Kind
        {
            Same,
            Removed,
            Added
        };
        Kind kind;
        QString text;
        int oldLine; // 1-based in the old text, 0 for added lines
        int newLine; // 1-based in the new text, 0 for removed lines
    };

    static QVector<Line> compare(const QString &oldText, const QString &newText);
    // Unified-style text: "  same", "- removed", "+ added"; `context` unchanged lines are kept
    // around each change (negative: all).
    static QString unified(const QVector<Line> &lines, int context = 3);
    // The diff as a patch ("--- a/NAME", "+++ b/NAME", "@@ -l,n +l,n @@" hunks with `context`
    // lines around each change) that `patch -p1` and `git apply` read; empty when nothing
    // changed.
    static QString patch(const QString &name, const QString &oldText, const QString &newText,
                         int context = 3);

private:
    static QString hunks(const QString &name, const QVector<Line> &lines, int context,
                         const std::function<bool(const Line &)> &unbroken);
};

} // namespace Tilmech
