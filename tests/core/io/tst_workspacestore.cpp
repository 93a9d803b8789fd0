// WorkspaceStore: plans that rewrite only what changed (bytes compared), files left alone,
// new and removed resources, documents that were not read completely, files changed on disk,
// a full disk and kill -9 during a save.

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/mount.h>
#include <sys/types.h>
#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include "core/io/loader.h"
#include "core/io/workspacestore.h"
#include "core/io/writer.h"
#include "tests/support/testfiles.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString &file)
{
    return test::readFile(file);
}

void writeAll(const QString &file, const QByteArray &bytes)
{
    QVERIFY2(test::writeFile(file, bytes), qPrintable(file));
}

/// `workspace` with the order of the policy named `name` set to `order`.
Workspace withOrder(const Workspace &workspace, const QString &name, double order)
{
    return workspace.edited([&](WorkspaceData &d) {
        for (CalicoPolicy &p : d.policies)
            if (p.meta.name == name)
                p.order = order;
    });
}

qsizetype policyIndex(const Workspace &w, const QString &name)
{
    for (qsizetype i = 0; i < w->policies.size(); ++i)
        if (w->policies[i].meta.name == name)
            return i;
    return -1;
}

QString errors(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        if (d.severity == Severity::Error)
            out << d.toString();
    return out.join(u'\n');
}

/// The lines of `text` that are comments.
QList<QByteArray> comments(const QByteArray &text)
{
    QList<QByteArray> out;
    for (const QByteArray &line : text.split('\n'))
        if (line.contains('#'))
            out << line.mid(line.indexOf('#'));
    return out;
}

// A file of three policies, hand written, with comments everywhere a person puts them.
const QByteArray kCommented = R"(# Policies for the payments team.
# Reviewed 2024-05.
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: allow-dns   # DNS first
spec:
  order: 10
  selector: all()
  types: [Egress]
  egress:
    - action: Allow
      protocol: UDP
      destination:
        ports: [53]
---
# The one we edit.
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: deny-db
spec:
  order:    200     # spacing kept when untouched
  selector: "role == 'db'"
  types:
  - Ingress
  ingress:
  - action: Deny
# trailing comment of deny-db
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: last-one}
spec: {order: 300, selector: all(), types: [Ingress], ingress: [{action: Allow}]})";

// IP pools around a policy: they were an ignored kind once and are resources now.
const QByteArray kPools = R"(# cluster pools
apiVersion: projectcalico.org/v3
kind: IPPool
metadata: {name: default-ipv4-ippool}   # made by the operator
spec: {cidr: 192.168.0.0/16, natOutgoing: true, ipipMode: Always, blockSize: 26}
---
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: deny-db
spec:
  order:    200     # spacing kept when untouched
  selector: "role == 'db'"
---
apiVersion: projectcalico.org/v3
kind: IPPool
metadata:
  name: v6
spec:
  cidr: "fd00:10:244::/64"
  vxlanMode:   CrossSubnet    # spacing kept
)";

const QByteArray kList = R"(apiVersion: v1
kind: List
items:
  # first item
  - apiVersion: projectcalico.org/v3
    kind: GlobalNetworkPolicy
    metadata:
      name: item-a
    spec:
      order: 1
      selector: all()
  - apiVersion: projectcalico.org/v3
    kind: GlobalNetworkPolicy
    metadata:
      name: item-b
    spec:
      order: 2
      selector: all()
  # after the items
)";

const QByteArray kJsonList = R"json({"apiVersion": "v1", "kind": "List", "items": [
  {"apiVersion": "projectcalico.org/v3", "kind": "GlobalNetworkPolicy", "metadata": {"name": "json-a"}, "spec": {"order": 1, "selector": "all()"}},
  {"apiVersion": "projectcalico.org/v3", "kind": "GlobalNetworkPolicy", "metadata": {"name": "json-b"}, "spec": {"order": 2, "selector": "all()"}}
]}
)json";

/// A policy the Writer writes, big enough that writing it takes a while.
QByteArray bigFile(int policies)
{
    WorkspaceData d;
    for (int i = 0; i < policies; ++i) {
        CalicoPolicy p;
        p.meta.name = u"policy-%1"_s.arg(i);
        p.order = 1;
        p.selector = u"app == 'a%1'"_s.arg(i);
        p.types = {u"Ingress"_s};
        Rule r;
        r.action = u"Allow"_s;
        p.ingress = {r};
        d.policies << p;
    }
    return Writer().write(Workspace(d));
}

} // namespace

class TstWorkspaceStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loaderRecordsDocuments();
    void editRewritesOnlyThatDocument_data();
    void editRewritesOnlyThatDocument();
    void ipPoolEditRewritesOnlyThatDocument();
    void nothingChangedWritesNothing();
    void unchangedFilesAreNotTouched();
    void newResource_data();
    void newResource();
    void removal_data();
    void removal();
    void editKeepsUnmodelledFields_data();
    void editKeepsUnmodelledFields();
    void incompleteDocumentIsNeverRewritten_data();
    void incompleteDocumentIsNeverRewritten();
    void rewriteAllKeepsWhatItCannotRepresent();
    void changedOnDiskIsRefused();
    void saveAsCopiesDocuments();
    void fullDiskLeavesOriginal();
    void killDuringSaveLeavesOldOrNew();
};

void TstWorkspaceStore::loaderRecordsDocuments()
{
    const LoadResult loaded = Loader().loadText(kCommented, u"c.yaml"_s);
    QCOMPARE(loaded.loadedFiles.size(), 1);
    const LoadedFile &file = loaded.loadedFiles.first();
    QCOMPARE(file.text, kCommented);
    QVERIFY(file.parsed);
    QCOMPARE(file.documentStarts.size(), 3);
    QCOMPARE(file.documentStarts[0], 0);
    QCOMPARE(file.documentStarts[1], kCommented.indexOf("---\n# The one"));
    QCOMPARE(file.documentStarts[2], kCommented.lastIndexOf("---"));
    const CalicoPolicy &deny = loaded.workspace->policies[1];
    QCOMPARE(deny.source.begin, kCommented.indexOf("apiVersion", file.documentStarts[1]));
    // Its last value, "Deny", ends it; the comment on the next line is not part of it.
    QCOMPARE(deny.source.end, kCommented.indexOf("Deny") + 4);
    QVERIFY(deny.source.complete);
    QVERIFY(!deny.source.listItem);
    // A comment on the last value's line goes with it.
    const QByteArray commented = "kind: Tier\napiVersion: projectcalico.org/v3\nmetadata: {name: "
                                 "t}\nspec: {order: 5}  # five\n# next\n";
    const LoadResult tier = Loader().loadText(commented, u"t.yaml"_s);
    QCOMPARE(tier.workspace->tiers.first().source.end, commented.indexOf("# five") + 6);
    // List items.
    const LoadResult list = Loader().loadText(kList, u"l.yaml"_s);
    QCOMPARE(list.workspace->policies.size(), 2);
    const Source &b = list.workspace->policies[1].source;
    QVERIFY(b.listItem);
    QCOMPARE(b.begin, kList.indexOf("apiVersion", kList.indexOf("item-a")));
    QCOMPARE(b.end, kList.lastIndexOf("all()") + 5);
    // JSON (flow) items end with their closing brace.
    const LoadResult json = Loader().loadText(kJsonList, u"j.json"_s);
    const Source &ja = json.workspace->policies[0].source;
    QCOMPARE(ja.begin, kJsonList.indexOf("{\"apiVersion\": \"projectcalico"));
    QCOMPARE(kJsonList.mid(ja.end - 2, 3), "}},");
    // A file that does not parse.
    const LoadResult broken
        = Loader().loadText("kind: Tier\napiVersion: projectcalico.org/v3\nmetadata: {name: "
                            "t}\n---\nkind: [\n",
            u"b.yaml"_s);
    QVERIFY(!broken.loadedFiles.first().parsed);
    QCOMPARE(broken.workspace->tiers.size(), 1);
}

void TstWorkspaceStore::editRewritesOnlyThatDocument_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("policy");
    QTest::addRow("middle document") << kCommented << u"c.yaml"_s << u"deny-db"_s;
    QTest::addRow("first document") << kCommented << u"c.yaml"_s << u"allow-dns"_s;
    QTest::addRow("last document, flow style, no final line break")
        << kCommented << u"c.yaml"_s << u"last-one"_s;
    QTest::addRow("between IP pools") << kPools << u"p.yaml"_s << u"deny-db"_s;
    QTest::addRow("first List item") << kList << u"l.yaml"_s << u"item-a"_s;
    QTest::addRow("last List item") << kList << u"l.yaml"_s << u"item-b"_s;
    QTest::addRow("JSON List item") << kJsonList << u"j.json"_s << u"json-a"_s;
    QTest::addRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF" + kCommented) << u"c.yaml"_s << u"deny-db"_s;
}

