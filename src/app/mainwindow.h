#pragma once

#include <QFutureWatcher>
#include <QMainWindow>
#include <QTimer>

#include <memory>

namespace Ui {
class MainWindow;
}
class QComboBox;

namespace Tilmech {

class Project;
class Renderer;
struct PageFile;

// The main window: the site's pages on the left, the English source beside the translation,
// and the rendered preview of the translation.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openSite(const QString &path);

private:
    void populatePages();
    void openPage(const QString &name);
    void scheduleRender();
    void render();
    void showRender();
    void chooseSite();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QComboBox *m_languageBox = nullptr;
    QComboBox *m_countryBox = nullptr;
    std::shared_ptr<const Project> m_project;
    std::shared_ptr<const Renderer> m_renderer;
    QString m_pageName;
    int m_variant = 0;
    QString m_language;
    QTimer m_renderTimer;
    QFutureWatcher<QByteArray> m_renderWatcher;
    bool m_renderAgain = false;
};

} // namespace Tilmech
