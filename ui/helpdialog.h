#pragma once
// HelpDialog: the built-in guide (Help ▸ Guide, F1) — what tiers, order, Log and Pass, the end
// of a tier, profiles, selectors and staged policies mean, each with an example from the demo
// workspace. An example's link ("trace:FROM|TO|PROTOCOL|PORT") asks the main window to trace
// that flow, so the guide can be followed in the studio itself. The page follows the studio's
// language.

#include <optional>

#include <QDialog>

#include "core/eval/flow.h"

class QTextBrowser;
class QUrl;

namespace ps {

class HelpDialog : public QDialog {
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    /// The guide's page for the current language.
    static QUrl guideUrl();

    struct TraceLink {
        QString from;
        QString to;
        QString protocol;
        std::optional<int> port;
    };
    /// The flow a "trace:" link names; nullopt for any other link.
    static std::optional<TraceLink> traceLink(const QUrl &url);

Q_SIGNALS:
    /// Trace `flow` in the Trace panel (every field: ICMP type and code, the host endpoint it is
    /// forwarded through).
    void traceRequested(const ps::Flow &flow);

private:
    QTextBrowser *m_browser;
};

} // namespace ps
