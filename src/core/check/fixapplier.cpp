#include "check/fixapplier.h"

#include <algorithm>

namespace Tilmech {

namespace {

// Fixes in text order; an insertion before a replacement that starts at the same place.
bool before(const Diagnostic &a, const Diagnostic &b)
{
    if (a.fix.begin != b.fix.begin)
        return a.fix.begin < b.fix.begin;
    return a.fix.end < b.fix.end;
}

} // namespace

FixApplier::Plan FixApplier::plan(const QByteArray &text, const Diagnostics &diagnostics)
{
    Diagnostics fixable;
    for (const Diagnostic &d : diagnostics) {
        if (d.fix.isValid())
            fixable.append(d);
    }
    std::stable_sort(fixable.begin(), fixable.end(), before);
    Plan plan;
    for (const Diagnostic &d : qAsConst(fixable)) {
        const Fix &f = d.fix;
        const QByteArray replacement = f.text.toUtf8();
        if (f.end > text.size() || text.mid(f.begin, f.end - f.begin) != f.original) {
            plan.refused.append({d, tr("the text changed since it was checked")});
            continue;
        }
        if (!plan.edits.isEmpty()) {
            const Edit &last = plan.edits.constLast();
            if (last.begin == f.begin && last.end == f.end && last.text == replacement) {
                plan.applied.append(d); // the same repair found twice
                continue;
            }
            if (f.begin < last.end || (f.begin == last.begin && last.begin < last.end)) {
                plan.refused.append(
                    {d, tr("it overlaps another fix; validate again to fix it after that one")});
                continue;
            }
        }
        plan.edits.append({f.begin, f.end, replacement});
        plan.applied.append(d);
    }
    return plan;
}

QByteArray FixApplier::apply(const QByteArray &text, const QVector<Edit> &edits)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const Edit &e : edits) {
        out += QByteArrayView(text).sliced(at, e.begin - at);
        out += e.text;
        at = e.end;
    }
    out += QByteArrayView(text).sliced(at);
    return out;
}

QString FixApplier::describe(const Diagnostic &d)
{
    const Fix &f = d.fix;
    const QString shown = f.text.trimmed().isEmpty() && !f.text.isEmpty()
                              ? tr("a space")
                              : QStringLiteral("“%1”").arg(f.text.trimmed());
    if (f.text.isEmpty()) {
        const QString gone = QString::fromUtf8(f.original);
        return gone.trimmed().isEmpty() ? tr("Remove the spaces")
                                        : tr("Remove “%1”").arg(gone.trimmed());
    }
    if (f.begin == f.end)
        return tr("Insert %1").arg(shown);
    return tr("Write %1").arg(shown);
}

} // namespace Tilmech
