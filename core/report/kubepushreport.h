#pragma once
// The report of a push to a Kubernetes cluster (policyctl push --kubeconfig, the studio): the
// plan — the layout found, each object created, updated (adopted or not) or deleted, the
// unchanged ones counted, this stack's objects the workspace no longer has (deleted only with
// --prune), the workspace resources not pushed — then the semantic diff, then what became of
// each change: checked by the server's dry run, applied, failed with the server's words, or not
// applied (left as it was). Also the report of a pull.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/push/kubepush.h"

namespace ps {

class KubePushReport {
    Q_DECLARE_TR_FUNCTIONS(KubePushReport)

public:
    static QString text(const KubePushOutcome &outcome);
    /// {"target":{"kind":"kubernetes","server","layout"},"status":"applied|dry-run|failed",
    ///  "message","calicoVersion","stack","fieldManager","partial",
    ///  "resources":[{"action","kind","name","path","adopted","result","message"}],
    ///  "kept":[…],"foreign":N,"skipped":[…],"diff":{…policyctl diff's JSON}}
    static QByteArray json(const KubePushOutcome &outcome);
    /// "pulled N resource(s) from SERVER (layout) into DIR", then the kinds not served.
    static QString pullText(const KubePulled &pulled, const QString &folder, qsizetype files);
};

} // namespace ps
