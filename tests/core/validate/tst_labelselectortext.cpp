// Kubernetes label selectors as kubectl's -l text (core/kube/labelselectortext): every form
// reads into the selector Kubernetes means, what is written reads back the same, and a wrong
// term is an error that says where and what.

#include <QTest>

#include "core/kube/labelselectortext.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

class TestLabelSelectorText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parses()
    {
        const Result<LabelSelector> s
            = LabelSelectorText::parse(u" app=web, tier in (a, b),env!=prod,role,!debug,x==y"_s);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->matchLabels, (Labels {{u"app"_s, u"web"_s}, {u"x"_s, u"y"_s}}));
        QCOMPARE(s->matchExpressions.size(), 4);
        QCOMPARE(s->matchExpressions[0],
            (LabelSelectorRequirement {u"tier"_s, u"In"_s, {u"a"_s, u"b"_s}}));
        QCOMPARE(
            s->matchExpressions[1], (LabelSelectorRequirement {u"env"_s, u"NotIn"_s, {u"prod"_s}}));
        QCOMPARE(s->matchExpressions[2], (LabelSelectorRequirement {u"role"_s, u"Exists"_s, {}}));
        QCOMPARE(
            s->matchExpressions[3], (LabelSelectorRequirement {u"debug"_s, u"DoesNotExist"_s, {}}));
        QVERIFY(LabelSelectorText::parse(QString())->isEmpty());
        QVERIFY(LabelSelectorText::parse(u"  "_s)->isEmpty());
        const Result<LabelSelector> prefixed
            = LabelSelectorText::parse(u"kubernetes.io/metadata.name=shop"_s);
        QVERIFY(prefixed);
        QCOMPARE(prefixed->matchLabels.value(u"kubernetes.io/metadata.name"_s), u"shop"_s);
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("labels") << u"app=web,tier=db"_s;
        QTest::newRow("sets") << u"tier in (a,b),env notin (prod)"_s;
        QTest::newRow("exists") << u"a=b,role,!debug"_s;
        QTest::newRow("empty value") << u"a="_s;
    }

    void roundTrips()
    {
        QFETCH(QString, text);
        const Result<LabelSelector> first = LabelSelectorText::parse(text);
        QVERIFY(first);
        const QString written = LabelSelectorText::format(*first);
        QCOMPARE(written, text);
        QCOMPARE(*LabelSelectorText::parse(written), *first);
    }

    // An operator Kubernetes does not know (validation's error) is written as given, not
    // dropped: the form shows it, and reading it back is an error, not another selector.
    void unknownOperatorShows()
    {
        LabelSelector selector;
        selector.matchLabels.insert(u"app"_s, u"web"_s);
        selector.matchExpressions.append({u"team"_s, u"Inn"_s, {u"shop"_s, u"ops"_s}});
        const QString written = LabelSelectorText::format(selector);
        QCOMPARE(written, u"app=web,team Inn (shop,ops)"_s);
        QVERIFY(!LabelSelectorText::parse(written));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty term") << u"a=b,,c"_s << u"column 5: an empty requirement"_s;
        QTest::newRow("bad key") << u"-a=b"_s << u"“-a” is not a label key"_s;
        QTest::newRow("bad value") << u"a=b c"_s << u"“b c” is not a label value"_s;
        QTest::newRow("two values") << u"a=b,a=c"_s << u"“a” is given two values"_s;
        QTest::newRow("bad set") << u"a in b)"_s << u"write “key in (a,b)”"_s;
        QTest::newRow("unclosed set") << u"app in (web"_s << u"write “key in (a,b)”"_s;
        QTest::newRow("unclosed set among others")
            << u"env=prod,app in (web,tier=db"_s << u"write “key in (a,b)”"_s;
        QTest::newRow("bad set value") << u"a in (x y)"_s << u"“x y” is not a label value"_s;
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const Result<LabelSelector> s = LabelSelectorText::parse(text);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
    }
};

} // namespace ps

QTEST_GUILESS_MAIN(ps::TestLabelSelectorText)
#include "tst_labelselectortext.moc"
