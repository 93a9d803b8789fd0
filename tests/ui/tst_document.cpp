// Document: every edit is one undo step (merged when typed; a merged step that ends where it
// started is dropped), every change says what it changed (a WorkspaceDelta by ResourceId),
// the analysis follows the newest workspace and drops stale results, and saving is atomic,
// lossless and keeps every resource's identity.

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/io/loader.h"
#include "tests/support/testfiles.h"
#include "resources/demoworkspace.h"
#include "ui/document.h"
#include "ui/ruleref.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

const char *const kPolicies = R"(apiVersion: projectcalico.org/v3
kind: GlobalNetworkPolicy
metadata:
  name: allow-dns
spec:
  selector: all()
  egress:
    - action: Allow
      protocol: UDP
      destination:
        ports: [53]
---
apiVersion: projectcalico.org/v3
kind: NetworkPolicy
metadata:
  name: web
  namespace: prod
spec:
  selector: app == 'web'
  ingress:
    - action: Allow
)";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestDocument : public QObject {
    Q_OBJECT
private:
    /// Writes kPolicies to `file` and opens `path` (the file or its folder).
    static void openWritten(Document &doc, const QString &file, const QString &path)
    {
        QVERIFY(writeFile(file, kPolicies));
        QSignalSpy loaded(&doc, &Document::loaded);
        doc.open({path});
        QVERIFY(loaded.wait(20000));
    }

    static void loadDemo(Document &doc)
    {
        QSignalSpy analysed(&doc, &Document::analysisReady);
        doc.open({demoWorkspacePath()});
        QVERIFY(analysed.wait(20000));
    }
    static ResourceId idAt(const Document &doc, qsizetype index)
    {
        return doc.workspace()->policies.at(index).source.id;
    }

