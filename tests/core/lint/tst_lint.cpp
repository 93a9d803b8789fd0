// The lint (core/lint/linter.h): one folder of fixtures per code under tests/fixtures/lint, each
// read with the shared inventory.yaml. A fixture lists the findings it must produce in
// `# expect: CODE PATH NAME` lines (the code, the field path, and a name the message must
// mention); a fixture without such lines is a near miss and must produce none. Plus the codes'
// names, and the demo workspace: no finding of error severity, and its output as golden text and
// JSON.

#include <QDir>
#include <QRegularExpression>
#include <QTest>

#include "core/eval/policyengine.h"
#include "core/io/loader.h"
#include "core/lint/linter.h"
#include "core/report/lintreport.h"
#include "resources/demoworkspace.h"
#include "tests/support/golden.h"
#include "tests/support/randomworkspace.h"
#include "tests/support/testfiles.h"

using namespace ps;

namespace {

struct Expected {
    QString code;
    QString path;
    QString name;
};

QList<Expected> expectationsOf(const QString &text)
{
    static const QRegularExpression line(
        QStringLiteral("^# expect: (\\S+) (\\S+) (\\S+)$"), QRegularExpression::MultilineOption);
    QList<Expected> out;
    for (auto it = line.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append({m.captured(1), m.captured(2), m.captured(3)});
    }
    return out;
}

QStringList lines(const QList<LintFinding> &findings)
{
    QStringList out;
    for (const LintFinding &f : findings)
        out.append(lintCodeName(f.code) + u' ' + f.location.path + u' ' + f.message);
    return out;
}

} // namespace

class TestLint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void codeNames();
    void fixtures_data();
    void fixtures();
    void withoutFlows();
    void demoHasNoErrors();
    void demoGolden_data();
    void demoGolden();
    void setsEqualReference_data();
    void setsEqualReference();
    void randomWorkspacesHaveFlowFindings();
};

void TestLint::codeNames()
{
    QStringList names;
    for (const LintCode code : allLintCodes()) {
        const QString name = lintCodeName(code);
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.append(name);
        QCOMPARE(lintCodeFromName(name), code);
    }
    QCOMPARE(names.size(), 9);
    QVERIFY(!lintCodeFromName(QStringLiteral("shadowed")));
}

void TestLint::fixtures_data()
{
    QTest::addColumn<QString>("file");
    const QDir root(test::fixturePath(u"lint"));
    const QStringList codes = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!codes.isEmpty());
    for (const QString &code : codes) {
        const QDir dir(root.filePath(code));
        for (const QString &file : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files)) {
            QTest::newRow(qPrintable(code + u'/' + file)) << dir.filePath(file);
        }
    }
}

void TestLint::fixtures()
{
    QFETCH(QString, file);
    const LoadResult loaded = Loader().loadPaths({test::fixturePath(u"lint/inventory.yaml"), file});
    for (const Diagnostic &d : loaded.diagnostics)
        QFAIL(qPrintable(d.toString()));
    const PolicyEngine engine(loaded.workspace);
    QVERIFY2(engine.leftOut().isEmpty(), "a resource of the fixture fails validation");
    const QList<LintFinding> findings = lintWorkspace(engine);

    const QList<Expected> expected = expectationsOf(test::readText(file));
    QStringList want;
    for (const Expected &e : expected)
        want.append(e.code + u' ' + e.path);
    QStringList got;
    for (const LintFinding &f : findings)
        got.append(lintCodeName(f.code) + u' ' + f.location.path);
    want.sort();
    got.sort();
    QCOMPARE(got, want);
    for (const Expected &e : expected) {
        const auto it = std::find_if(findings.begin(), findings.end(), [&](const LintFinding &f) {
            return lintCodeName(f.code) == e.code && f.location.path == e.path
                && f.message.contains(e.name);
        });
        QVERIFY2(it != findings.end(),
            qPrintable(QStringLiteral("no %1 at %2 naming %3").arg(e.code, e.path, e.name)));
        QCOMPARE(it->severity, lintCodeSeverity(it->code));
        QCOMPARE(it->location.file, file);
        QVERIFY(it->location.line > 0);
        QVERIFY(it->location.column > 0);
        QVERIFY(!it->location.resource.isNull());
    }
}

// LintOptions::flows false: no check that evaluates flows; Log rules after a rule of their policy
// that decides all they match are still found.
void TestLint::withoutFlows()
{
    const auto codes = [](const char *fixture) {
        const LoadResult loaded = Loader().loadPaths({test::fixturePath(u"lint/inventory.yaml"),
            test::fixturePath(QStringLiteral("lint/") + QString::fromUtf8(fixture))});
        LintOptions options;
        options.flows = false;
        QStringList out;
        for (const LintFinding &f : lintWorkspace(PolicyEngine(loaded.workspace), options))
            out.append(lintCodeName(f.code) + u' ' + f.location.path);
        return out;
    };
    QCOMPARE(codes("log-after-verdict/trigger.yaml"),
        QStringList({QStringLiteral("log-after-verdict spec.ingress[1]"),
            QStringLiteral("log-after-verdict spec.ingress[3]")}));
    QCOMPARE(codes("end-of-tier-drop/trigger.yaml"), QStringList());
    QCOMPARE(codes("shadowed-rule/trigger.yaml"), QStringList());
}

