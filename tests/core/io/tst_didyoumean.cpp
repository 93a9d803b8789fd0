// The one edit distance and the "did you mean" hints built on it: what counts as one edit
// (a swap of two neighbours included), when a candidate is close enough, case handling.

#include <QTest>

#include "core/io/didyoumean.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

class TestDidYouMean : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void editDistance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("equal") << u"trace"_s << u"trace"_s << 0;
        QTest::newRow("empty") << u""_s << u"abc"_s << 3;
        QTest::newRow("substitution") << u"trace"_s << u"track"_s << 1;
        QTest::newRow("insertion") << u"trac"_s << u"trace"_s << 1;
        QTest::newRow("deletion") << u"tracee"_s << u"trace"_s << 1;
        QTest::newRow("swap of neighbours") << u"trcae"_s << u"trace"_s << 1;
        QTest::newRow("swap at the start") << u"rtace"_s << u"trace"_s << 1;
        QTest::newRow("two swaps") << u"rtcae"_s << u"trace"_s << 2;
        QTest::newRow("swap is not a move") << u"ca"_s << u"abc"_s << 3;
        QTest::newRow("unrelated") << u"selector"_s << u"ports"_s << 7;
    }

    void editDistance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(ps::editDistance(a, b), distance);
        QCOMPARE(ps::editDistance(b, a), distance);
    }

    void didYouMean_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("candidates");
        QTest::addColumn<QString>("suggestion");
        const QStringList commands = {u"chain"_s, u"trace"_s, u"render"_s, u"validate"_s};
        QTest::newRow("swapped letters") << u"trcae"_s << commands << u"trace"_s;
        QTest::newRow("swapped letters 2") << u"chian"_s << commands << u"chain"_s;
        QTest::newRow("case only") << u"TRACE"_s << commands << u"trace"_s;
        QTest::newRow("too far") << u"xyz"_s << commands << QString();
        QTest::newRow("closest wins")
            << u"destinaton"_s << QStringList {u"destination"_s, u"description"_s}
            << u"destination"_s;
        QTest::newRow("empty word") << QString() << commands << QString();
    }

    void didYouMean()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, candidates);
        QFETCH(QString, suggestion);
        QCOMPARE(ps::didYouMean(word, candidates), suggestion);
    }
};

QTEST_APPLESS_MAIN(TestDidYouMean)
#include "tst_didyoumean.moc"