void TstWorkspaceStore::editRewritesOnlyThatDocument()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, fileName);
    QFETCH(QString, policy);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    writeAll(path, text);
    const LoadResult loaded = Loader().loadPaths({path});
    QVERIFY2(errors(loaded.diagnostics).isEmpty(), qPrintable(errors(loaded.diagnostics)));
    WorkspaceStore store(loaded);
    const qsizetype index = policyIndex(loaded.workspace, policy);
    QVERIFY(index >= 0);
    const Source source = loaded.workspace->policies[index].source;
    const qsizetype bom = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;

    const Workspace edited = withOrder(loaded.workspace, policy, 42);
    const Result<WritePlan> plan = store.plan(edited);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
    QCOMPARE(plan->writes.size(), 1);
    const FileWrite &write = plan->writes.first();
    QCOMPARE(write.file, path);
    QCOMPARE(write.changes.size(), 1);
    QCOMPARE(write.changes.first().type, DocumentChange::Type::Changed);
    QCOMPARE(write.changes.first().name, policy);

    // Everything before and after the document's text is the same, byte for byte.
    const QByteArray &after = write.bytes;
    qsizetype prefix = 0;
    while (prefix < after.size() && prefix < text.size() && after[prefix] == text[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < after.size() - prefix && suffix < text.size() - prefix
        && after[after.size() - 1 - suffix] == text[text.size() - 1 - suffix])
        ++suffix;
    QVERIFY2(prefix >= bom + source.begin,
        qPrintable(u"first difference at %1, the document starts at %2"_s.arg(prefix).arg(
            bom + source.begin)));
    QVERIFY2(text.size() - suffix <= bom + source.end,
        qPrintable(u"last difference at %1, the document ends at %2"_s.arg(text.size() - suffix)
                       .arg(bom + source.end)));
    for (const QByteArray &comment :
        comments(text.left(bom + source.begin) + text.mid(bom + source.end)))
        QVERIFY2(after.contains(comment), comment.constData());

    // Applied: the file reads back as the edited workspace.
    const Result<QStringList> applied = store.apply(*plan);
    QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().toString()));
    QCOMPARE(readAll(path), after);
    const LoadResult reread = Loader().loadPaths({path});
    QVERIFY2(errors(reread.diagnostics).isEmpty(), qPrintable(errors(reread.diagnostics)));
    QCOMPARE(reread.workspace, edited);
    // The store now knows the written file: nothing more to write, ids kept.
    const Result<WritePlan> again = store.plan(edited);
    QVERIFY(again.ok());
    QVERIFY(again->isEmpty());
    const Workspace refreshed = store.withSavedSources(edited);
    QCOMPARE(refreshed->policies[index].source.id, edited->policies[index].source.id);
    QCOMPARE(
        refreshed->policies[index].source.begin, reread.workspace->policies[index].source.begin);
}

void TstWorkspaceStore::ipPoolEditRewritesOnlyThatDocument()
{
    const LoadResult loaded = Loader().loadText(kPools, u"p.yaml"_s);
    QVERIFY2(errors(loaded.diagnostics).isEmpty(), qPrintable(errors(loaded.diagnostics)));
    QCOMPARE(loaded.workspace->ipPools.size(), 2);
    const WorkspaceStore store(loaded);
    const Workspace edited
        = loaded.workspace.edited([](WorkspaceData &d) { d.ipPools.last().natOutgoing = true; });
    const Result<WritePlan> plan = store.plan(edited);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
    QCOMPARE(plan->writes.size(), 1);
    const FileWrite &write = plan->writes.first();
    QCOMPARE(write.changes.size(), 1);
    QCOMPARE(write.changes.first().type, DocumentChange::Type::Changed);
    QCOMPARE(write.changes.first().name, u"v6"_s);
    // The first pool and the policy, comments and spacing included, are copied as they were.
    const qsizetype v6 = kPools.lastIndexOf("apiVersion:");
    QVERIFY2(write.bytes.startsWith(kPools.left(v6)), write.bytes.constData());
    QVERIFY2(write.bytes.contains("natOutgoing: true\n"), write.bytes.constData());
    const LoadResult reread = Loader().loadText(write.bytes, u"p.yaml"_s);
    QVERIFY2(errors(reread.diagnostics).isEmpty(), qPrintable(errors(reread.diagnostics)));
    QCOMPARE(reread.workspace->ipPools, edited->ipPools);
}

