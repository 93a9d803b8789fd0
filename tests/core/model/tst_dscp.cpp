// The qos.projectcalico.org/dscp value as libcalico-go's numorstring.DSCP reads it: a decimal
// 0-63 as written, else a class name trimmed and in any case; anything else is refused.

#include <QTest>

#include "core/model/dscp.h"

using namespace ps;

class TestDscp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void annotations();
};

void TestDscp::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("value"); // -1: refused
    QTest::addColumn<QString>("message"); // part of the error
    QTest::newRow("zero") << QStringLiteral("0") << 0 << QString();
    QTest::newRow("largest") << QStringLiteral("63") << 63 << QString();
    QTest::newRow("leading zero") << QStringLiteral("010") << 10 << QString();
    QTest::newRow("64") << QStringLiteral("64") << -1
                        << QStringLiteral("DSCP value 64 is out of range (0-63)");
    QTest::newRow("255") << QStringLiteral("255") << -1
                         << QStringLiteral("DSCP value 255 is out of range (0-63)");
    // strconv.ParseUint(s, 10, 8) fails above 255: then it is no class name either.
    QTest::newRow("256") << QStringLiteral("256") << -1
                         << QStringLiteral("invalid DSCP value \"256\"");
    QTest::newRow("negative") << QStringLiteral("-1") << -1
                              << QStringLiteral("invalid DSCP value \"-1\"");
    QTest::newRow("number with spaces")
        << QStringLiteral(" 10") << -1 << QStringLiteral("invalid DSCP value \" 10\"");
    QTest::newRow("hex") << QStringLiteral("0x0a") << -1
                         << QStringLiteral("invalid DSCP value \"0x0a\"");
    QTest::newRow("empty") << QString() << -1 << QStringLiteral("invalid DSCP value \"\"");
    QTest::newRow("EF") << QStringLiteral("EF") << 46 << QString();
    QTest::newRow("DF") << QStringLiteral("DF") << 0 << QString();
    QTest::newRow("af11 lower case") << QStringLiteral("af11") << 10 << QString();
    QTest::newRow("AF43") << QStringLiteral("AF43") << 38 << QString();
    QTest::newRow("class with spaces") << QStringLiteral(" cs6 ") << 48 << QString();
    QTest::newRow("CS7 is not accepted")
        << QStringLiteral("CS7") << -1 << QStringLiteral("invalid DSCP value \"CS7\"");
    QTest::newRow("AF14 is not a class")
        << QStringLiteral("AF14") << -1 << QStringLiteral("invalid DSCP value \"AF14\"");
}

void TestDscp::parse()
{
    QFETCH(QString, text);
    QFETCH(int, value);
    QFETCH(QString, message);
    const Result<int> got = parseDscp(text);
    if (value < 0) {
        QVERIFY(!got);
        QVERIFY2(got.error().message.contains(message), qPrintable(got.error().message));
        return;
    }
    QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().message));
    QCOMPARE(*got, value);
}

void TestDscp::annotations()
{
    Labels a;
    QCOMPARE(dscpOf(a), std::nullopt);
    a.insert(QStringLiteral("qos.projectcalico.org/dscp"), QStringLiteral("AF21"));
    QCOMPARE(dscpOf(a), std::optional<int>(18));
    a.insert(QStringLiteral("qos.projectcalico.org/dscp"), QStringLiteral("99"));
    QCOMPARE(dscpOf(a), std::nullopt); // refused: Felix marks nothing
}

QTEST_APPLESS_MAIN(TestDscp)
#include "tst_dscp.moc"
