// Workspace: resource identity (ResourceId) given on construction and after edits, kept
// through edits and renames, fresh for added resources and copies, and outside equality.

#include <QSet>
#include <QtTest>

#include "core/io/loader.h"
#include "core/model/workspace.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

CalicoPolicy policy(const QString &name)
{
    CalicoPolicy p;
    p.meta.name = name;
    return p;
}

template<class T> QSet<ResourceId> idsOf(const QList<T> &list)
{
    QSet<ResourceId> ids;
    for (const T &r : list)
        ids.insert(r.source.id);
    return ids;
}

} // namespace

class TstWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void constructionGivesEveryResourceAnId()
    {
        WorkspaceData d;
        d.policies = {policy(u"a"_s), policy(u"b"_s)};
        d.namespaces.append(Namespace {});
        const Workspace w(d);
        QVERIFY(!w->policies[0].source.id.isNull());
        QVERIFY(!w->policies[1].source.id.isNull());
        QVERIFY(!w->namespaces[0].source.id.isNull());
        QCOMPARE(idsOf(w->policies).size(), 2);
    }

    void loaderGivesDistinctIdsEvenForDuplicateNames()
    {
        const QByteArray yaml = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\n"
                                "metadata: {name: same}\nspec: {selector: all()}\n---\n"
                                "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\n"
                                "metadata: {name: same}\nspec: {selector: all()}\n";
        const LoadResult r = Loader().loadText(yaml, u"dup.yaml"_s);
        QCOMPARE(r.workspace->policies.size(), 2);
        QVERIFY(r.workspace->policies[0].source.id != r.workspace->policies[1].source.id);
        QVERIFY(!r.workspace->policies[0].source.id.isNull());
        // Two loads of the same text never share ids either.
        const LoadResult again = Loader().loadText(yaml, u"dup.yaml"_s);
        QVERIFY(!idsOf(again.workspace->policies).intersects(idsOf(r.workspace->policies)));
    }

    void editsKeepIdsThroughRenameAndReorder()
    {
        WorkspaceData d;
        d.policies = {policy(u"a"_s), policy(u"b"_s), policy(u"c"_s)};
        const Workspace before(d);
        const ResourceId a = before->policies[0].source.id;
        const ResourceId c = before->policies[2].source.id;
        const Workspace after = before.edited([](WorkspaceData &w) {
            w.policies[0].meta.name = u"renamed"_s;
            w.policies.swapItemsAt(0, 2);
            w.policies.removeAt(1);
        });
        QCOMPARE(after->policies.size(), 2);
        QCOMPARE(after->policies[0].source.id, c);
        QCOMPARE(after->policies[1].source.id, a);
        QCOMPARE(after->policies[1].meta.name, u"renamed"_s);
        QCOMPARE(indexOfResource(after->policies, a), 1);
        QCOMPARE(indexOfResource(after->policies, before->policies[1].source.id), -1);
    }

    void addedResourcesAndCopiesGetFreshIds()
    {
        WorkspaceData d;
        d.policies = {policy(u"a"_s)};
        const Workspace before(d);
        const ResourceId a = before->policies[0].source.id;
        const Workspace after = before.edited([](WorkspaceData &w) {
            w.policies.append(w.policies[0]); // a copy ("duplicate policy")
            w.policies.append(policy(u"new"_s));
        });
        QCOMPARE(after->policies[0].source.id, a); // the original keeps its id
        QCOMPARE(idsOf(after->policies).size(), 3);
        QVERIFY(!idsOf(after->policies).contains(ResourceId()));
    }

    void untouchedListsAreNotCopied()
    {
        WorkspaceData d;
        d.policies = {policy(u"a"_s)};
        d.pods.resize(1000);
        const Workspace before(d);
        const Workspace after
            = before.edited([](WorkspaceData &w) { w.policies[0].meta.name = u"b"_s; });
        QVERIFY(after->pods.isSharedWith(before->pods));
    }

    void idIsNotPartOfTheValue()
    {
        const Workspace one(WorkspaceData {.policies = {policy(u"a"_s)}});
        const Workspace two(WorkspaceData {.policies = {policy(u"a"_s)}});
        QVERIFY(one->policies[0].source.id != two->policies[0].source.id);
        QCOMPARE(one, two);
    }

    void mergedKeepsIdsAndSeparatesSelfMerge()
    {
        const Workspace one(WorkspaceData {.policies = {policy(u"a"_s)}});
        const Workspace twice = one.merged(one);
        QCOMPARE(twice->policies[0].source.id, one->policies[0].source.id);
        QVERIFY(twice->policies[1].source.id != one->policies[0].source.id);
    }
};

QTEST_GUILESS_MAIN(TstWorkspace)
#include "tst_workspace.moc"