void TstWorkspaceStore::nothingChangedWritesNothing()
{
    const LoadResult loaded = Loader().loadText(kCommented, u"c.yaml"_s);
    const WorkspaceStore store(loaded);
    const Result<WritePlan> plan = store.plan(loaded.workspace);
    QVERIFY(plan.ok());
    QVERIFY(plan->isEmpty());
    // An edit undone by hand is no change either.
    const Workspace back
        = withOrder(withOrder(loaded.workspace, u"deny-db"_s, 1), u"deny-db"_s, 200);
    QVERIFY(store.plan(back)->isEmpty());
}

void TstWorkspaceStore::unchangedFilesAreNotTouched()
{
    QTemporaryDir dir;
    writeAll(dir.filePath(u"a.yaml"_s), kCommented);
    writeAll(dir.filePath(u"b.yaml"_s), kList);
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-3);
    for (const QString &name : {u"a.yaml"_s, u"b.yaml"_s}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(past, QFileDevice::FileModificationTime));
    }
    const LoadResult loaded = Loader().loadPaths({dir.path()});
    WorkspaceStore store(loaded);
    const Result<WritePlan> plan = store.plan(withOrder(loaded.workspace, u"item-b"_s, 7));
    QVERIFY(plan.ok());
    QCOMPARE(plan->writes.size(), 1);
    QCOMPARE(QFileInfo(plan->writes.first().file).fileName(), u"b.yaml"_s);
    QVERIFY(store.apply(*plan).ok());
    const QFileInfo a(dir.filePath(u"a.yaml"_s));
    QCOMPARE(a.lastModified().toUTC(), past);
    QCOMPARE(readAll(a.filePath()), kCommented);
    QVERIFY(QFileInfo(dir.filePath(u"b.yaml"_s)).lastModified().toUTC() > past);
    // No temporary files left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TstWorkspaceStore::newResource_data()
{
    QTest::addColumn<QString>("target"); // empty: the default, <name>.yaml in the folder
    QTest::addColumn<QString>("expectedFile");
    QTest::addColumn<bool>("appended"); // to the loaded file, after its text
    QTest::addRow("own file in the folder") << QString() << u"new-policy.yaml"_s << false;
    QTest::addRow("named new file") << u"extra.yaml"_s << u"extra.yaml"_s << false;
    QTest::addRow("appended to a loaded file") << u"c.yaml"_s << u"c.yaml"_s << true;
}

void TstWorkspaceStore::newResource()
{
    QFETCH(QString, target);
    QFETCH(QString, expectedFile);
    QFETCH(bool, appended);
    QTemporaryDir dir;
    writeAll(dir.filePath(u"c.yaml"_s), kCommented);
    const LoadResult loaded = Loader().loadPaths({dir.path()});
    WorkspaceStore store(loaded);
    CalicoPolicy added;
    added.meta.name = u"new-policy"_s;
    added.selector = u"all()"_s;
    const Workspace edited
        = loaded.workspace.edited([&](WorkspaceData &d) { d.policies << added; });
    PlanOptions options;
    if (!target.isEmpty())
        options.newResourcesFile = dir.filePath(target);
    const Result<WritePlan> plan = store.plan(edited, options);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
    QCOMPARE(plan->writes.size(), 1);
    const FileWrite &write = plan->writes.first();
    QCOMPARE(write.file, dir.filePath(expectedFile));
    QCOMPARE(write.create, !appended);
    QCOMPARE(write.changes.first().type, DocumentChange::Type::Added);
    if (appended)
        QVERIFY(write.bytes.startsWith(kCommented + "\n---\n"));
    QVERIFY(store.apply(*plan).ok());
    const LoadResult reread = Loader().loadPaths({dir.path()});
    QCOMPARE(reread.workspace->policies.size(), 4);
    QCOMPARE(readAll(dir.filePath(u"c.yaml"_s)).startsWith(kCommented), true);
    // Saved: the store knows where it went, a second save writes nothing.
    QVERIFY(store.plan(edited, options)->isEmpty());
}

