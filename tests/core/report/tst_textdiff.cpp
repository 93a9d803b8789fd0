// unifiedDiff(): the same hunks GNU diff -u prints for unambiguous changes, and for random
// edits a diff that GNU patch applies to the old text to give exactly the new one.

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "core/report/textdiff.h"

using namespace ps;

namespace {

QByteArray numbered(int count, const QByteArray &prefix = "line ")
{
    QByteArray text;
    for (int i = 1; i <= count; ++i)
        text += prefix + QByteArray::number(i) + '\n';
    return text;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestTextDiff : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// GNU diff -u of the two texts with the same labels, without its timestamps.
    QString gnuDiff(const QByteArray &before, const QByteArray &after)
    {
        const QString a = m_dir.filePath(QStringLiteral("a"));
        const QString b = m_dir.filePath(QStringLiteral("b"));
        if (!writeFile(a, before) || !writeFile(b, after))
            return QStringLiteral("(cannot write)");
        QProcess diff;
        diff.start(QStringLiteral("diff"),
            {QStringLiteral("-u"), QStringLiteral("--label"), QStringLiteral("disk"),
                QStringLiteral("--label"), QStringLiteral("studio"), a, b});
        if (!diff.waitForFinished(10000))
            return QStringLiteral("(diff did not finish)");
        return QString::fromUtf8(diff.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void equalTextsHaveNoDiff()
    {
        QCOMPARE(unifiedDiff(numbered(5), numbered(5), QStringLiteral("a"), QStringLiteral("b")),
            QString());
    }

    void matchesGnuDiff_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        const QByteArray twenty = numbered(20);
        QByteArray changed = twenty;
        changed.replace("line 10\n", "line ten\n");
        QTest::newRow("one line changed") << twenty << changed;
        QTest::newRow("line added at the end") << twenty << twenty + "line 21\n";
        QTest::newRow("first line removed") << twenty << twenty.mid(7);
        QByteArray farApart = twenty;
        farApart.replace("line 2\n", "line two\n").replace("line 18\n", "line eighteen\n");
        QTest::newRow("two hunks") << twenty << farApart;
        QByteArray close = twenty;
        close.replace("line 8\n", "line eight\n").replace("line 13\n", "line thirteen\n");
        QTest::newRow("two changes in one hunk") << twenty << close;
        QTest::newRow("everything replaced") << numbered(3) << numbered(4, "row ");
        QTest::newRow("from empty") << QByteArray() << numbered(2);
        QTest::newRow("to empty") << numbered(2) << QByteArray();
        QByteArray yaml
            = "spec:\n  order: 10\n  selector: all()\n  # keep me\n  types: [Ingress]\n";
        QByteArray edited = yaml;
        edited.replace("order: 10", "order: 20");
        QTest::newRow("a one-field edit") << yaml << edited;
    }

    void matchesGnuDiff()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QCOMPARE(unifiedDiff(before, after, QStringLiteral("disk"), QStringLiteral("studio")),
            gnuDiff(before, after));
    }

    void randomEditsApplyWithPatch()
    {
        QRandomGenerator random(20261206);
        const QString original = m_dir.filePath(QStringLiteral("original"));
        const QString patched = m_dir.filePath(QStringLiteral("patched"));
        const QString patchFile = m_dir.filePath(QStringLiteral("changes.diff"));
        for (int round = 0; round < 60; ++round) {
            QList<QByteArray> lines;
            const int count = int(random.bounded(1, 60));
            for (int i = 0; i < count; ++i)
                lines.append("l" + QByteArray::number(random.bounded(8)));
            QList<QByteArray> edited = lines;
            for (int e = int(random.bounded(1, 6)); e > 0; --e) {
                const qsizetype at = random.bounded(qsizetype(edited.size()) + 1);
                switch (random.bounded(3)) {
                case 0:
                    edited.insert(at, "new" + QByteArray::number(e));
                    break;
                case 1:
                    if (at < edited.size())
                        edited.removeAt(at);
                    break;
                default:
                    if (at < edited.size())
                        edited[at] = "changed" + QByteArray::number(e);
                }
            }
            const QByteArray before = lines.join('\n') + '\n';
            const QByteArray after = edited.isEmpty() ? QByteArray() : edited.join('\n') + '\n';
            const QString diff
                = unifiedDiff(before, after, QStringLiteral("a"), QStringLiteral("b"));
            QVERIFY(writeFile(original, before));
            QVERIFY(writeFile(patchFile, diff.toUtf8()));
            QFile::remove(patched);
            QProcess patch;
            patch.setStandardInputFile(patchFile);
            patch.start(QStringLiteral("patch"),
                {QStringLiteral("-s"), QStringLiteral("-o"), patched, original});
            QVERIFY(patch.waitForFinished(10000));
            QVERIFY2(patch.exitCode() == 0,
                qPrintable(diff + QString::fromUtf8(patch.readAllStandardError())));
            QFile result(patched);
            QVERIFY(result.open(QIODevice::ReadOnly));
            QCOMPARE(result.readAll(), after);
        }
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
