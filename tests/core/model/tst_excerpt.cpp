// excerpt(), oneLine() and shortWords(): how messages quote values — one line, and short
// however long the value.

#include <QtTest>

#include "core/model/excerpt.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

class TstExcerpt : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void excerpts_data();
    void excerpts();
    void shortWords_data();
    void shortWords();
};

void TstExcerpt::excerpts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("around");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << u"app == 'web'"_s << 0 << u"app == 'web'"_s;
    QTest::newRow("line breaks and tabs") << u"a\r\nb\tc\n"_s << 0 << u"a↵b→c↵"_s;
    QTest::newRow("long, from the start") << QString(100, u'x') << 0 << QString(60, u'x') + u'…';
    QTest::newRow("long, around the end") << QString(100, u'x') << 100 << u'…' + QString(60, u'x');
    QTest::newRow("long, in the middle")
        << QString(100, u'x') << 50 << u'…' + QString(60, u'x') + u'…';
}

void TstExcerpt::excerpts()
{
    QFETCH(QString, text);
    QFETCH(int, around);
    QFETCH(QString, expected);
    QCOMPARE(excerpt(text, around), expected);
}

void TstExcerpt::shortWords_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    const QString name253(253, u'n');
    QTest::newRow("ordinary") << u"invalid action \"Allw\": expected Allow"_s
                              << u"invalid action \"Allw\": expected Allow"_s;
    QTest::newRow("the longest valid name is kept")
        << u"invalid name \""_s + name253 + u'"' << u"invalid name \""_s + name253 + u'"';
    QTest::newRow("a huge value keeps its start and end")
        << u"invalid action \"a"_s + QString(200000, u'h') + u"z\": expected Allow"_s
        << u"invalid action \"a"_s + QString(38, u'h') + u'…' + QString(37, u'h')
            + u"z\": expected Allow"_s;
    QTest::newRow("a long path keeps its file name")
        << u"defined at /"_s + QString(300, u'd') + u"/policies.yaml:5"_s
        << u"defined at /"_s + QString(39, u'd') + u'…' + QString(24, u'd') + u"/policies.yaml:5"_s;
    QTest::newRow("spaces are kept as they are") << u"a  b\tc "_s << u"a  b\tc "_s;
    // U+1F600 is two UTF-16 code units: the cut never separates them, it leaves the pair out.
    QTest::newRow("surrogate pairs stay whole") << QString(39, u'x') + u"😀"_s + QString(300, u'y')
            + u"😀"_s + QString(39, u'z') << QString(39, u'x') + u'…' + QString(39, u'z');
}

void TstExcerpt::shortWords()
{
    QFETCH(QString, message);
    QFETCH(QString, expected);
    QCOMPARE(ps::shortWords(message), expected);
}

QTEST_GUILESS_MAIN(TstExcerpt)

#include "tst_excerpt.moc"
