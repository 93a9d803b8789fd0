// The Calico policy form shows Calico's defaults a policy's file does not write (tier, types
// inferred from the rules, a staged policy's action) as implied, and nothing when they are
// written or the policy is new; showing them writes nothing.

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/io/loader.h"
#include "tests/support/testfiles.h"
#include "ui/document.h"
#include "ui/editor/policyeditor.h"
#include "ui/editor/policyform.h"

using namespace Qt::Literals::StringLiterals;
using namespace ps;

class TestPolicyFormImplied : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void implied_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("notShown");
        QTest::newRow("nothing written") << QByteArray(R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: a}
spec:
  selector: app == 'web'
  egress:
    - action: Allow
)") << QStringList {u"tier default"_s, u"types Egress"_s}
                                         << QStringList {u"staged"_s};
        QTest::newRow("both rules") << QByteArray(R"(apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata: {name: a, namespace: shop}
spec:
  tier: default
  ingress:
    - action: Allow
  egress:
    - action: Allow
)") << QStringList {u"types Ingress+Egress"_s}
                                    << QStringList {u"tier default"_s};
        QTest::newRow("all written") << QByteArray(R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: a}
spec:
  tier: default
  types: [Ingress]
)") << QStringList {} << QStringList {u"tier"_s, u"types"_s};
        QTest::newRow("staged") << QByteArray(R"(apiVersion: projectcalico.org/v3
kind: StagedGlobalNetworkPolicy
metadata: {name: a}
spec:
  tier: default
  types: [Ingress]
)") << QStringList {u"staged action Set"_s}
                                << QStringList {u"tier"_s};
    }

    void implied()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, notShown);
        Document document;
        document.setLoaded(Loader().loadText(yaml, u"p.yaml"_s), {});
        QCOMPARE(document.workspace()->policies.size(), 1);
        PolicyEditor editor(&document, document.workspace()->policies[0].source.id);
        QLabel *label = editor.form()->impliedLabel();
        QCOMPARE(label->isHidden(), shown.isEmpty());
        for (const QString &text : shown)
            QVERIFY2(label->text().contains(text), qPrintable(label->text()));
        for (const QString &text : notShown)
            QVERIFY2(!label->text().contains(text), qPrintable(label->text()));
        QVERIFY(!document.isModified());
    }

    // Types the file does not write are Calico's inference from the rules: an egress rule
    // added in the form makes them Ingress+Egress in the analysis, as the saved file reads back
    // (else the studio would analyse Ingress only while the cluster enforces both), and the
    // save still leaves them unwritten.
    void impliedTypesFollowTheRules()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"p.yaml"_s);
        QVERIFY(test::writeFile(file, R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata: {name: a}
spec:
  selector: app == 'web'
  ingress:
    - action: Allow
)"));
        Document document;
        QSignalSpy loaded(&document, &Document::loaded);
        document.open({file});
        QVERIFY(loaded.wait(20000));
        const auto policy = [&] { return document.workspace()->policies[0]; };
        QCOMPARE(policy().types, QStringList {u"Ingress"_s});
        PolicyEditor editor(&document, policy().source.id);
        Rule rule;
        rule.action = u"Deny"_s;
        editor.form()->addRule(Direction::Egress, rule);
        QCOMPARE(policy().egress.size(), 1);
        QCOMPARE(policy().types, (QStringList {u"Ingress"_s, u"Egress"_s}));
        QVERIFY(document.save().ok());
        const LoadResult reread = Loader().loadPaths({file});
        QCOMPARE(reread.workspace->policies[0].types, policy().types);
        // The file still leaves the types to Calico: the save adds the rule and nothing else.
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY2(!text.contains("types"), text.constData());
        QVERIFY2(!text.contains("tier"), text.constData());
    }

    // A policy made in the studio is written whole: nothing is implied.
    void newPolicy()
    {
        Document document;
        CalicoPolicy p;
        p.meta.name = u"fresh"_s;
        p.tier = u"default"_s;
        p.types = {u"Ingress"_s};
        const ResourceId id = document.addPolicy(p);
        PolicyEditor editor(&document, id);
        QVERIFY(editor.form()->impliedLabel()->isHidden());
    }
};

QTEST_MAIN(TestPolicyFormImplied)
#include "tst_policyformimplied.moc"
