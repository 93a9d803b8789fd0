// WorkspaceDelta: what an edit added, removed and changed, per resource list, by ResourceId —
// renames are changes, duplicate names stay apart, copies are additions, order changes are
// reported, and lists an edit did not write come out empty.

#include <functional>

#include <QtTest>

#include "core/model/workspacedelta.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

using Edit = std::function<void(WorkspaceData &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

CalicoPolicy policy(const QString &name)
{
    CalicoPolicy p;
    p.meta.name = name;
    p.selector = u"all()"_s;
    return p;
}

Pod pod(const QString &name)
{
    Pod p;
    p.meta.namespace_ = u"prod"_s;
    p.meta.name = name;
    return p;
}

// "a", "b", "c", and a second "b": duplicate names occur in invalid input.
Workspace sample()
{
    WorkspaceData d;
    d.policies = {policy(u"a"_s), policy(u"b"_s), policy(u"c"_s), policy(u"b"_s)};
    d.policies[3].order = 5; // the second "b" differs from the first
    d.pods = {pod(u"web-0"_s), pod(u"db-0"_s)};
    return Workspace(std::move(d));
}

// Names for ids, "b#2" for the second resource named "b" (as the edited workspace names them;
// removed ones as the first did).
QStringList names(const QList<ResourceId> &ids, const Workspace &before, const Workspace &after)
{
    QStringList out;
    for (ResourceId id : ids) {
        for (const Workspace *w : {&after, &before}) {
            const qsizetype i = indexOfResource((*w)->policies, id);
            if (i < 0)
                continue;
            const QString name = (*w)->policies[i].meta.name;
            int same = 0;
            for (qsizetype k = 0; k <= i; ++k)
                same += (*w)->policies[k].meta.name == name ? 1 : 0;
            out.append(same > 1 ? name + u'#' + QString::number(same) : name);
            break;
        }
    }
    return out;
}

} // namespace

