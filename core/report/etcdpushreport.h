#pragma once
// The report of a push to Calico's etcd datastore (policyctl push --etcd, the studio): the plan —
// each key created, updated (adopted or not) or deleted, the unchanged ones counted, what this
// stack wrote that the workspace no longer has (deleted only with --prune), the workspace
// resources a push does not store — then the semantic diff (policies, flows whose verdict
// changes), then the result: applied at a revision with the rollback state's file, a dry run, or
// the failure with "nothing was written". Also the report of a rollback and of a pull.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/push/etcdpush.h"

namespace ps {

class EtcdPushReport {
    Q_DECLARE_TR_FUNCTIONS(EtcdPushReport)

public:
    static QString text(const EtcdPushOutcome &outcome);
    /// {"target":{"kind":"etcd","endpoint"},"status":"applied|dry-run|failed","message",
    ///  "calicoVersion","stack","revision":N (read at),"appliedRevision":N|null,
    ///  "resources":[{"action","kind","name","key","adopted","result"}],"kept":[…],
    ///  "foreign":N,"skipped":[…],"rollbackFile":"…"|null,"diff":{…policyctl diff's JSON}}
    static QByteArray json(const EtcdPushOutcome &outcome);

    /// "restored N key(s) ... at revision R".
    static QString rollbackText(const EtcdRollback &rollback, qint64 revision);
    /// {"status":"rolled-back","pushRevision":N,"revision":N,"restored":[{"kind","name","key",
    ///  "action":"restore|remove"}]}
    static QByteArray rollbackJson(const EtcdRollback &rollback, qint64 revision);
    /// "pulled N resource(s) from etcd at URL (revision R) into DIR".
    static QString pullText(
        const EtcdPulled &pulled, const QString &endpoint, const QString &folder, qsizetype files);
};

} // namespace ps
