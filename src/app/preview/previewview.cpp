#include "preview/previewview.h"

#include "preview/previewpage.h"
#include "preview/requestinterceptor.h"
#include "preview/siteschemehandler.h"
#include "preview/webenginesetup.h"
#include "render/htmlchunks.h"
#include "render/layout.h"

#include <QChildEvent>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QTimer>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>

namespace Tilmech {

namespace {

QString jsString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString modeClass(PreviewView::Mode mode)
{
    switch (mode) {
    case PreviewView::Mode::Source:
        return QStringLiteral("mode-source");
    case PreviewView::Mode::Both:
        return QStringLiteral("mode-both");
    case PreviewView::Mode::Translation:
        break;
    }
    return QStringLiteral("mode-translation");
}

} // namespace

PreviewView::PreviewView(QWidget *parent) : QWebEngineView(parent)
{
    // An own profile: nothing stored on disk, our scheme, and the request filter.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::NoCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_interceptor = new RequestInterceptor(this);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_handler = new SiteSchemeHandler(this);
    m_profile->installUrlSchemeHandler(WebEngineSetup::scheme(), m_handler);

    m_page = new PreviewPage(m_profile, this);
    QWebEngineSettings *s = m_page->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    // Remote loads reach the network layer only to meet the request interceptor there, which
    // stops every one of them and counts it: one gate, seen and tested.
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);

    connect(m_page, &PreviewPage::linkActivated, this, &PreviewView::linkActivated);
    // A link click that Tilmech turns down ends as a failed load: the shell is still there.
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok)
            return;
        m_shellLoaded = true;
        applyPending();
    });
    loadShell();
    installFilter();
}

PreviewView::~PreviewView()
{
    // The page must go before its profile.
    setPage(nullptr);
    delete m_page;
}

void PreviewView::installFilter()
{
    // Wheel and key scrolling happen in the render widget, the view's focus proxy.
    QTimer::singleShot(0, this, [this] {
        QWidget *proxy = focusProxy();
        if (proxy && proxy != m_filtered) {
            proxy->installEventFilter(this);
            m_filtered = proxy;
        }
    });
}

bool PreviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filtered && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton)
            clickAt(mouse->position() / zoomFactor(), mouse->globalPosition().toPoint());
    }
    if (watched == m_filtered &&
        (event->type() == QEvent::Wheel || event->type() == QEvent::KeyRelease ||
         event->type() == QEvent::MouseButtonRelease)) {
        QTimer::singleShot(60, this, &PreviewView::scrolledByUser);
    }
    return QWebEngineView::eventFilter(watched, event);
}

void PreviewView::loadShell()
{
    static const char css[] =
        ".tilmech-columns{display:block}"
        "body.mode-translation #tilmech-source{display:none}"
        "body.mode-source #tilmech-page{display:none}"
        "body.mode-both .tilmech-columns{display:flex;gap:0}"
        "body.mode-both main{flex:1 1 50%;min-width:0;box-sizing:border-box}"
        "body.mode-both #tilmech-source{border-right:1px solid #c6cacd;background:#fbfbfb}"
        "body.layout-wide main{max-width:980px}"
        ".tilmech-current{outline:2px solid #ffa400;outline-offset:3px;border-radius:2px}"
        "#tilmech-refused-layer{position:absolute;left:0;top:0;width:0;height:0;z-index:20}"
        ".tilmech-refused-box{position:absolute;outline:2px dashed #c2410c;outline-offset:2px;"
        "border-radius:2px;background:rgba(234,88,12,0.06);cursor:help}";
    QByteArray shell = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>";
    shell += Layout::stylesheet();
    shell += css;
    shell += "</style></head><body class=\"mode-translation layout-default\">"
             "<header class=\"site-header\"><span class=\"site-name\">Hour of Code</span></header>"
             "<div class=\"tilmech-columns\"><main id=\"tilmech-source\" class=\"content\"></main>"
             "<main id=\"tilmech-page\" class=\"content\"></main></div></body></html>";
    m_handler->setShell(shell);
    m_shellLoaded = false;
    m_translation = Column();
    m_source = Column();
    m_page->load(QUrl(QString::fromLatin1(WebEngineSetup::scheme()) + QStringLiteral("://site/")));
}