class TstWorkspaceDelta : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void policyEdits_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QStringList>("changed");
        QTest::addColumn<bool>("reordered");

        const QStringList none;
        QTest::newRow("nothing written")
            << Edit([](WorkspaceData &) {}) << none << none << none << false;
        QTest::newRow("written, same value")
            << Edit([](WorkspaceData &d) { d.policies[1].selector = u"all()"_s; }) << none << none
            << none << false;
        QTest::newRow("one field of one policy")
            << Edit([](WorkspaceData &d) { d.policies[2].selector = u"app == 'x'"_s; }) << none
            << none << QStringList {u"c"_s} << false;
        QTest::newRow("rename is a change, not a removal")
            << Edit([](WorkspaceData &d) { d.policies[0].meta.name = u"z"_s; }) << none << none
            << QStringList {u"z"_s} << false;
        QTest::newRow("second of two with the same name")
            << Edit([](WorkspaceData &d) { d.policies[3].order = 6; }) << none << none
            << QStringList {u"b#2"_s} << false;
        QTest::newRow("added") << Edit(
            [](WorkspaceData &d) { d.policies.insert(1, policy(u"new"_s)); })
                               << QStringList {u"new"_s} << none << none << false;
        QTest::newRow("a copy is an addition")
            << Edit([](WorkspaceData &d) { d.policies.append(d.policies[0]); })
            << QStringList {u"a#2"_s} << none << none << false;
        QTest::newRow("removed") << Edit([](WorkspaceData &d) { d.policies.removeAt(1); }) << none
                                 << QStringList {u"b"_s} << none << false;
        QTest::newRow("removed the last") << Edit([](WorkspaceData &d) { d.policies.removeLast(); })
                                          << none << QStringList {u"b#2"_s} << none << false;
        QTest::newRow("moved") << Edit([](WorkspaceData &d) { d.policies.move(0, 2); }) << none
                               << none << none << true;
        QTest::newRow("removed, added and changed at once") << Edit([](WorkspaceData &d) {
            d.policies.removeAt(0);
            d.policies[1].types = {u"Egress"_s}; // "c"
            d.policies.append(policy(u"d"_s));
        }) << QStringList {u"d"_s} << QStringList {u"a"_s} << QStringList {u"c"_s}
                                                            << false;
        QTest::newRow("cleared") << Edit([](WorkspaceData &d) { d.policies.clear(); }) << none
                                 << QStringList {u"a"_s, u"b"_s, u"c"_s, u"b#2"_s} << none << false;
    }

    void policyEdits()
    {
        QFETCH(Edit, edit);
        QFETCH(QStringList, added);
        QFETCH(QStringList, removed);
        QFETCH(QStringList, changed);
        QFETCH(bool, reordered);

        const Workspace before = sample();
        const Workspace after = before.edited(edit);
        const WorkspaceDelta delta = WorkspaceDelta::between(before, after);
        const ResourceListDelta &policies = delta.of(&WorkspaceData::policies);
        QCOMPARE(names(policies.added, before, after), added);
        QCOMPARE(names(policies.removed, before, after), removed);
        QCOMPARE(names(policies.changed, before, after), changed);
        QCOMPARE(policies.reordered, reordered);
        QCOMPARE(delta.touches(&WorkspaceData::policies), !policies.isEmpty());
        QCOMPARE(delta.isEmpty(), policies.isEmpty());
        // The other lists were not written.
        QVERIFY(delta.of(&WorkspaceData::pods).isEmpty());
        QVERIFY(!delta.touches(&WorkspaceData::tiers));
        QVERIFY(!delta.isReplacement());
    }

    void otherListsAreTheirOwn()
    {
        const Workspace before = sample();
        const Workspace after = before.edited([](WorkspaceData &d) {
            d.pods[1].meta.labels.insert(u"app"_s, u"db"_s);
            d.pods.append(pod(u"api-0"_s));
        });
        const WorkspaceDelta delta = WorkspaceDelta::between(before, after);
        QVERIFY(delta.of(&WorkspaceData::policies).isEmpty());
        const ResourceListDelta &pods = delta.of(&WorkspaceData::pods);
        QCOMPARE(pods.changed, QList<ResourceId> {after->pods[1].source.id});
        QCOMPARE(pods.added, QList<ResourceId> {after->pods[2].source.id});
        QVERIFY(pods.removed.isEmpty());
    }

    // Undo runs the edit backwards: the delta from after to before is the mirror image.
    void backwardsIsTheMirrorImage()
    {
        const Workspace before = sample();
        const Workspace after = before.edited([](WorkspaceData &d) {
            d.policies.removeAt(0);
            d.policies.append(policy(u"d"_s));
        });
        const ResourceListDelta forward
            = WorkspaceDelta::between(before, after).of(&WorkspaceData::policies);
        const ResourceListDelta backward
            = WorkspaceDelta::between(after, before).of(&WorkspaceData::policies);
        QCOMPARE(backward.added, forward.removed);
        QCOMPARE(backward.removed, forward.added);
        QVERIFY(backward.changed.isEmpty());
    }

    void replacementTouchesEverything()
    {
        const WorkspaceDelta delta = WorkspaceDelta::replacement();
        QVERIFY(delta.isReplacement());
        QVERIFY(!delta.isEmpty());
        QVERIFY(delta.touches(&WorkspaceData::policies));
        QVERIFY(delta.touches(&WorkspaceData::nodes));
        QVERIFY(WorkspaceDelta().isEmpty());
        QVERIFY(!WorkspaceDelta().touches(&WorkspaceData::workloads));
    }

    // The same value under a new identity (a re-read file) is a removal and an addition.
    void sameValueOtherIdentity()
    {
        const Workspace before = sample();
        WorkspaceData copy = before.data();
        for (CalicoPolicy &p : copy.policies)
            p.source.id = {};
        const Workspace reread(std::move(copy));
        QCOMPARE(reread, before);
        const ResourceListDelta policies
            = WorkspaceDelta::between(before, reread).of(&WorkspaceData::policies);
        QCOMPARE(policies.added.size(), 4);
        QCOMPARE(policies.removed.size(), 4);
        QVERIFY(policies.changed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstWorkspaceDelta)
#include "tst_workspacedelta.moc"
