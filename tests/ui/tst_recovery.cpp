// Recovery: an edit is autosaved to a recovery file shortly after it is made; a clean save
// deletes it; a session that ends without cleaning up (crash) leaves it, and the next session
// restores it as a modified document whose Save writes the original files.

#include <cstdio>
#include <cstdlib>

#include <signal.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include "core/io/loader.h"
#include "core/io/writer.h"
#include "ui/document.h"
#include "ui/recovery.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

const char *const kPolicy = R"(apiVersion: projectcalico.org/v3
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
)";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void renameFirstPolicy(Document &doc, const QString &name)
{
    CalicoPolicy p = doc.workspace()->policies.first();
    p.meta.name = name;
    doc.replacePolicy(p.source.id, p);
}

/// The edit the autosave loop makes in turns: step 0 adds a copy of the first policy under
/// another name, step 1 takes it away again.
void toggleSecondPolicy(WorkspaceData &d, int step)
{
    if (step % 2 == 0) {
        CalicoPolicy copy = d.policies.first();
        copy.meta.name = QStringLiteral("allow-dns-copy");
        copy.source = {};
        d.policies.append(copy);
    } else {
        d.policies.removeLast();
    }
}

// The child of autosaveKilledLeavesOldOrNew: opens `file`, then edits and writes the recovery
// files through Recovery::writeNow() over and over, until it is killed.
[[noreturn]] void autosaveLoop(const QString &file)
{
    Document doc;
    QSignalSpy loaded(&doc, &Document::loaded);
    doc.open({file});
    if (!loaded.wait(10000))
        std::exit(2);
    Recovery recovery(&doc);
    recovery.setDelay(3600000); // written here, never by the timer
    for (int step = 0;; ++step) {
        doc.edit(
            QStringLiteral("toggle"), [step](WorkspaceData &d) { toggleSecondPolicy(d, step); });
        if (!recovery.writeNow().isEmpty())
            std::exit(3);
        std::fputs("written\n", stdout);
        std::fflush(stdout);
    }
}

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;

    void openFile(Document &doc)
    {
        QSignalSpy loaded(&doc, &Document::loaded);
        doc.open({m_file});
        QVERIFY(loaded.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("tst_recovery"));
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("policies.yaml"));
        const QString loopFile = qEnvironmentVariable("POLICY_RECOVERY_LOOP");
        if (!loopFile.isEmpty())
            autosaveLoop(loopFile);
        // Child mode for killedSessionIsRecovered: edit, autosave, then wait to be killed.
        const QString childFile = qEnvironmentVariable("POLICY_RECOVERY_CHILD");
        if (!childFile.isEmpty()) {
            m_file = childFile;
            Document doc;
            openFile(doc);
            Recovery recovery(&doc);
            recovery.setDelay(50);
            QSignalSpy written(&recovery, &Recovery::written);
            renameFirstPolicy(doc, QStringLiteral("allow-dns-before-the-crash"));
            QVERIFY(written.wait(10000));
            std::fputs("autosaved\n", stdout);
            std::fflush(stdout);
            QTest::qWait(60000); // killed long before this ends
            std::exit(3);
        }
    }

    void init()
    {
        QDir(Recovery::directory()).removeRecursively();
        QVERIFY(writeFile(m_file, kPolicy));
    }

    // A write asked for while an autosave is under way (writeNow, as on close) lands that
    // autosave first; the autosave's own completion, delivered later, must not take back the
    // newer write: the index always names a YAML that exists and holds the last edit.
    void writeNowDuringAutosaveKeepsTheNamedYaml()
    {
        Document doc;
        openFile(doc);
        Recovery recovery(&doc);
        recovery.setDelay(0);
        for (int round = 0; round < 20; ++round) {
            const QString name = QStringLiteral("allow-dns-%1").arg(round);
            renameFirstPolicy(doc, name);
            // The autosave's timer fires and its write starts; its completion stays queued.
            QCoreApplication::processEvents();
            QCOMPARE(recovery.writeNow(), QString());
            QTest::qWait(20); // the autosave's completion is delivered now
            QFile index(recovery.indexFile());
            QVERIFY(index.open(QIODevice::ReadOnly));
            const QString yaml = QJsonDocument::fromJson(index.readAll())
                                     .object()
                                     .value(QStringLiteral("yaml"))
                                     .toString();
            const QString named = QDir(Recovery::directory()).filePath(yaml);
            QVERIFY2(QFile::exists(named),
                qPrintable(QStringLiteral("round %1: %2 is gone").arg(round).arg(named)));
            QVERIFY(readFile(named).contains(name.toUtf8()));
            QCOMPARE(recovery.yamlFile(), named);
        }
        recovery.discard();
    }

    void autosaveAfterEditAndDiscardOnSave()
    {
        Document doc;
        openFile(doc);
        Recovery recovery(&doc);
        recovery.setDelay(50);
        QSignalSpy written(&recovery, &Recovery::written);
        renameFirstPolicy(doc, QStringLiteral("allow-dns-2"));
        QVERIFY(!recovery.hasFile()); // not at once: a moment after the edit
        QVERIFY(written.wait(5000));
        QVERIFY(recovery.hasFile());
        const QByteArray yaml = readFile(recovery.yamlFile());
        QVERIFY2(yaml.contains("allow-dns-2"), yaml.constData());
        // The running session's files are not offered to another one.
        QVERIFY(Recovery::orphans().isEmpty());

        QVERIFY(doc.save().ok());
        QVERIFY(!doc.isModified());
        QVERIFY(!recovery.hasFile());
        QVERIFY(!QFile::exists(recovery.yamlFile()));
    }

    // Steady editing does not postpone the autosave: the first edit starts the wait and the
    // next ones do not restart it, so the edits are on disk while the user is still typing.
    void editsDoNotPostponeAutosave()
    {
        Document doc;
        openFile(doc);
        Recovery recovery(&doc);
        recovery.setDelay(300);
        QSignalSpy written(&recovery, &Recovery::written);
        for (int i = 0; i < 12; ++i) {
            renameFirstPolicy(doc, u"typing-%1"_s.arg(i));
            QTest::qWait(100);
        }
        // Twelve edits 100 ms apart: a wait restarted by each would not have ended yet.
        QVERIFY(written.count() >= 1);
        QVERIFY(recovery.hasFile());
    }

    // An autosave that cannot be written says so (failed()), and nothing pretends it worked.
    void failureIsReported()
    {
        Document doc;
        openFile(doc);
        Recovery recovery(&doc);
        recovery.setDelay(50);
        // A file where the recovery folder should be: it cannot be created.
        const QString folder = Recovery::directory();
        QDir(folder).removeRecursively();
        QVERIFY(QDir().mkpath(QFileInfo(folder).path()));
        QVERIFY(writeFile(folder, "not a folder"));
        QSignalSpy failed(&recovery, &Recovery::failed);
        QSignalSpy written(&recovery, &Recovery::written);
        renameFirstPolicy(doc, u"unsafe"_s);
        QVERIFY(failed.wait(5000));
        QVERIFY2(failed.first().first().toString().contains(folder),
            qPrintable(failed.first().first().toString()));
        QCOMPARE(written.count(), 0);
        QVERIFY(!recovery.hasFile());
        QVERIFY(QFile::remove(folder));
        // Once the folder can be made again, the next edit is kept.
        renameFirstPolicy(doc, u"safe"_s);
        QVERIFY(written.wait(5000));
        QVERIFY(recovery.hasFile());
    }

    void undoToCleanDiscards()
    {
        Document doc;
        openFile(doc);
        Recovery recovery(&doc);
        renameFirstPolicy(doc, QStringLiteral("x"));
        QCOMPARE(recovery.writeNow(), QString());
        QVERIFY(recovery.hasFile());
        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());
        QVERIFY(!recovery.hasFile());
    }

    void restoreAfterCrash()
    {
        {
            Document doc;
            openFile(doc);
            auto *recovery = new Recovery(&doc);
            renameFirstPolicy(doc, QStringLiteral("allow-dns-edited"));
            QCOMPARE(recovery->writeNow(), QString());
            delete recovery; // the session ends without a clean save or close
        }
        const QList<Recovery::Entry> orphans = Recovery::orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().paths, QStringList {m_file});
        QCOMPARE(orphans.first().displayName, QStringLiteral("policies.yaml"));

        Document doc;
        Recovery recovery(&doc);
        QSignalSpy restored(&recovery, &Recovery::restored);
        QCOMPARE(recovery.restore(orphans.first()), QString());
        QVERIFY(restored.wait(10000));
        QVERIFY(Recovery::orphans().isEmpty()); // taken over
        QVERIFY(doc.isModified());
        QCOMPARE(doc.workspace()->policies.first().meta.name, QStringLiteral("allow-dns-edited"));
        // Undo shows what is on disk.
        doc.undoStack()->undo();
        QCOMPARE(doc.workspace()->policies.first().meta.name, QStringLiteral("allow-dns"));
        doc.undoStack()->redo();
        // Save writes the original file.
        QVERIFY(doc.canSaveInPlace());
        QVERIFY(doc.save().ok());
        QVERIFY(readFile(m_file).contains("allow-dns-edited"));
        QCOMPARE(Loader().loadPaths({m_file}).workspace, doc.workspace());
    }

    void restoredSessionSavesOnlyWhatChanged()
    {
        const QByteArray text = QByteArray("# keep this comment\n") + kPolicy
            + "---\n# and this one\napiVersion: projectcalico.org/v3\nkind: Tier\nmetadata: "
              "{name: team}\nspec: {order: 50}\n";
        QVERIFY(writeFile(m_file, text));
        {
            Document doc;
            openFile(doc);
            auto *recovery = new Recovery(&doc);
            CalicoPolicy p = doc.workspace()->policies.first();
            p.order = 12;
            doc.replacePolicy(p.source.id, p);
            QCOMPARE(recovery->writeNow(), QString());
            delete recovery;
        }
        const QList<Recovery::Entry> orphans = Recovery::orphans();
        QCOMPARE(orphans.size(), 1);
        Document doc;
        Recovery recovery(&doc);
        QSignalSpy restored(&recovery, &Recovery::restored);
        QCOMPARE(recovery.restore(orphans.first()), QString());
        QVERIFY(restored.wait(10000));
        QCOMPARE(doc.workspace()->policies.first().order, std::optional<double>(12));
        QVERIFY(doc.save().ok());
        // The policy's document was rewritten; the comments and the tier were not touched.
        const QByteArray after = readFile(m_file);
        QVERIFY2(after.startsWith("# keep this comment\n"), after.constData());
        QVERIFY2(after.endsWith(text.mid(text.indexOf("---\n# and this one"))), after.constData());
        QVERIFY(after.contains("order: 12"));
    }

    void killedSessionIsRecovered()
    {
        // A real crash: another process edits, autosaves and is killed with SIGKILL (no
        // destructors, the lock file left behind). The next session finds and restores it.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("POLICY_RECOVERY_CHILD"), m_file);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        // initTestCase runs first and turns into the child; the named function never runs.
        child.start(
            QCoreApplication::applicationFilePath(), {QStringLiteral("corruptIndexIsSkipped")});
        QVERIFY(child.waitForStarted(10000));
        QByteArray out;
        while (!out.contains("autosaved") && child.waitForReadyRead(20000))
            out += child.readAllStandardOutput();
        QVERIFY2(out.contains("autosaved"), out.constData());
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const QList<Recovery::Entry> orphans = Recovery::orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().paths, QStringList {m_file});
        Document doc;
        Recovery recovery(&doc);
        QSignalSpy restored(&recovery, &Recovery::restored);
        QCOMPARE(recovery.restore(orphans.first()), QString());
        QVERIFY(restored.wait(10000));
        QVERIFY(doc.isModified());
        QCOMPARE(doc.workspace()->policies.first().meta.name,
            QStringLiteral("allow-dns-before-the-crash"));
        QVERIFY(!readFile(m_file).contains("before-the-crash")); // not saved until asked
    }

    // kill -9 at random instants of an autosave loop: what is on disk is always a recovery
    // that can be restored whole — the YAML and its index from the same write, one policy or
    // two — or nothing yet; never a YAML of one write with the index of another, nor a part.
    void autosaveKilledLeavesOldOrNew()
    {
        const Workspace loaded = Loader().loadPaths({m_file}).workspace;
        const QByteArray one = Writer().write(loaded);
        const QByteArray two
            = Writer().write(loaded.edited([](WorkspaceData &d) { toggleSecondPolicy(d, 0); }));
        QVERIFY(one != two);

        QRandomGenerator random(20261207);
        int writes = 0;
        int found = 0;
        QSet<qsizetype> policyCounts;
        for (int round = 0; round < 40; ++round) {
            QDir(Recovery::directory()).removeRecursively();
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("POLICY_RECOVERY_LOOP"), m_file);
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted(10000));
            // Kill it at a random instant within a few write durations of its first one
            // (measured, so a slow machine still gets kills before, during and after writes).
            QElapsedTimer sinceFirst;
            QByteArray out;
            while (!out.contains("written\n") && child.waitForReadyRead(20000))
                out += child.readAllStandardOutput();
            QVERIFY2(out.contains("written\n"), out.constData());
            sinceFirst.start();
            while (out.count("written\n") < 3 && child.waitForReadyRead(20000))
                out += child.readAllStandardOutput();
            const qint64 perWrite = std::max<qint64>(sinceFirst.elapsed() / 2, 1);
            QThread::usleep(static_cast<unsigned long>(random.bounded(perWrite * 4000)));
            QCOMPARE(child.state(), QProcess::Running);
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            out += child.readAllStandardOutput();
            writes += int(out.count("written\n"));

            const QList<Recovery::Entry> orphans = Recovery::orphans();
            QVERIFY(orphans.size() <= 1);
            if (orphans.isEmpty())
                continue;
            ++found;
            const QByteArray yaml = readFile(orphans.first().yamlFile);
            QVERIFY2(yaml == one || yaml == two, yaml.constData());
            const QJsonObject index
                = QJsonDocument::fromJson(readFile(orphans.first().indexFile)).object();
            const qsizetype policies = yaml == one ? 1 : 2;
            QCOMPARE(index.value(QStringLiteral("sources"))
                         .toObject()
                         .value(QStringLiteral("policies"))
                         .toArray()
                         .size(),
                policies);
            QCOMPARE(orphans.first().paths, QStringList {m_file});
            policyCounts.insert(policies);
        }
        qInfo("%d autosaves in all; %d kills left a recovery", writes, found);
        QVERIFY(writes >= 40 * 3);
        QCOMPARE(found, 40); // the first write had finished before every kill
        QCOMPARE(policyCounts.size(), 2); // kills landed after each kind of write
    }

    void corruptIndexIsSkipped()
    {
        QVERIFY(QDir().mkpath(Recovery::directory()));
        QVERIFY(writeFile(Recovery::directory() + QStringLiteral("/broken.json"), "{"));
        // No YAML next to it: nothing to restore.
        QVERIFY(Recovery::orphans().isEmpty());
    }
};

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