void PreviewView::setSite(const QString &root, const QString &language)
{
    m_handler->setSite(root, language);
}

void PreviewView::setCountry(const QString &country)
{
    m_handler->setCountry(country);
}

void PreviewView::setMode(Mode mode)
{
    m_mode = mode;
    evaluate(QStringLiteral("document.body.classList.remove('mode-translation','mode-source',"
                            "'mode-both');document.body.classList.add('%1');")
                 .arg(modeClass(mode)),
             {});
}

// The script that brings one column from the chunks last sent to `body`: only the chunks
// between the unchanged beginning and end are replaced, each chunk led by a comment that
// names it; when the DOM is not as expected the whole column is rewritten.
QString PreviewView::columnScript(const char *id, const QByteArray &body, Column &column)
{
    const QVector<HtmlChunks::Chunk> chunks = HtmlChunks::split(body);
    QVector<quint64> hashes;
    hashes.reserve(chunks.size());
    for (const HtmlChunks::Chunk &c : chunks)
        hashes.append(c.hash);
    qsizetype prefix = 0, suffix = 0;
    const qsizetype oldCount = column.hashes.size();
    if (column.known) {
        while (prefix < oldCount && prefix < hashes.size() &&
               column.hashes[prefix] == hashes[prefix])
            ++prefix;
        while (suffix < oldCount - prefix && suffix < hashes.size() - prefix &&
               column.hashes[oldCount - 1 - suffix] == hashes[hashes.size() - 1 - suffix])
            ++suffix;
    }
    auto marked = [&](qsizetype from, qsizetype to) {
        QByteArray html;
        for (qsizetype i = from; i < to; ++i) {
            html += "<!--tm " + QByteArray::number(chunks[i].hash, 16) + "-->";
            html += QByteArrayView(body).sliced(chunks[i].begin, chunks[i].end - chunks[i].begin);
        }
        return jsString(QString::fromUtf8(html));
    };
    column.hashes = hashes;
    if (!column.known) {
        column.known = true;
        return QStringLiteral(
                   "(function(){var root=document.getElementById('%1');root.innerHTML=%2;})();")
            .arg(QLatin1String(id), marked(0, chunks.size()));
    }
    if (prefix == oldCount && prefix == hashes.size())
        return QString(); // nothing changed
    return QStringLiteral("(function(){var root=document.getElementById('%1');var m=[];"
                          "for(var n=root.firstChild;n;n=n.nextSibling){if(n.nodeType===8&&"
                          "n.data.lastIndexOf('tm ',0)===0)m.push(n);}"
                          "if(m.length!==%2){window.tilmechResync=true;return;}"
                          "var end=%3<%2?m[%3]:null;var n=%4<%2?m[%4]:end;"
                          "while(n&&n!==end){var next=n.nextSibling;root.removeChild(n);n=next;}"
                          "var r=document.createRange();r.selectNodeContents(root);"
                          "root.insertBefore(r.createContextualFragment(%5),end);})();")
        .arg(QLatin1String(id))
        .arg(oldCount)
        .arg(oldCount - suffix)
        .arg(prefix)
        .arg(marked(prefix, hashes.size() - suffix));
}

void PreviewView::setContent(const QByteArray &translationBody, const QByteArray &sourceBody,
                             const QString &title, const QString &layout, int serial)
{
    // A column whose DOM is not the one last sent (a reload, a script that failed) sets
    // tilmechResync; the answer is then -1 and the whole content is sent again.
    m_last = {translationBody, sourceBody, title, layout};
    const bool resync = !m_translation.known && (sourceBody.isNull() || !m_source.known);
    QString script = QStringLiteral("(function(){");
    if (resync)
        script += QStringLiteral("window.tilmechResync=false;");
    script += columnScript("tilmech-page", translationBody, m_translation);
    if (!sourceBody.isNull())
        script += columnScript("tilmech-source", sourceBody, m_source);
    script += outlineScript() + QLatin1Char(';');
    script += QStringLiteral("document.title=%1;document.body.className='%2 layout-'+%3;"
                             "return window.tilmechResync?-1:%4;})()")
                  .arg(jsString(title), modeClass(m_mode), jsString(layout))
                  .arg(serial);
    // Scripts build on the state the previous ones left: none may be skipped.
    if (m_hasPending)
        m_pendingScript += QLatin1Char(';') + script;
    else
        m_pendingScript = script;
    m_pendingSerial = serial;
    m_hasPending = true;
    m_highlighted[0].clear(); // a replaced chunk loses its highlight
    m_highlighted[1].clear();
    if (m_shellLoaded)
        applyPending();
}

