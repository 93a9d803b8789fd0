// The JSON reader of flow records (core/flows/jsondom_p.h): what it reads agrees with Qt's
// QJsonDocument on the flow-log fixtures and on hand-written documents; what is not JSON is
// refused at the byte where it stops being JSON; strings, numbers and duplicate keys read as
// Go's encoding/json (what Calico writes logs with) reads them.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

#include "core/flows/jsondom_p.h"
#include "tests/support/testfiles.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

// True when `v` holds the same value as Qt's reading of it (numbers compared as doubles).
bool same(JsonRef v, const QJsonValue &q)
{
    switch (q.type()) {
    case QJsonValue::Null:
        return v.isNull();
    case QJsonValue::Bool:
        return v.isBool() && v.toBool() == q.toBool();
    case QJsonValue::Double:
        return v.isNumber() && v.toDouble() == q.toDouble();
    case QJsonValue::String:
        return v.isString() && v.toString() == q.toString();
    case QJsonValue::Array: {
        const QJsonArray a = q.toArray();
        JsonRef item = v.first();
        for (const auto &e : a) {
            if (item.isUndefined() || !same(item, e))
                return false;
            item = item.next();
        }
        return v.isArray() && item.isUndefined();
    }
    case QJsonValue::Object: {
        const QJsonObject o = q.toObject();
        if (!v.isObject())
            return false;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QByteArray key = it.key().toLatin1();
            if (!same(v.value(QLatin1StringView(key)), it.value()))
                return false;
        }
        return true;
    }
    case QJsonValue::Undefined:
        return v.isUndefined();
    }
    return false;
}

} // namespace

class TestJsonDom : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agreesWithQtOnTheFixtures()
    {
        int records = 0;
        for (const char *file : {"whisker-stream.txt", "goldmane.ndjson", "enterprise-modern.jsonl",
                 "enterprise-legacy.jsonl"}) {
            const QByteArray text
                = test::readFile(test::fixturePath(u"flows/"_s + QString::fromUtf8(file)));
            for (QByteArray line : text.split('\n')) {
                if (line.startsWith("data: "))
                    line = line.mid(6);
                line = line.trimmed();
                if (!line.startsWith('{'))
                    continue;
                JsonDom dom;
                QVERIFY2(dom.parse(line), qPrintable(dom.error()));
                QJsonParseError error;
                const QJsonDocument q = QJsonDocument::fromJson(line, &error);
                QCOMPARE(error.error, QJsonParseError::NoError);
                QVERIFY2(same(dom.root(), q.object()), line.constData());
                ++records;
            }
        }
        QVERIFY(records > 20);
    }

    void values()
    {
        const QByteArray text = " {\"a\": [1, -2.5e1, true, false, null, "
                                "\"x\\\"y\\\\z\\/\\n\\u00e9\\ud83d\\ude00\"],\n"
                                "            \"b\": {\"c\": {}}, \"d\": [], \"n\": "
                                "9007199254740993, \"e\": 1e3, \"f\": 80.5,\n"
                                "            \"dup\": 1, \"dup\": 2, \"esc\\u0061ped\": \"yes\"} ";
        JsonDom dom;
        QVERIFY2(dom.parse(text), qPrintable(dom.error()));
        const JsonRef root = dom.root();
        QVERIFY(root.isObject());
        JsonRef a = root.value("a"_L1).first();
        QCOMPARE(a.toWholeNumber(), std::optional<qint64>(1));
        a = a.next();
        QCOMPARE(a.toDouble(), -25.0);
        QCOMPARE(a.toWholeNumber(), std::optional<qint64>(-25));
        a = a.next();
        QVERIFY(a.isBool() && a.toBool());
        a = a.next();
        QVERIFY(a.isBool() && !a.toBool());
        a = a.next();
        QVERIFY(a.isNull());
        a = a.next();
        QCOMPARE(a.toString(), u"x\"y\\z/\né\U0001F600"_s);
        QVERIFY(a.next().isUndefined());
        QVERIFY(root.value("b"_L1).value("c"_L1).isObject());
        QVERIFY(root.value("d"_L1).isArray());
        QVERIFY(root.value("d"_L1).first().isUndefined());
        // Whole numbers exactly, also past 2^53 where a double cannot hold them.
        QCOMPARE(root.value("n"_L1).toWholeNumber(), std::optional<qint64>(9007199254740993));
        QCOMPARE(root.value("e"_L1).toWholeNumber(), std::optional<qint64>(1000));
        QCOMPARE(root.value("f"_L1).toWholeNumber(), std::nullopt);
        // A key given twice: its last value.
        QCOMPARE(root.value("dup"_L1).toWholeNumber(), std::optional<qint64>(2));
        QCOMPARE(root.value("escaped"_L1).toString(), u"yes"_s);
        QVERIFY(root.value("missing"_L1).isUndefined());
        QVERIFY(root.value("a"_L1).value("x"_L1).isUndefined());
        QCOMPARE(root.value("b"_L1).text(), QByteArrayView("{\"c\": {}}"));
    }

    void refusesWhatIsNotJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<bool>("qtRefusesToo"); // Qt's reader lets some through; Go's does not
        QTest::newRow("missing value") << QByteArray("{\"a\":}") << 5 << true;
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << 7 << true;
        QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 5 << true;
        QTest::newRow("unquoted key") << QByteArray("{a:1}") << 1 << true;
        QTest::newRow("unterminated string") << QByteArray("{\"a\":\"xyz") << 9 << true;
        QTest::newRow("control character") << QByteArray("{\"a\":\"x\ty\"}") << 7 << false;
        QTest::newRow("bad escape") << QByteArray("{\"a\":\"\\q\"}") << 7 << false;
        QTest::newRow("short unicode escape") << QByteArray("{\"a\":\"\\u12\"}") << 7 << true;
        QTest::newRow("leading zero") << QByteArray("[01]") << 2 << true;
        QTest::newRow("bare minus") << QByteArray("[-]") << 2 << true;
        QTest::newRow("dot without digits") << QByteArray("[1.]") << 3 << false;
        QTest::newRow("bad literal") << QByteArray("[tru]") << 1 << true;
        QTest::newRow("garbage after") << QByteArray("{} x") << 3 << true;
        QTest::newRow("two values") << QByteArray("{}{}") << 2 << true;
        QTest::newRow("unterminated array") << QByteArray("[1,2") << 4 << true;
        QTest::newRow("missing separator") << QByteArray("[1 2]") << 3 << true;
        QTest::newRow("empty") << QByteArray() << 0 << true;
        QTest::newRow("comment") << QByteArray("// x\n{}") << 0 << true;
    }

    void refusesWhatIsNotJson()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        QFETCH(bool, qtRefusesToo);
        JsonDom dom;
        QVERIFY(!dom.parse(text));
        QVERIFY(!dom.error().isEmpty());
        QCOMPARE(dom.errorOffset(), qsizetype(offset));
        QVERIFY(dom.root().isUndefined());
        QJsonParseError error;
        QJsonDocument::fromJson(text, &error);
        QCOMPARE(error.error != QJsonParseError::NoError, qtRefusesToo);
    }

    void nestingIsBounded()
    {
        JsonDom dom;
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        QVERIFY(!dom.parse(deep));
        QVERIFY2(dom.error().contains(u"nested"_s), qPrintable(dom.error()));
        const QByteArray fine = QByteArray(200, '[') + QByteArray(200, ']');
        QVERIFY2(dom.parse(fine), qPrintable(dom.error()));
    }
};

} // namespace ps

QTEST_GUILESS_MAIN(ps::TestJsonDom)
#include "tst_jsondom.moc"