void TstWorkspaceStore::removal_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QByteArray>("gone"); // text that must be gone
    QTest::addColumn<QByteArray>("kept"); // text that must be kept
    QTest::addRow("document") << kCommented << u"c.yaml"_s << u"deny-db"_s
                              << QByteArray("# The one we edit.") << QByteArray("# DNS first");
    QTest::addRow("first document")
        << kCommented << u"c.yaml"_s << u"allow-dns"_s << QByteArray("DNS first")
        << QByteArray("# trailing comment of deny-db");
    QTest::addRow("List item") << kList << u"l.yaml"_s << u"item-a"_s << QByteArray("item-a")
                               << QByteArray("# after the items");
    QTest::addRow("JSON List item")
        << kJsonList << u"j.json"_s << u"json-a"_s << QByteArray("json-a") << QByteArray("json-b");
    QTest::addRow("last JSON List item")
        << kJsonList << u"j.json"_s << u"json-b"_s << QByteArray("json-b") << QByteArray("json-a");
}

void TstWorkspaceStore::removal()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, fileName);
    QFETCH(QString, policy);
    QFETCH(QByteArray, gone);
    QFETCH(QByteArray, kept);
    const LoadResult loaded = Loader().loadText(text, fileName);
    const WorkspaceStore store(loaded);
    const Workspace edited = loaded.workspace.edited([&](WorkspaceData &d) {
        d.policies.removeIf([&](const CalicoPolicy &p) { return p.meta.name == policy; });
    });
    const Result<WritePlan> plan = store.plan(edited);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
    QCOMPARE(plan->writes.size(), 1);
    const FileWrite &write = plan->writes.first();
    QCOMPARE(write.changes.size(), 1);
    QCOMPARE(write.changes.first().type, DocumentChange::Type::Removed);
    QVERIFY2(!write.bytes.contains(gone), write.bytes.constData());
    QVERIFY2(write.bytes.contains(kept), write.bytes.constData());
    const LoadResult reread = Loader().loadText(write.bytes, fileName);
    QVERIFY2(errors(reread.diagnostics).isEmpty(), qPrintable(errors(reread.diagnostics)));
    QCOMPARE(reread.workspace, edited);
}

void TstWorkspaceStore::editKeepsUnmodelledFields_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    // A misspelled field: kept as written (never dropped, so the rule never becomes broader
    // on disk), and the edit is written beside it.
    const QByteArray misspelled = R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: p}
spec:
  order: 1
  selector: all()
  ingress:
  - action: Allow
    destinaton: {ports: [80]}
)";
    QTest::addRow("unknown field")
        << misspelled << QByteArray(misspelled).replace("order: 1", "order: 99");
    // Fields Policy Studio does not model.
    const QByteArray pod = R"(apiVersion: v1
kind: Pod
metadata: {name: p, namespace: default}
spec:
  containers:
  - name: c
    image: nginx:1.25
)";
    QTest::addRow("unmodelled fields") << pod
                                       << QByteArray(pod).replace("{name: p, namespace: default}",
                                              "{name: p, namespace: default, labels: {app: x}}");
    // A status the model does not hold (kubectl get -o yaml output) stays.
    const QByteArray deployment = R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: d, namespace: default}
spec:
  replicas: 3
  template:
    metadata: {labels: {app: d}}
    spec: {containers: []}
status:
  replicas: 3
  readyReplicas: 3
)";
    QTest::addRow("deployment status")
        << deployment
        << QByteArray(deployment)
               .replace("{name: d, namespace: default}",
                   "{name: d, namespace: default, labels: {app: x}}");
    const QByteArray policy = R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: p}
spec: {order: 1, selector: all()}
status: {observedGeneration: 2}
)";
    QTest::addRow("calico policy status")
        << policy << QByteArray(policy).replace("order: 1,", "order: 99,");
    const QByteArray ns = R"(apiVersion: v1
kind: Namespace
metadata: {name: ns}
spec: {finalizers: [kubernetes]}
)";
    QTest::addRow("namespace spec")
        << ns << QByteArray(ns).replace("{name: ns}", "{name: ns, labels: {team: x}}");
    // A CronJob's spec has no template of its own: read, not modelled, kept.
    const QByteArray cronJob = R"(apiVersion: batch/v1