void PreviewView::applyPending()
{
    if (!m_hasPending)
        return;
    m_hasPending = false;
    const int serial = m_pendingSerial;
    m_page->runJavaScript(m_pendingScript, QWebEngineScript::ApplicationWorld,
                          [this, serial](const QVariant &v) {
                              if (v.toInt() == -1) {
                                  // The DOM was not what the differences were computed against:
                                  // send it all.
                                  m_translation.known = false;
                                  m_source.known = false;
                                  setContent(m_last.translationBody, m_last.sourceBody,
                                             m_last.title, m_last.layout, serial);
                                  return;
                              }
                              emit contentUpdated(serial);
                              // Findings that came while the content waited for the shell.
                              outlineRefused();
                              // An anchor of the page that was loading: tried once more.
                              if (!m_pendingAnchor.isEmpty())
                                  scrollTo(std::exchange(m_pendingAnchor, QString()));
                          });
    m_pendingScript.clear();
}

// Outlines the output of each refused tag (RefusedTags): the renderer puts empty
// <tilmech-mark> elements around it, or a data-tilmech-refused attribute on the element it
// sits in; one box is drawn around what lies between, in a layer of its own so that the
// page's text is untouched. The box's title is the validator's message for the tag.
QString PreviewView::outlineScript() const
{
    return QStringLiteral(
               "(function(){var titles=%1;"
               "var layer=document.getElementById('tilmech-refused-layer');"
               "if(!layer){layer=document.createElement('div');layer.id='tilmech-refused-layer';"
               "document.body.appendChild(layer);}"
               "while(layer.firstChild)layer.removeChild(layer.firstChild);"
               "['tilmech-page','tilmech-source'].forEach(function(id){"
               "var root=document.getElementById(id);if(!root)return;var groups={},order=[];"
               "root.querySelectorAll('[data-tilmech-refused]').forEach(function(n){"
               "var k=n.getAttribute('data-tilmech-refused');"
               "if(!groups[k]){groups[k]=[];order.push(k);}groups[k].push(n);});"
               "order.forEach(function(k){var ns=groups[k],first=ns[0],last=ns[ns.length-1];"
               "var r=document.createRange();"
               "if(first.localName==='tilmech-mark')r.setStartAfter(first);else "
               "r.setStartBefore(first);"
               "if(last.localName==='tilmech-mark')r.setEndBefore(last);else r.setEndAfter(last);"
               "var span='',title='';ns.forEach(function(n){"
               "if(!span&&n.getAttribute('data-tilmech-span'))span=n.getAttribute('data-tilmech-"
               "span');"
               "if(!title&&n.title)title=n.title;});"
               "var b=parseInt(span),e=parseInt(span.split('-')[1]);"
               "for(var i=0;i<titles.length;i++){if(titles[i][0]<e&&titles[i][1]>b){"
               "title=titles[i][2];break;}}"
               "var q=r.getBoundingClientRect();if(q.width<1&&q.height<1)return;"
               "var d=document.createElement('div');d.className='tilmech-refused-box';"
               "d.title=title;d.setAttribute('data-span',span);"
               "d.style.left=(q.left+window.scrollX)+'px';d.style.top=(q.top+window.scrollY)+'px';"
               "d.style.width=q.width+'px';d.style.height=q.height+'px';layer.appendChild(d);});});"
               "})()")
        .arg(m_refusalMessages);
}

void PreviewView::outlineRefused()
{
    if (m_shellLoaded)
        evaluate(outlineScript(), {});
}

void PreviewView::setRefusalMessages(const QVector<Finding> &findings)
{
    QJsonArray list;
    for (const Finding &f : findings)
        list.append(QJsonArray{double(f.begin), double(f.end), f.message});
    const QString json = QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
    if (json == m_refusalMessages)
        return;
    m_refusalMessages = json;
    outlineRefused();
}

