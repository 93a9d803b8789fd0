#include "ui/helpdialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ps {

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Policy Studio Guide"));
    m_browser->setOpenLinks(false);
    m_browser->setSource(guideUrl());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const std::optional<TraceLink> link = traceLink(url)) {
            Flow flow;
            flow.from = link->from;
            flow.to = link->to;
            flow.protocol = link->protocol;
            flow.port = link->port;
            Q_EMIT traceRequested(flow);
        }
    });
    resize(640, 720);
}

QUrl HelpDialog::guideUrl()
{
    // The page is a translated string, so the guide follows the language the studio runs in.
    return QUrl(tr("qrc:/help/guide.en.html",
        "the built-in guide's page for this language: qrc:/help/guide.<language>.html"));
}

std::optional<HelpDialog::TraceLink> HelpDialog::traceLink(const QUrl &url)
{
    if (url.scheme() != QLatin1StringView("trace"))
        return std::nullopt;
    const QStringList parts = url.path().split(u'|');
    if (parts.size() != 4 || parts[0].isEmpty() || parts[1].isEmpty())
        return std::nullopt;
    TraceLink link {parts[0], parts[1], parts[2], std::nullopt};
    bool ok = false;
    if (const int port = parts[3].toInt(&ok); ok)
        link.port = port;
    return link;
}

} // namespace ps