kind: CronJob
metadata: {name: c, namespace: default}
spec:
  template: {metadata: {labels: {app: stray}}}
  jobTemplate:
    spec:
      template:
        metadata: {labels: {app: c}}
        spec: {containers: []}
)";
    QTest::addRow("cronjob with a stray template")
        << cronJob
        << QByteArray(cronJob).replace(
               "{name: c, namespace: default}", "{name: c, namespace: default, labels: {app: x}}");
}

void TstWorkspaceStore::editKeepsUnmodelledFields()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"f.yaml"_s);
    writeAll(path, text);
    const LoadResult loaded = Loader().loadPaths({path});
    WorkspaceStore store(loaded);
    const Workspace edited = loaded.workspace.edited([](WorkspaceData &d) {
        for (CalicoPolicy &p : d.policies)
            p.order = 99;
        for (Pod &p : d.pods)
            p.meta.labels.insert(u"app"_s, u"x"_s);
        for (WorkloadTemplate &w : d.workloads)
            w.meta.labels.insert(u"app"_s, u"x"_s);
        for (Namespace &n : d.namespaces)
            n.meta.labels.insert(u"team"_s, u"x"_s);
    });
    QVERIFY(!(edited == loaded.workspace));
    const Result<WritePlan> plan = store.plan(edited);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
    QCOMPARE(plan->writes.size(), 1);
    QCOMPARE(plan->writes.first().bytes, expected);
    QVERIFY(store.apply(*plan).ok());
    QCOMPARE(readAll(path), expected);
    const LoadResult reread = Loader().loadPaths({path});
    QCOMPARE(reread.workspace, edited);
    QCOMPARE(reread.diagnostics.size(), loaded.diagnostics.size());
}

void TstWorkspaceStore::incompleteDocumentIsNeverRewritten_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expectedError");
    // A syntax error later in the file: the file is never rewritten.
    QTest::addRow("file that did not parse") << QByteArray(R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: p}
spec: {order: 1, selector: all()}
---
kind: [
)") << u"could not be read completely"_s;
    // Fields that are not kept, and an edit that cannot be made in the text: the rules are an
    // alias of a list written elsewhere.
    QTest::addRow("edit of an aliased value") << QByteArray(R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: p}
spec:
  order: 1
  selector: all()
  ingress: &rules
  - action: Allow
  egress: *rules
  destinaton: {ports: [80]}
)") << u"cannot be written back"_s;
}

void TstWorkspaceStore::incompleteDocumentIsNeverRewritten()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expectedError);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"f.yaml"_s);
    writeAll(path, text);
    const LoadResult loaded = Loader().loadPaths({path});
    const WorkspaceStore store(loaded);
    const Workspace edited = loaded.workspace.edited([](WorkspaceData &d) {
        for (CalicoPolicy &p : d.policies) {
            p.order = 99;
            if (!p.egress.isEmpty())
                p.egress.first().action = u"Deny"_s;
        }
    });
    QVERIFY(!(edited == loaded.workspace));
    const Result<WritePlan> plan = store.plan(edited);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message.contains(expectedError), qPrintable(plan.error().message));
    QCOMPARE(plan.error().file, path);
    QCOMPARE(readAll(path), text);
}

void TstWorkspaceStore::rewriteAllKeepsWhatItCannotRepresent()
{
    // fmt: every document in the Writer's form, except what cannot be: an unknown kind, a
    // kind that is ignored and a Pod with fields that are not modelled stay as written.
    const QByteArray text = R"(# header
apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: p}
spec: {order: 1, selector: all()}
---
apiVersion: v1
kind: ConfigMap   # ignored kind
metadata: {name: cm}
data: {a: b}
---
apiVersion: example.com/v1
kind: Widget
metadata: {name: w}
---
apiVersion: v1
kind: Pod
metadata: {name: pod, namespace: default}
spec:
  containers: [{name: c, image: "nginx:1.25"}]
)";
    const LoadResult loaded = Loader().loadText(text, u"f.yaml"_s);
    const WorkspaceStore store(loaded);
    PlanOptions options;
    options.rewriteAll = true;
    const Result<WritePlan> plan = store.plan(loaded.workspace, options);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
    QCOMPARE(plan->writes.size(), 1);
    const QByteArray &out = plan->writes.first().bytes;
    QVERIFY(out.startsWith("# header\n"));
    const qsizetype cm = text.indexOf("---\napiVersion: v1\nkind: ConfigMap");
    QVERIFY2(out.contains(text.mid(cm)), out.constData()); // the rest, byte for byte
    QVERIFY(out.contains("  selector: all()\n")); // the policy in block style
    QCOMPARE(plan->notes.size(), 1);
    QVERIFY2(plan->notes.first().contains(u"kept Pod default/pod as written"_s),
        qPrintable(plan->notes.first()));
    // Formatting a formatted file changes nothing.
    const LoadResult formatted = Loader().loadText(out, u"f.yaml"_s);
    QVERIFY(WorkspaceStore(formatted).plan(formatted.workspace, options)->isEmpty());
}

