// The last valid version of an edited policy: while an edit makes a policy invalid, Calico
// keeps enforcing the version it accepted before, so the analyses use that version (and say
// so) instead of dropping the policy; a policy that never validated stays left out.

#include <QTest>

#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/validate/lastvalid.h"
#include "core/validate/validator.h"
#include "tests/support/testfiles.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

// tests/fixtures/validate/lastvalid.yaml: a pod 10.0.0.2 (app: web) in "shop", reached from
// outside; deny-8080 denies TCP 8080 to it, and nothing else selects it, so without deny-8080
// the namespace profile allows everything.

Workspace load()
{
    return Loader().loadPaths({test::fixturePath(u"validate/lastvalid.yaml")}).workspace;
}

/// What the studio does after each analysis: the last valid versions move on.
void remember(const Workspace &w, QHash<ResourceId, CalicoPolicy> &lastValid)
{
    lastValid = withLastValidVersions(w, Validator().validate(w), lastValid).lastValid;
}

Workspace withSelector(const Workspace &w, const QString &selector)
{
    return w.edited([&](WorkspaceData &d) { d.policies.first().selector = selector; });
}

Verdict verdictOf(const Workspace &w)
{
    Flow flow;
    flow.from = u"192.0.2.7"_s;
    flow.to = u"shop/web-0"_s;
    flow.port = 8080;
    return PolicyEngine(w).trace(flow).verdict;
}

} // namespace

class TestLastValid : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anInvalidEditIsAnalysedInItsLastValidVersion()
    {
        const Workspace loaded = load();
        QCOMPARE(verdictOf(loaded), Verdict::Deny);
        QHash<ResourceId, CalicoPolicy> lastValid;
        remember(loaded, lastValid);
        QCOMPARE(lastValid.size(), 1);

        // The edit breaks the selector: Calico would refuse it and keep the loaded version.
        const Workspace edited = withSelector(loaded, u"app == 'web' &&"_s);
        const Diagnostics validation = Validator().validate(edited);
        const LastValidVersions analysed = withLastValidVersions(edited, validation, lastValid);
        QCOMPARE(analysed.replaced.size(), 1);
        QCOMPARE(analysed.replaced.first().name, u"deny-8080"_s);
        QVERIFY2(analysed.replaced.first().reason.path.startsWith(u"spec.selector"_s),
            qPrintable(analysed.replaced.first().reason.path));
        QCOMPARE(analysed.workspace->policies.first().selector, u"app == 'web'"_s);
        // Same identity, so views find it where they expect the edited one.
        QCOMPARE(
            analysed.workspace->policies.first().source.id, edited->policies.first().source.id);
        // The flow stays denied, as in the cluster; without the last valid version it would
        // have been allowed by the namespace profile.
        QCOMPARE(verdictOf(analysed.workspace), Verdict::Deny);
        QCOMPARE(verdictOf(edited), Verdict::Allow);

        // The invalid version is never remembered as valid.
        lastValid = withLastValidVersions(edited, validation, lastValid).lastValid;
        QCOMPARE(lastValid.value(edited->policies.first().source.id).selector, u"app == 'web'"_s);
    }

    void aValidEditBecomesTheLastValidVersion()
    {
        const Workspace loaded = load();
        QHash<ResourceId, CalicoPolicy> lastValid;
        remember(loaded, lastValid);
        const Workspace narrowed = withSelector(loaded, u"app == 'api'"_s);
        remember(narrowed, lastValid);
        const Workspace broken = withSelector(narrowed, u"app ==="_s);
        const LastValidVersions analysed
            = withLastValidVersions(broken, Validator().validate(broken), lastValid);
        QCOMPARE(analysed.workspace->policies.first().selector, u"app == 'api'"_s);
        QCOMPARE(verdictOf(analysed.workspace), Verdict::Allow);
    }

    void aPolicyThatNeverValidatedStaysLeftOut()
    {
        const Workspace broken = withSelector(load(), u"app ==="_s);
        QHash<ResourceId, CalicoPolicy> lastValid;
        const Diagnostics validation = Validator().validate(broken);
        const LastValidVersions analysed = withLastValidVersions(broken, validation, lastValid);
        QVERIFY(analysed.lastValid.isEmpty());
        QVERIFY(analysed.replaced.isEmpty());
        QCOMPARE(PolicyEngine(analysed.workspace).leftOut().size(), 1);
    }

    void removedPoliciesAreForgotten()
    {
        const Workspace loaded = load();
        QHash<ResourceId, CalicoPolicy> lastValid;
        remember(loaded, lastValid);
        const Workspace empty = loaded.edited([](WorkspaceData &d) { d.policies.clear(); });
        remember(empty, lastValid);
        QVERIFY(lastValid.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLastValid)
#include "tst_lastvalid.moc"
