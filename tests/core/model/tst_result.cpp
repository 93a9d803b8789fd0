// Result<T>, Result<void> and Error: what holds a value and what holds an error, value_or,
// moving values out, and Error::toString for each kind of position.

#include <memory>

#include <QTest>

#include "core/model/result.h"

using namespace ps;
using namespace Qt::StringLiterals;

namespace {

Result<int> half(int n)
{
    if (n % 2 != 0)
        return Error {.message = u"odd"_s};
    return n / 2;
}

Result<void> checkEven(int n)
{
    if (n % 2 != 0)
        return Error {.message = u"odd"_s};
    return {};
}

} // namespace

class TestResult : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void holdsValue();
    void holdsError();
    void valueOr();
    void movesValueOut();
    void voidResult();
    void errorToString_data();
    void errorToString();
    void errorEquality();
};

void TestResult::holdsValue()
{
    const Result<int> r = half(8);
    QVERIFY(r.ok());
    QVERIFY(bool(r));
    QCOMPARE(r.value(), 4);
    QCOMPARE(*r, 4);

    Result<QString> text = u"abc"_s;
    QCOMPARE(text->size(), 3);
    text->append(u'd'); // non-const access changes the held value
    QCOMPARE(*text, u"abcd"_s);
}

void TestResult::holdsError()
{
    const Result<int> r = half(3);
    QVERIFY(!r.ok());
    QVERIFY(!bool(r));
    QCOMPARE(r.error().message, u"odd"_s);
    // Positions not given stay unknown.
    QCOMPARE(r.error().line, 0);
    QCOMPARE(r.error().column, 0);
    QCOMPARE(r.error().offset, qsizetype(-1));
    QCOMPARE(r.error().byteOffset, qsizetype(-1));
}

void TestResult::valueOr()
{
    QCOMPARE(half(8).value_or(-1), 4);
    QCOMPARE(half(3).value_or(-1), -1);
    const Result<QString> failed = Error {.message = u"no"_s};
    QCOMPARE(failed.value_or(u"fallback"_s), u"fallback"_s);
    const Result<QString> held = u"held"_s;
    QCOMPARE(held.value_or(u"fallback"_s), u"held"_s);
}

void TestResult::movesValueOut()
{
    // A move-only value comes out of an rvalue Result, by value() and by value_or().
    Result<std::unique_ptr<int>> r = std::make_unique<int>(7);
    std::unique_ptr<int> p = std::move(r).value();
    QVERIFY(p);
    QCOMPARE(*p, 7);

    Result<std::unique_ptr<int>> failed = Error {.message = u"none"_s};
    std::unique_ptr<int> q = std::move(failed).value_or(nullptr);
    QVERIFY(!q);
}

void TestResult::voidResult()
{
    const Result<void> fine = checkEven(2);
    QVERIFY(fine.ok());
    QVERIFY(bool(fine));
    const Result<void> bad = checkEven(3);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message, u"odd"_s);
    QVERIFY(Result<void>().ok());
}

void TestResult::errorToString_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("expected");

    QTest::newRow("message only") << Error {.message = u"broken"_s} << u"broken"_s;
    QTest::newRow("file") << Error {.message = u"broken"_s, .file = u"a.yaml"_s}
                          << u"a.yaml: broken"_s;
    QTest::newRow("file and line")
        << Error {.message = u"broken"_s, .file = u"a.yaml"_s, .line = 3} << u"a.yaml:3: broken"_s;
    QTest::newRow("file, line and column")
        << Error {.message = u"broken"_s, .file = u"a.yaml"_s, .line = 3, .column = 7}
        << u"a.yaml:3:7: broken"_s;
    QTest::newRow("column without line")
        << Error {.message = u"broken"_s, .file = u"a.yaml"_s, .column = 7} << u"a.yaml: broken"_s;
    QTest::newRow("path") << Error {.message = u"bad action"_s,
        .file = u"a.yaml"_s,
        .line = 3,
        .column = 7,
        .path = u"spec.ingress[0].action"_s}
                          << u"a.yaml:3:7: bad action [spec.ingress[0].action]"_s;
    // A position in a text without a file: 1-based character from the 0-based offset.
    QTest::newRow("text offset") << Error {.message = u"unexpected character '%'"_s,
        .offset = 12,
        .byteOffset = 13} << u"character 13: unexpected character '%'"_s;
    QTest::newRow("text offset 0")
        << Error {.message = u"unexpected"_s, .offset = 0, .byteOffset = 0}
        << u"character 1: unexpected"_s;
    // The file position wins when both are known.
    QTest::newRow("file and offset")
        << Error {.message = u"broken"_s, .file = u"a.yaml"_s, .line = 2, .offset = 5}
        << u"a.yaml:2: broken"_s;
}

void TestResult::errorToString()
{
    QFETCH(Error, error);
    QFETCH(QString, expected);
    QCOMPARE(error.toString(), expected);
}

void TestResult::errorEquality()
{
    const Error a {.message = u"m"_s, .offset = 4, .byteOffset = 5};
    Error b = a;
    QVERIFY(a == b);
    b.byteOffset = 6;
    QVERIFY(!(a == b));
}

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