void TstWorkspaceStore::changedOnDiskIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.yaml"_s);
    writeAll(path, kCommented);
    const LoadResult loaded = Loader().loadPaths({path});
    WorkspaceStore store(loaded);
    QVERIFY(store.changedOnDisk().isEmpty());
    const QByteArray external = kCommented + "\n# added by someone else\n";
    writeAll(path, external);
    QCOMPARE(store.changedOnDisk(), QStringList {path});
    const Result<WritePlan> plan = store.plan(withOrder(loaded.workspace, u"deny-db"_s, 5));
    QVERIFY(plan.ok());
    const Result<QStringList> refused = store.apply(*plan);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"changed on disk since it was loaded"_s),
        qPrintable(refused.error().message));
    QCOMPARE(refused.error().file, path);
    QCOMPARE(readAll(path), external);
    // Deleted: refused too.
    QVERIFY(QFile::remove(path));
    QVERIFY(!store.apply(*plan).ok());
    QVERIFY(!QFileInfo::exists(path));
    // The caller may force.
    writeAll(path, external);
    const Result<QStringList> forced = store.apply(*plan, ApplyOptions {true});
    QVERIFY(forced.ok());
    QCOMPARE(readAll(path), plan->writes.first().bytes);
    // A new file that appeared meanwhile is not overwritten either.
    const QString other = dir.filePath(u"other.yaml"_s);
    CalicoPolicy added;
    added.meta.name = u"added"_s;
    PlanOptions options;
    options.newResourcesFile = other;
    const Result<WritePlan> create = store.plan(
        loaded.workspace.edited([&](WorkspaceData &d) { d.policies << added; }), options);
    QVERIFY(create.ok());
    writeAll(other, "# mine\n");
    const Result<QStringList> exists = store.apply(*create);
    QVERIFY(!exists.ok());
    QVERIFY2(
        exists.error().message.contains(u"already exists"_s), qPrintable(exists.error().message));
    QCOMPARE(readAll(other), "# mine\n");
}

void TstWorkspaceStore::saveAsCopiesDocuments()
{
    QTemporaryDir dir;
    writeAll(dir.filePath(u"a.yaml"_s), kCommented);
    writeAll(dir.filePath(u"b.yaml"_s), kList);
    const LoadResult loaded = Loader().loadPaths({dir.path()});
    WorkspaceStore store(loaded);
    const QString target = dir.filePath(u"all.yaml"_s);
    const Workspace edited = withOrder(loaded.workspace, u"item-a"_s, 3);
    const Result<WritePlan> plan = store.planSaveAs(edited, target);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
    QCOMPARE(plan->writes.size(), 1);
    const QByteArray &out = plan->writes.first().bytes;
    QVERIFY(out.startsWith(kCommented));
    QVERIFY(out.contains("# after the items"));
    QVERIFY(store.apply(*plan).ok());
    const LoadResult reread = Loader().loadPaths({target});
    QVERIFY2(errors(reread.diagnostics).isEmpty(), qPrintable(errors(reread.diagnostics)));
    QCOMPARE(reread.workspace->policies.size(), 5);
    QCOMPARE(readAll(dir.filePath(u"b.yaml"_s)), kList); // the old files are left alone
    QVERIFY(store.plan(edited)->isEmpty());
    QCOMPARE(store.files().size(), 1);
}