void TestLint::demoHasNoErrors()
{
    const LoadResult loaded = Loader().loadPaths({demoWorkspacePath()});
    const QList<LintFinding> findings = lintWorkspace(PolicyEngine(loaded.workspace));
    for (const LintFinding &f : findings)
        QVERIFY2(f.severity != Severity::Error, qPrintable(f.toDiagnostic().toString()));
}

void TestLint::demoGolden_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << QStringLiteral("txt");
    QTest::newRow("json") << QStringLiteral("json");
}

void TestLint::demoGolden()
{
    QFETCH(QString, format);
    const LoadResult loaded = Loader().loadPaths({demoWorkspacePath()});
    const QList<LintFinding> findings = lintWorkspace(PolicyEngine(loaded.workspace));
    const QByteArray out
        = format == u"json" ? lintFindingsToJson(findings) : lintFindingsToText(findings).toUtf8();
    PS_COMPARE_GOLDEN(out, test::fixturePath(QStringLiteral("lint/demo.") + format));
}

// The flow checks over sets of peers (the default) against the reference evaluation (a trace per
// flow, an engine per candidate redundant rule): the same findings, word for word, on the
// fixtures, the demo and random workspaces.
void TestLint::setsEqualReference_data()
{
    QTest::addColumn<QString>("file"); // empty: a random workspace
    QTest::addColumn<quint32>("seed");
    QTest::newRow("demo") << QString() << quint32(0);
    const QDir root(test::fixturePath(u"lint"));
    for (const QString &code : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const QString &name : QDir(root.filePath(code)).entryList({QStringLiteral("*.yaml")}))
            QTest::newRow(qPrintable(code + u'/' + name))
                << root.filePath(code + u'/' + name) << quint32(0);
    }
    for (quint32 seed = 1; seed <= 200; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("random-%1").arg(seed))) << QString() << seed;
}

void TestLint::setsEqualReference()
{
    QFETCH(QString, file);
    QFETCH(quint32, seed);
    Workspace workspace;
    if (seed != 0)
        workspace = test::RandomWorkspace(seed, true).workspace();
    else if (file.isEmpty())
        workspace = Loader().loadPaths({demoWorkspacePath()}).workspace;
    else
        workspace = Loader().loadPaths({test::fixturePath(u"lint/inventory.yaml"), file}).workspace;
    const PolicyEngine engine(workspace);
    LintOptions reference;
    reference.referenceFlows = true;
    const QStringList want = lines(lintWorkspace(engine, reference));
    const QStringList got = lines(lintWorkspace(engine));
    QCOMPARE(got.join(u'\n'), want.join(u'\n'));
}

// The random workspaces of setsEqualReference give every flow check something to find (staged
// policies that stage an enforced one among them), so that comparing the two evaluations says
// something about each.
void TestLint::randomWorkspacesHaveFlowFindings()
{
    QHash<QString, int> count;
    int stagingEnforced = 0;
    for (quint32 seed = 1; seed <= 200; ++seed) {
        const PolicyEngine engine(test::RandomWorkspace(seed, true).workspace());
        for (const LintFinding &f : lintWorkspace(engine)) {
            ++count[lintCodeName(f.code)];
            if (f.code == LintCode::StagedDiffers && !f.related.isEmpty())
                ++stagingEnforced;
        }
    }
    // Log rules that no flow reaches are rare in them: one is enough.
    for (const auto &[code, least] : {std::pair {LintCode::EndOfTierDrop, 5},
             std::pair {LintCode::ShadowedRule, 5}, std::pair {LintCode::RedundantRule, 5},
             std::pair {LintCode::StagedDiffers, 5}, std::pair {LintCode::LogAfterVerdict, 1}})
        QVERIFY2(count.value(lintCodeName(code)) >= least,
            qPrintable(QStringLiteral("%1: %2 findings")
                           .arg(lintCodeName(code))
                           .arg(count.value(lintCodeName(code)))));
    QVERIFY2(stagingEnforced >= 5, qPrintable(QString::number(stagingEnforced)));
    qInfo("%s",
        qPrintable(QStringLiteral("findings of the flow checks: %1 end-of-tier-drop, %2 "
                                  "shadowed-rule, %3 redundant-rule, %4 staged-differs "
                                  "(%5 staging an enforced policy), %6 log-after-verdict")
                       .arg(count.value(QStringLiteral("end-of-tier-drop")))
                       .arg(count.value(QStringLiteral("shadowed-rule")))
                       .arg(count.value(QStringLiteral("redundant-rule")))
                       .arg(count.value(QStringLiteral("staged-differs")))
                       .arg(stagingEnforced)
                       .arg(count.value(QStringLiteral("log-after-verdict")))));
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
