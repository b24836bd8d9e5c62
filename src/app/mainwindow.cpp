#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "document.h"
#include "project.h"
#include "renderer.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QUrl>
#include <QWebEngineView>
#include <QtConcurrent>

namespace Tilmech {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->openSiteAction->setShortcut(QKeySequence::Open);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->mainSplitter->setSizes({220, 400, 400, 420});
    m_ui->pageTree->header()->setStretchLastSection(false);
    m_ui->pageTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->pageTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_languageBox = new QComboBox(this);
    m_languageBox->setToolTip(tr("Translation language"));
    m_countryBox = new QComboBox(this);
    m_countryBox->setEditable(true);
    m_countryBox->addItems({QStringLiteral("kg"), QStringLiteral("kz"), QStringLiteral("ru"),
                            QStringLiteral("us"), QStringLiteral("uk"), QStringLiteral("ca"),
                            QStringLiteral("au"), QStringLiteral("in")});
    m_countryBox->setToolTip(tr("Country for @country conditionals and site URLs"));
    m_ui->mainToolBar->addWidget(new QLabel(tr("Language: "), this));
    m_ui->mainToolBar->addWidget(m_languageBox);
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addWidget(new QLabel(tr("Country: "), this));
    m_ui->mainToolBar->addWidget(m_countryBox);

    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(150);

    connect(m_ui->openSiteAction, &QAction::triggered, this, &MainWindow::chooseSite);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->pageTree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) {
                if (item)
                    openPage(item->data(0, Qt::UserRole).toString());
            });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_ui->pageTree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_ui->pageTree->topLevelItem(i);
            item->setHidden(!item->text(0).contains(text, Qt::CaseInsensitive));
        }
    });
    connect(m_languageBox, &QComboBox::currentTextChanged, this, [this](const QString &lang) {
        m_language = lang;
        const QSignalBlocker blocker(m_countryBox);
        m_countryBox->setCurrentText(QString::fromUtf8(Renderer::defaultCountry(lang)));
        populatePages();
    });
    connect(m_countryBox, &QComboBox::currentTextChanged, this, &MainWindow::scheduleRender);
    connect(m_ui->translationEdit, &QPlainTextEdit::textChanged, this,
            &MainWindow::scheduleRender);
    connect(&m_renderTimer, &QTimer::timeout, this, &MainWindow::render);
    connect(&m_renderWatcher, &QFutureWatcher<QByteArray>::finished, this,
            &MainWindow::showRender);
}

MainWindow::~MainWindow()
{
    m_renderWatcher.waitForFinished();
}

void MainWindow::chooseSite()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Site Folder"));
    if (!dir.isEmpty())
        openSite(dir);
}

bool MainWindow::openSite(const QString &path)
{
    QString error;
    std::shared_ptr<const Project> project = Project::open(path, &error);
    if (!project) {
        QMessageBox::warning(this, tr("Cannot open the site"), error);
        return false;
    }
    m_project = project;
    m_renderer = std::make_shared<const Renderer>(project);
    setWindowTitle(tr("%1 — Tilmech").arg(QFileInfo(project->root()).fileName()));
    const QSignalBlocker blocker(m_languageBox);
    m_languageBox->clear();
    m_languageBox->addItems(project->languages());
    m_language = project->languages().contains(QStringLiteral("ky"))
                     ? QStringLiteral("ky")
                     : project->languages().value(0, QStringLiteral("en"));
    m_languageBox->setCurrentText(m_language);
    {
        const QSignalBlocker countryBlocker(m_countryBox);
        m_countryBox->setCurrentText(QString::fromUtf8(Renderer::defaultCountry(m_language)));
    }
    populatePages();
    return true;
}

void MainWindow::populatePages()
{
    m_ui->pageTree->clear();
    if (!m_project)
        return;
    QTreeWidgetItem *first = nullptr;
    for (const Page &page : m_project->pages()) {
        auto *item = new QTreeWidgetItem(m_ui->pageTree);
        item->setText(0, page.name);
        item->setData(0, Qt::UserRole, page.name);
        const bool english = page.has(QStringLiteral("en"));
        const bool translated = page.has(m_language);
        item->setText(1, !english      ? tr("no English")
                         : translated ? tr("translated")
                                      : tr("missing"));
        if (!first)
            first = item;
    }
    if (first)
        m_ui->pageTree->setCurrentItem(first);
}

void MainWindow::openPage(const QString &name)
{
    const Page *page = m_project ? m_project->page(name) : nullptr;
    if (!page)
        return;
    m_pageName = name;
    auto loadText = [](const PageFile *file) {
        if (!file)
            return QString();
        QString error;
        const std::optional<Document> doc = Document::load(file->absolutePath, &error);
        return doc ? doc->text() : error;
    };
    const PageFile *english = page->preferred(QStringLiteral("en"));
    const PageFile *translation = page->preferred(m_language);
    m_ui->sourceEdit->setPlainText(loadText(english));
    {
        const QSignalBlocker blocker(m_ui->translationEdit);
        m_ui->translationEdit->setPlainText(loadText(translation));
    }
    m_variant = int((translation ? translation : english)->variant);
    statusBar()->showMessage(translation ? translation->relativePath
                                          : tr("No %1 translation of %2").arg(m_language, name));
    render();
}

void MainWindow::scheduleRender()
{
    m_renderTimer.start();
}

void MainWindow::render()
{
    if (!m_renderer)
        return;
    if (m_renderWatcher.isRunning()) {
        m_renderAgain = true;
        return;
    }
    const QString text = m_ui->translationEdit->toPlainText();
    const std::shared_ptr<const Renderer> renderer = m_renderer;
    RenderOptions options;
    options.language = m_language;
    options.country = m_countryBox->currentText();
    const auto variant = PageVariant(m_variant);
    m_renderWatcher.setFuture(QtConcurrent::run([renderer, text, options, variant] {
        const Document doc = Document::fromBytes(text.toUtf8());
        return renderer->render(doc, variant, options).html;
    }));
}

void MainWindow::showRender()
{
    m_ui->preview->setHtml(QString::fromUtf8(m_renderWatcher.result()),
                           QUrl(QStringLiteral("tilmech://site/")));
    if (m_renderAgain) {
        m_renderAgain = false;
        render();
    }
}

} // namespace Tilmech