private Q_SLOTS:
    void openAnalysesTheWorkspace()
    {
        Document doc;
        loadDemo(doc);
        QVERIFY(doc.isAnalysisCurrent());
        QVERIFY(doc.analysis()->engine);
        QCOMPARE(doc.analysis()->workspace, doc.workspace());
        QVERIFY(!doc.workspace()->policies.isEmpty());
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void editUndoRedo()
    {
        Document doc;
        loadDemo(doc);
        const Workspace original = doc.workspace();
        CalicoPolicy changed = original->policies.first();
        changed.selector = QStringLiteral("app == 'changed'");
        QSignalSpy changedSpy(&doc, &Document::workspaceChanged);
        doc.replacePolicy(idAt(doc, 0), changed);
        QCOMPARE(changedSpy.count(), 1);
        const auto delta = changedSpy.first().first().value<WorkspaceDelta>();
        QCOMPARE(delta.of(&WorkspaceData::policies).changed, QList<ResourceId> {idAt(doc, 0)});
        QVERIFY(delta.of(&WorkspaceData::pods).isEmpty());
        QCOMPARE(doc.workspace()->policies.first().selector, changed.selector);
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QCOMPARE(doc.workspace(), original);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.workspace()->policies.first().selector, changed.selector);
    }

    void editThatChangesNothingIsNotPushed()
    {
        Document doc;
        loadDemo(doc);
        doc.replacePolicy(idAt(doc, 0), doc.workspace()->policies.first());
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }

    void typingMergesIntoOneUndoStep()
    {
        Document doc;
        loadDemo(doc);
        const Workspace original = doc.workspace();
        CalicoPolicy p = original->policies.first();
        for (const QString &text :
            {QStringLiteral("a"), QStringLiteral("ap"), QStringLiteral("app")}) {
            p.selector = text;
            doc.replacePolicy(p.source.id, p, Document::mergeKey(p.source.id, u"selector"_s));
        }
        p.order = 42; // another field: its own step
        doc.replacePolicy(p.source.id, p, Document::mergeKey(p.source.id, u"order"_s));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.workspace()->policies.first().selector, QStringLiteral("app"));
        doc.undoStack()->undo();
        QCOMPARE(doc.workspace(), original);
    }

    // Typing a character and taking it back leaves no undo step and a clean document; so does
    // a longer round trip within one merged step. A merge that ends elsewhere stays.
    void mergedStepBackWhereItStartedIsDropped_data()
    {
        QTest::addColumn<QStringList>("typed");
        QTest::addColumn<bool>("modified");
        QTest::newRow("one character and back") << QStringList {u"all() "_s, u"all()"_s} << false;
        QTest::newRow("a word and back") << QStringList {u"all() &"_s, u"all() &&"_s, u"all() &"_s,
            u"all() "_s, u"all()"_s} << false;
        QTest::newRow("back, then on")
            << QStringList {u"all() "_s, u"all()"_s, u"all() x"_s} << true;
        QTest::newRow("somewhere else") << QStringList {u"all() "_s, u"al"_s} << true;
    }

    void mergedStepBackWhereItStartedIsDropped()
    {
        QFETCH(QStringList, typed);
        QFETCH(bool, modified);
        Document doc;
        loadDemo(doc);
        const Workspace original = doc.workspace();
        CalicoPolicy p = original->policies.first();
        p.selector = u"all()"_s;
        p.order = 12345;
        doc.replacePolicy(p.source.id, p); // a step of its own, before the typing
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->setClean();
        const QString key = Document::mergeKey(p.source.id, u"spec.selector"_s);
        QSignalSpy modifiedSpy(&doc, &Document::modifiedChanged);
        for (const QString &text : std::as_const(typed)) {
            p.selector = text;
            doc.replacePolicy(p.source.id, p, key);
        }
        QCOMPARE(doc.isModified(), modified);
        QCOMPARE(doc.undoStack()->isClean(), !modified);
        QCOMPARE(doc.undoStack()->count(), modified ? 2 : 1);
        QCOMPARE(doc.workspace()->policies.first().selector, typed.last());
        if (!modified) {
            QCOMPARE(modifiedSpy.last().first().toBool(), false);
            doc.undoStack()->undo(); // the step before the typing
            QCOMPARE(doc.workspace(), original);
        }
    }

    // Two policies with the same name (invalid input) are two resources: an edit of one never
    // lands on the other, and their edits do not merge.
    void duplicateNamesStayApart()
    {
        Document doc;
        const QByteArray yaml = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\n"
                                "metadata: {name: same}\nspec: {selector: all()}\n---\n"
                                "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\n"
                                "metadata: {name: same}\nspec: {selector: all()}\n";
        doc.setLoaded(Loader().loadText(yaml, u"dup.yaml"_s), {});
        const ResourceId first = idAt(doc, 0);
        const ResourceId second = idAt(doc, 1);
        QVERIFY(first != second);
        CalicoPolicy p = doc.workspace()->policies.at(1);
        p.order = 5;
        doc.replacePolicy(second, p, Document::mergeKey(second, u"spec.order"_s));
        QVERIFY(!doc.workspace()->policies.at(0).order);
        QCOMPARE(doc.workspace()->policies.at(1).order, std::optional<double>(5));
        CalicoPolicy q = doc.workspace()->policies.at(0);
        q.order = 6;
        doc.replacePolicy(first, q, Document::mergeKey(first, u"spec.order"_s));
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.removePolicy(second);
        QCOMPARE(doc.workspace()->policies.size(), 1);
        QCOMPARE(idAt(doc, 0), first);
    }

    void addAndRemovePolicy()
    {
        Document doc;
        loadDemo(doc);
        const qsizetype before = doc.workspace()->policies.size();
        CalicoPolicy p;
        p.meta.name = QStringLiteral("new-policy");
        p.tier = QStringLiteral("default");
        p.selector = QStringLiteral("all()");
        p.types = {QStringLiteral("Ingress")};
        const ResourceId id = doc.addPolicy(p);
        QVERIFY(!id.isNull());
        QCOMPARE(doc.workspace()->policies.size(), before + 1);
        QCOMPARE(indexOfResource(doc.workspace()->policies, id), before);
        QCOMPARE(policyIndex(doc.workspace(), policyRef(doc.workspace(), before)), before);
        // Adding the same value again is another resource.
        const ResourceId again = doc.addPolicy(doc.workspace()->policies.at(before));
        QVERIFY(!again.isNull());
        QVERIFY(again != id);
        doc.undoStack()->undo();
        doc.removePolicy(id);
        QCOMPARE(doc.workspace()->policies.size(), before);
        doc.undoStack()->undo();
        QCOMPARE(indexOfResource(doc.workspace()->policies, id), before); // back, same identity
        doc.undoStack()->undo();
        QCOMPARE(doc.workspace()->policies.size(), before);
    }

    void analysisFollowsTheNewestGeneration()
    {
        Document doc;
        loadDemo(doc);
        // A burst of edits: the analysis that is reported is the last one's.
        CalicoPolicy p = doc.workspace()->policies.first();
        for (int i = 0; i < 20; ++i) {
            p.order = i;
            doc.replacePolicy(p.source.id, p);
        }
        QSignalSpy analysed(&doc, &Document::analysisReady);
        QVERIFY(analysed.wait(20000));
        QVERIFY(doc.isAnalysisCurrent());
        QCOMPARE(doc.analysis()->workspace, doc.workspace());
        QCOMPARE(doc.analysis()->engine->workspace(), doc.workspace());
    }

    // An analysis the views no longer use is freed (on the disposal thread), also one that
    // was replaced before it was ever shown.
    void replacedAnalysesAreFreed()
    {
        Document doc;
        loadDemo(doc);
        std::vector<std::weak_ptr<const Analysis>> replaced {doc.analysis()};
        CalicoPolicy p = doc.workspace()->policies.first();
        for (int round = 0; round < 4; ++round) {
            for (int i = 0; i < 3; ++i) {
                p.order = round * 10 + i;
                doc.replacePolicy(p.source.id, p);
            }
            QSignalSpy analysed(&doc, &Document::analysisReady);
            QVERIFY(analysed.wait(20000));
            QVERIFY(doc.isAnalysisCurrent());
            replaced.push_back(doc.analysis());
        }
        const std::weak_ptr<const Analysis> current = replaced.back();
        replaced.pop_back();
        for (const std::weak_ptr<const Analysis> &old : replaced)
            QTRY_VERIFY(old.expired());
        QVERIFY(!current.expired());
    }

    void validationFollowsEdits()
    {
        Document doc;
        loadDemo(doc);
        const auto errors = [&doc] {
            int n = 0;
            for (const Diagnostic &d : doc.analysis()->diagnostics)
                n += d.severity == Severity::Error ? 1 : 0;
            return n;
        };
        QCOMPARE(errors(), 0);
        CalicoPolicy p = doc.workspace()->policies.first();
        p.selector = QStringLiteral("app == ");
        QSignalSpy analysed(&doc, &Document::analysisReady);
        doc.replacePolicy(p.source.id, p);
        QVERIFY(analysed.wait(20000));
        QVERIFY(errors() > 0);
    }

    void saveWritesEachFileBackAtomically()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("policies.yaml"));
        Document doc;
        openWritten(doc, file, file);
        QVERIFY(doc.canSaveInPlace());
        CalicoPolicy p = doc.workspace()->policies.at(1);
        const ResourceId id = p.source.id;
        p.selector = QStringLiteral("app == 'api'");
        doc.replacePolicy(p.source.id, p);
        QVERIFY(doc.isModified());
        QSignalSpy changed(&doc, &Document::workspaceChanged);
        QVERIFY(doc.save().ok());
        // Still the same resources: the editors, tree rows and undo steps that name them by
        // identity keep finding them, and nothing changed for the views.
        QCOMPARE(idAt(doc, 1), p.source.id);
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().first().value<WorkspaceDelta>().isEmpty());
        QVERIFY(!doc.isModified());
        // Only the edited document was written again: the other one is byte for byte as it was.
        const QByteArray first = QByteArray(kPolicies).left(QByteArray(kPolicies).indexOf("---"));
        QVERIFY(test::readFile(file).startsWith(first + "---\n"));
        QCOMPARE(doc.workspace()->policies.at(1).source.id, id);
        const LoadResult reread = Loader().loadPaths({file});
        QVERIFY(reread.diagnostics.isEmpty());
        QCOMPARE(reread.workspace, doc.workspace());
        // Positions now point into the rewritten file.
        QCOMPARE(doc.workspace()->policies.at(1).source.file, file);
        QVERIFY(doc.workspace()->policies.at(1).source.pos.line > 1);
        // No temporary files left beside it.
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("policies.yaml")});
    }

    void saveRefusesFileChangedOnDisk()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("policies.yaml"));
        Document doc;
        openWritten(doc, file, file);
        CalicoPolicy p = doc.workspace()->policies.at(0);
        p.order = 5;
        doc.replacePolicy(p.source.id, p);
        const QByteArray theirs = QByteArray(kPolicies) + "# edited elsewhere\n";
        QVERIFY(writeFile(file, theirs));
        QCOMPARE(doc.filesChangedOnDisk(), QStringList {file});
        const Result<void> refused = doc.save();
        QVERIFY(!refused.ok());
        const QString error = refused.error().toString();
        QVERIFY2(error.contains(QStringLiteral("changed on disk since it was loaded")),
            qPrintable(error));
        QVERIFY(doc.isModified());
        QCOMPARE(test::readFile(file), theirs);
        // Overwriting is the user's choice.
        QVERIFY(doc.save({}, true).ok());
        QVERIFY(!doc.isModified());
        QCOMPARE(Loader().loadPaths({file}).workspace, doc.workspace());
    }

    void newPolicyInFolderGetsItsOwnFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("policies.yaml"));
        Document doc;
        openWritten(doc, file, dir.path());
        CalicoPolicy added;
        added.meta.name = QStringLiteral("added");
        added.selector = QStringLiteral("all()");
        doc.addPolicy(added);
        QVERIFY(doc.save().ok());
        QCOMPARE(test::readFile(file), QByteArray(kPolicies));
        const QString own = dir.filePath(QStringLiteral("added.yaml"));
        QVERIFY(test::readFile(own).contains("name: added"));
        QVERIFY(doc.files().contains(own));
        QCOMPARE(Loader().loadPaths({dir.path()}).workspace->policies.size(), 3);
        // Saved: saving again writes nothing new.
        QVERIFY(doc.save().ok());
        QCOMPARE(Loader().loadPaths({dir.path()}).workspace->policies.size(), 3);
    }

    void embeddedDemoNeedsSaveAs()
    {
        Document doc;
        loadDemo(doc);
        QVERIFY(!doc.canSaveInPlace());
        CalicoPolicy p = doc.workspace()->policies.first();
        p.order = 3;
        doc.replacePolicy(p.source.id, p);
        QVERIFY(!doc.save().ok());
        const ResourceId first = idAt(doc, 0);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("demo.yaml"));
        QVERIFY(doc.saveAs(file).ok());
        QCOMPARE(doc.paths(), QStringList {file});
        QVERIFY(doc.canSaveInPlace());
        QCOMPARE(idAt(doc, 0), first);
        QCOMPARE(Loader().loadPaths({file}).workspace, doc.workspace());
    }

    void saveAsUnwritablePathReportsAndKeepsData()
    {
        Document doc;
        loadDemo(doc);
        CalicoPolicy p = doc.workspace()->policies.first();
        p.order = 7;
        doc.replacePolicy(p.source.id, p);
        const Result<void> saved = doc.saveAs(QStringLiteral("/nonexistent-dir/x/demo.yaml"));
        QVERIFY(!saved.ok());
        const QString error = saved.error().toString();
        QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x/demo.yaml")));
        QVERIFY(doc.isModified());
        QCOMPARE(doc.workspace()->policies.first().order, std::optional<double>(7));
    }
};

QTEST_MAIN(TestDocument)
#include "tst_document.moc"