void TstWorkspaceStore::fullDiskLeavesOriginal()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs (run the suite as root to fill a disk)");
    QTemporaryDir dir;
    const QByteArray mountPoint = QFile::encodeName(dir.path());
    if (::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=64k") != 0)
        QSKIP(qPrintable(
            u"cannot mount a tmpfs here: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)))));
    const auto unmount = qScopeGuard([&] { ::umount2(mountPoint.constData(), MNT_DETACH); });
    const QString path = dir.filePath(u"policies.yaml"_s);
    const QByteArray original = bigFile(40); // about 10 KB
    writeAll(path, original);
    // Fill the rest of the disk.
    {
        QFile filler(dir.filePath(u"filler"_s));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(1024, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
    }
    const LoadResult loaded = Loader().loadPaths({path});
    WorkspaceStore store(loaded);
    const Result<WritePlan> plan = store.plan(withOrder(loaded.workspace, u"policy-3"_s, 77));
    QVERIFY(plan.ok());
    const Result<QStringList> applied = store.apply(*plan);
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error().message.contains(u"No space left on device"_s),
        qPrintable(applied.error().message));
    QVERIFY2(applied.error().message.contains(path), qPrintable(applied.error().message));
    QCOMPARE(readAll(path), original);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no leftovers
    // The store still holds the file as it was: once there is room, the same plan goes through.
    QVERIFY(QFile::remove(dir.filePath(u"filler"_s)));
    QVERIFY(store.apply(*plan).ok());
    QCOMPARE(readAll(path), plan->writes.first().bytes);
}

// The child: saves the file given in PS_STORE_SAVE_LOOP over and over, toggling one policy's
// order between 1 and 2, until it is killed.
static int saveLoop(const QString &path)
{
    const LoadResult loaded = Loader().loadPaths({path});
    WorkspaceStore store(loaded);
    Workspace current = loaded.workspace;
    for (int i = 0;; ++i) {
        current = withOrder(current, u"policy-0"_s, i % 2 == 0 ? 2 : 1);
        const Result<WritePlan> plan = store.plan(current);
        if (!plan || !store.apply(*plan, ApplyOptions {true}))
            return 1;
        std::printf("saved\n");
        std::fflush(stdout);
    }
}

void TstWorkspaceStore::killDuringSaveLeavesOldOrNew()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"policies.yaml"_s);
    const QByteArray original = bigFile(3000); // about 700 KB: a save takes a while
    writeAll(path, original);
    // The contents a save can leave: the original, policy-0 with order 2, and policy-0 with
    // order 1 again as the Writer writes it (with the defaults the loader filled in).
    const LoadResult loaded = Loader().loadPaths({path});
    const QByteArray changed = WorkspaceStore(loaded)
                                   .plan(withOrder(loaded.workspace, u"policy-0"_s, 2))
                                   ->writes.first()
                                   .bytes;
    const LoadResult loadedChanged = Loader().loadText(changed, path);
    const QByteArray back = WorkspaceStore(loadedChanged)
                                .plan(withOrder(loadedChanged.workspace, u"policy-0"_s, 1))
                                ->writes.first()
                                .bytes;
    const QSet<QByteArray> allowed {original, changed, back};

    QRandomGenerator random(20240605);
    int mixed = 0;
    int saves = 0;
    QSet<QByteArray> seen;
    for (int round = 0; round < 12; ++round) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PS_STORE_SAVE_LOOP"_s, path);
        child.setProcessEnvironment(env);
        QElapsedTimer started;
        started.start();
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        // Kill it at a random point after its first save, however slow the machine is: within
        // a few save durations (measured by the first one), so that kills land before, during
        // and after later saves.
        QByteArray output;
        while (!output.contains("saved\n") && child.waitForReadyRead(60000))
            output += child.readAllStandardOutput();
        QVERIFY2(output.contains("saved\n"), "the child never saved");
        const auto firstSave = std::max<qint64>(started.elapsed(), 100);
        QThread::msleep(static_cast<unsigned long>(random.bounded(3 * firstSave)));
        QCOMPARE(child.state(), QProcess::Running);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        output += child.readAllStandardOutput();
        saves += int(output.count("saved\n"));
        const QByteArray now = readAll(path);
        if (!allowed.contains(now))
            ++mixed;
        seen.insert(now);
    }
    QCOMPARE(mixed, 0);
    qInfo("%d saves in all, killed at random points", saves);
    QVERIFY(saves >= 12); // every child saved at least once before it was killed
    QCOMPARE(seen.size(), 2);
    // Every save replaced the file or not at all: the only other files are temporary ones a
    // kill left behind.
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(name == u"policies.yaml"_s || name.startsWith(u".policies.yaml.saving-"_s),
            qPrintable(name));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString loop = qEnvironmentVariable("PS_STORE_SAVE_LOOP");
    if (!loop.isEmpty())
        return saveLoop(loop);
    TstWorkspaceStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workspacestore.moc"
