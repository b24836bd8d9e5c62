#include "session/changebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace Tilmech {

ChangeBar::ChangeBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("changeBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    p.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    setPalette(p);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reload = new QPushButton(tr("&Reload from Disk"), this);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setToolTip(
        tr("Replace your text with the file as it is on disk now (Undo brings your text back)"));
    m_keep = new QPushButton(tr("&Keep My Text"), this);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_keep->setToolTip(tr("Keep your text; saving will write it over the file on disk"));
    m_compare = new QPushButton(tr("Co&mpare…"), this);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setToolTip(tr("Show the lines where your text and the file on disk differ"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_compare);
    layout->addWidget(m_reload);
    layout->addWidget(m_keep);

    connect(m_reload, &QPushButton::clicked, this, &ChangeBar::reloadRequested);
    connect(m_keep, &QPushButton::clicked, this, &ChangeBar::keepRequested);
    connect(m_compare, &QPushButton::clicked, this, &ChangeBar::compareRequested);
    hide();
}

void ChangeBar::showChange(const QString &message, bool canReload)
{
    m_label->setText(message);
    m_reload->setVisible(canReload);
    m_compare->setVisible(canReload);
    show();
}

QString ChangeBar::message() const
{
    return m_label->text();
}

} // namespace Tilmech