void PreviewView::resizeEvent(QResizeEvent *event)
{
    QWebEngineView::resizeEvent(event);
    // The boxes follow the text once it is laid out again.
    QTimer::singleShot(150, this, &PreviewView::outlineRefused);
}

void PreviewView::clickAt(const QPointF &pos, const QPoint &globalPos)
{
    const QString script = QStringLiteral("(function(){var e=document.elementFromPoint(%1,%2);"
                                          "return e&&e.classList.contains('tilmech-refused-box')?"
                                          "e.getAttribute('data-span'):'';})()")
                               .arg(pos.x())
                               .arg(pos.y());
    evaluate(script, [this, globalPos](const QVariant &v) {
        const QStringList span = v.toString().split(QLatin1Char('-'));
        bool ok1 = false, ok2 = false;
        const qsizetype begin = span.value(0).toLongLong(&ok1);
        const qsizetype end = span.value(1).toLongLong(&ok2);
        if (ok1 && ok2)
            emit refusedTagClicked(begin, end, globalPos);
    });
}

void PreviewView::highlightLines(bool source, int first, int last, bool scroll)
{
    // The same block again: nothing to do unless it must be scrolled to.
    const QString key = QStringLiteral("%1-%2").arg(first).arg(last);
    if (!scroll && m_highlighted[source ? 1 : 0] == key)
        return;
    m_highlighted[source ? 1 : 0] = key;
    const QString script =
        QStringLiteral("(function(){var root=document.getElementById('%1');if(!root)return;"
                       "document.querySelectorAll('.tilmech-current').forEach(function(e){"
                       "e.classList.remove('tilmech-current');});var hit=null;"
                       "root.querySelectorAll('[data-sourcepos]').forEach(function(e){"
                       "var l=parseInt(e.getAttribute('data-sourcepos'));"
                       "if(l>=%2&&l<=%3&&!(e.parentElement&&e.parentElement.classList.contains('"
                       "tilmech-current'))){"
                       "e.classList.add('tilmech-current');if(!hit)hit=e;}});"
                       "if(%4&&hit)hit.scrollIntoView({block:'center'});})()")
            .arg(source ? QStringLiteral("tilmech-source") : QStringLiteral("tilmech-page"))
            .arg(first)
            .arg(last)
            .arg(scroll ? QStringLiteral("true") : QStringLiteral("false"));
    evaluate(script, {});
}

void PreviewView::topVisibleLine(bool source, const std::function<void(int)> &callback)
{
    const QString script =
        QStringLiteral("(function(){var root=document.getElementById('%1');if(!root)return 0;"
                       "var all=root.querySelectorAll('[data-sourcepos]');"
                       "for(var i=0;i<all.length;i++){var r=all[i].getBoundingClientRect();"
                       "if(r.bottom>4&&r.height>0)return parseInt(all[i].getAttribute("
                       "'data-sourcepos'));}return 0;})()")
            .arg(source ? QStringLiteral("tilmech-source") : QStringLiteral("tilmech-page"));
    evaluate(script, [callback](const QVariant &v) { callback(v.toInt()); });
}

void PreviewView::scrollToAnchor(const QString &anchor)
{
    m_pendingAnchor = anchor;
    scrollTo(anchor);
}

void PreviewView::scrollTo(const QString &anchor)
{
    // The column shown (the translation's in "both"); the anchor written as a JSON string.
    const QString quoted = QString::fromUtf8(
        QJsonDocument(QJsonArray{anchor}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    const QString script =
        QStringLiteral("(function(id){var root=document.getElementById(document.body.classList."
                       "contains('mode-source')?'tilmech-source':'tilmech-page');if(!root)return "
                       "false;var all=root.querySelectorAll('[id],[name]');for(var i=0;i<all."
                       "length;i++){if(all[i].id===id||all[i].getAttribute('name')===id){all[i]."
                       "scrollIntoView();return true;}}return false;})(%1)")
            .arg(quoted);
    evaluate(script, [this, anchor](const QVariant &found) {
        if (found.toBool() && m_pendingAnchor == anchor)
            m_pendingAnchor.clear();
    });
}

void PreviewView::evaluate(const QString &script,
                           const std::function<void(const QVariant &)> &callback)
{
    if (callback)
        m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld, callback);
    else
        m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld);
}

} // namespace Tilmech
