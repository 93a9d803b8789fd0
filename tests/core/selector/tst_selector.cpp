// Selector tokenizer, parser, canonical form, UniqueID, evaluation, prefixing and IP set names
// against docs/semantics.md: "Selectors"; docs/rendering.md: "Names and hashes".

#include <functional>

#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QtTest>

#include "core/selector/inheritedlabels.h"
#include "core/selector/ipsetname.h"
#include "core/selector/selector.h"
#include "core/selector/selectorparser_p.h"
#include "core/selector/selectortokenizer_p.h"
#include "core/selector/uniqueid.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

using Labels = QMap<QString, QString>;

namespace {

// Independent of the code under test: straight from the spec's formula.
QString expectedUniqueId(const QString &canonical)
{
    const QByteArray digest
        = QCryptographicHash::hash((u"s:"_s + canonical).toUtf8(), QCryptographicHash::Sha224);
    return u"s:"_s
        + QString::fromLatin1(
            digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A Not directly over a Not can only come from "!(!x)"; Calico prints it as "!!x".
bool hasNestedNot(const SelectorNode &root)
{
    bool found = false;
    root.forEachNode([&found](const SelectorNode &n) {
        found
            = found || (n.op() == SelectorOp::Not && n.children().front().op() == SelectorOp::Not);
    });
    return found;
}

QString longLabel(int length)
{
    return QString(length, u'k');
}

} // namespace

class TstSelector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void canonical_data();
    void canonical();
    void errors_data();
    void errors();
    void uniqueId_data();
    void uniqueId();
    void evaluate_data();
    void evaluate();
    void labelSources();
    void normalise_data();
    void normalise();
    void prefix_data();
    void prefix();
    void ipSetNames_data();
    void ipSetNames();
    void labelKeys_data();
    void labelKeys();
    void treeAccessors();
    void equality();
    void tokens();
    void nestingLimit();
    void doubleNegation();
    void randomRoundTrip();
};

void TstSelector::canonical_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, const QString &in, const QString &out) {
        QTest::newRow(name) << in << out;
    };
    // Canonical-text examples (docs/semantics.md: "Selectors").
    row("spec-not-or", uR"(! (has( b)||! has(a )))"_s, uR"(!(has(b) || !has(a)))"_s);
    row("spec-startswith-quote", uR"(a startswith '"')"_s, uR"(a starts with '"')"_s);
    row("spec-set-sort", uR"(a in {"z", "z", "x", "y", "x", "a"})"_s,
        uR"(a in {"a", "x", "y", "z"})"_s);
    row("spec-empty", u""_s, u"all()"_s);
    row("spec-spaced-all", u" all() "_s, u"all()"_s);
    row("spec-paren-all", u" (all() )"_s, u"all()"_s);
    row("spec-and-ne", uR"(! (a == "b"&&! c != "d"))"_s, uR"(!(a == "b" && !c != "d"))"_s);
    // Every operator.
    row("eq", uR"(a == "b")"_s, uR"(a == "b")"_s);
    row("eq-tight", uR"(a=="b")"_s, uR"(a == "b")"_s);
    row("eq-single-quotes", u"a == 'b'"_s, uR"(a == "b")"_s);
    row("ne", uR"(a != "b")"_s, uR"(a != "b")"_s);
    row("ne-tight-dquote", uR"(a!='"')"_s, uR"(a != '"')"_s);
    row("contains", uR"(a contains "x")"_s, uR"(a contains "x")"_s);
    row("contains-squote-value", uR"(a contains "'")"_s, uR"(a contains "'")"_s);
    row("contains-dquote-value", uR"(a contains '"')"_s, uR"(a contains '"')"_s);
    row("starts-with", uR"(a starts with "x")"_s, uR"(a starts with "x")"_s);
    row("starts-many-blanks", u"a starts  \t with \"x\""_s, uR"(a starts with "x")"_s);
    row("startswith-tight", uR"(a startswith"x")"_s, uR"(a starts with "x")"_s);
    row("ends-with", uR"(a ends with "x")"_s, uR"(a ends with "x")"_s);
    row("endswith", uR"(a endswith "'")"_s, uR"(a ends with "'")"_s);
    row("in", uR"(a in {"b"})"_s, uR"(a in {"b"})"_s);
    row("in-tight", uR"(a in{"b","c"})"_s, uR"(a in {"b", "c"})"_s);
    row("in-empty", u"a in {}"_s, u"a in {}"_s);
    row("in-empty-blank", u"a in { }"_s, u"a in {}"_s);
    row("in-trailing-comma", uR"(a in {"x",})"_s, uR"(a in {"x"})"_s);
    // '"' (0x22) sorts before "'" (0x27).
    row("in-mixed-quotes", uR"(a in {"'", '"', "c"})"_s, uR"(a in {'"', "'", "c"})"_s);
    row("not-in", uR"(a not in {"b"})"_s, uR"(a not in {"b"})"_s);
    row("notin", uR"(a notin {"b"})"_s, uR"(a not in {"b"})"_s);
    row("not-in-tight", u"a not\tin{'b'}"_s, uR"(a not in {"b"})"_s);
    row("has", u"has(a)"_s, u"has(a)"_s);
    row("has-blanks", u"has( \ta\t )"_s, u"has(a)"_s);
    row("all", u"all()"_s, u"all()"_s);
    row("all-blank", u"all( \t)"_s, u"all()"_s);
    row("global", u"global()"_s, u"global()"_s);
    row("global-blank", u"global( )"_s, u"global()"_s);
    // Whitespace: only space and tab; tab anywhere between tokens is fine.
    row("tabs", u"\ta\t==\t'b'\t"_s, uR"(a == "b")"_s);
    row("blank", u"   "_s, u"all()"_s);
    row("tab-only", u"\t"_s, u"all()"_s);
    row("newline-in-string", u"a == \"x\ny\""_s, u"a == \"x\ny\""_s);
    // Negation.
    row("not-has", u"!has(a)"_s, u"!has(a)"_s);
    row("not-not", u"!!has(a)"_s, u"has(a)"_s);
    row("not-not-not", u"!!!has(a)"_s, u"!has(a)"_s);
    row("not-spaced", u"! ! ! has(a)"_s, u"!has(a)"_s);
    row("not-binds-operation", uR"(!a == "x")"_s, uR"(!a == "x")"_s);
    row("not-paren-no-parens", uR"(!(a == "b"))"_s, uR"(!a == "b")"_s);
    row("not-in-negated", uR"(!a in {"a"})"_s, uR"(!a in {"a"})"_s);
    row("not-and", u"!(has(a) && has(b))"_s, u"!(has(a) && has(b))"_s);
    // And / Or structure.
    row("and", uR"(a == "b" && c == "d")"_s, uR"((a == "b" && c == "d"))"_s);
    row("or", uR"(a == "b" || c == "d")"_s, uR"((a == "b" || c == "d"))"_s);
    row("or-three", u"has(a) || has(b) || has(c)"_s, u"(has(a) || has(b) || has(c))"_s);
    row("and-three", u"has(a) && has(b) && has(c)"_s, u"(has(a) && has(b) && has(c))"_s);
    row("no-flatten-right", u"has(a) && (has(b) && has(c))"_s, u"(has(a) && (has(b) && has(c)))"_s);
    row("no-flatten-left", u"(has(a) && has(b)) && has(c)"_s, u"((has(a) && has(b)) && has(c))"_s);
    row("precedence", u"has(a) || has(b) && has(c)"_s, u"(has(a) || (has(b) && has(c)))"_s);
    row("precedence-not", u"!has(a) && has(b) || !has(c)"_s, u"((!has(a) && has(b)) || !has(c))"_s);
    row("redundant-parens", u"((has(a)))"_s, u"has(a)"_s);
    row("tight-everything", uR"(a=="b"&&c!="d"||!has(e))"_s,
        uR"(((a == "b" && c != "d") || !has(e)))"_s);
    row("all-and", u"all() && has(a)"_s, u"(all() && has(a))"_s);
    // Contextual keywords: keywords are labels where a label is expected.
    row("contains-contains", uR"(contains contains "contains")"_s,
        uR"(contains contains "contains")"_s);
    row("has-as-label", uR"(has == "x")"_s, uR"(has == "x")"_s);
    row("all-as-label", uR"(all == "x")"_s, uR"(all == "x")"_s);
    row("global-as-label", u"global != 'x'"_s, uR"(global != "x")"_s);
    row("in-in", uR"(in in {"in"})"_s, uR"(in in {"in"})"_s);
    row("not-not-in", uR"(not not in {"x"})"_s, uR"(not not in {"x"})"_s);
    row("starts-starts", uR"(starts starts with "s")"_s, uR"(starts starts with "s")"_s);
    row("ends-endswith", uR"(ends endswith "s")"_s, uR"(ends ends with "s")"_s);
    row("label-prefix-has", uR"(hasx == "x")"_s, uR"(hasx == "x")"_s);
    // Labels and values.
    row("label-chars", uR"(projectcalico.org/name-x_1 == "v")"_s,
        uR"(projectcalico.org/name-x_1 == "v")"_s);
    row("label-512", longLabel(512) + uR"( == "v")"_s, longLabel(512) + uR"( == "v")"_s);
    row("has-512", u"has("_s + longLabel(512) + u")"_s, u"has("_s + longLabel(512) + u")"_s);
    row("empty-value", uR"(a == "")"_s, uR"(a == "")"_s);
    row("apostrophe-value", uR"(a == "it's")"_s, uR"(a == "it's")"_s);
    row("quote-value", uR"(a == 'say "hi"')"_s, uR"(a == 'say "hi"')"_s);
    row("unicode-value", u"a == 'é☃'"_s, u"a == \"é☃\""_s);
    // Byte-wise (UTF-8) set order: "z" < "é" < U+FFFD < U+1F600, which UTF-16 order gets wrong.
    row("set-utf8-order", u"a in {'\U0001F600', '\uFFFD', 'é', 'z'}"_s,
        u"a in {\"z\", \"é\", \"\uFFFD\", \"\U0001F600\"}"_s);
    row("worked-example", u"(projectcalico.org/namespace == 'production') && (app == 'client')"_s,
        uR"((projectcalico.org/namespace == "production" && app == "client"))"_s);
    row("spec-not-selector-fold", u"(projectcalico.org/namespace == 'ns') && (!(role == 'bad'))"_s,
        uR"((projectcalico.org/namespace == "ns" && !role == "bad"))"_s);
}

void TstSelector::canonical()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const Result<Selector> parsed = Selector::parse(input);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->canonical(), expected);

    // The canonical form is a fixed point with the same UniqueID.
    const Result<Selector> again = Selector::parse(expected);
    QVERIFY(again.ok());
    QCOMPARE(again->canonical(), expected);
    QCOMPARE(again->uniqueId(), parsed->uniqueId());
    QCOMPARE(parsed->uniqueId(), expectedUniqueId(expected));
}

void TstSelector::errors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("column");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("messagePart");

    auto row = [](const char *name, const QString &in, int column, const QString &part) {
        QTest::newRow(name) << in << column << qsizetype(column) << part;
    };
    // Whitespace rules: a newline outside a string is an error where it stands.
    row("newline-at-end", u"a == \"b\"\n"_s, 8, u"line break"_s);
    row("newline-before-value", u"a ==\n\"b\""_s, 4, u"line break"_s);
    row("newline-after-label", u"a\n== \"b\""_s, 1, u"line break"_s);
    row("cr", u"has(a)\r"_s, 6, u"line break"_s);
    // Punctuation.
    row("single-eq", uR"(a = "b")"_s, 2, u"=="_s);
    row("single-amp", uR"(a == "b" & has(c))"_s, 9, u"&&"_s);
    row("single-bar", uR"(a == "b" | has(c))"_s, 9, u"||"_s);
    row("unterminated-dq", uR"(a == "b)"_s, 5, u"unterminated string"_s);
    row("unterminated-mixed", uR"(a == 'b")"_s, 5, u"unterminated string"_s);
    row("unterminated-only", uR"("FOO)"_s, 0, u"unterminated string"_s);
    // Labels and operators.
    row("label-rhs", u"b == b"_s, 5, u"quoted string"_s);
    row("label-contains-label", u"b contains b"_s, 11, u"quoted string"_s);
    // Calico checks the word boundary after the blanks that follow "with", so this fails in the
    // tokenizer, not the parser.
    row("label-starts-label", u"b starts with b"_s, 2, u"operator"_s);
    row("label-not-in-label", u"b not in b"_s, 2, u"operator"_s);
    row("label-in-label", u"b in b"_s, 5, u"set literal"_s);
    row("literal-lhs", u"'b1' == b"_s, 0, u"unexpected"_s);
    row("bare-label", u"b"_s, 1, u"operator"_s);
    row("label-space", u"a "_s, 2, u"operator"_s);
    row("two-labels", u"a b"_s, 2, u"operator"_s);
    row("label-and", u"a && has(b)"_s, 2, u"operator"_s);
    row("label-paren", u"a (b)"_s, 2, u"operator"_s);
    row("startswithx", uR"(a startswithx "b")"_s, 2, u"operator"_s);
    row("containsx", uR"(a containsx "b")"_s, 2, u"operator"_s);
    row("notinx", uR"(a notinx {"b"})"_s, 2, u"operator"_s);
    row("missing-rhs", u"a =="_s, 4, u"quoted string"_s);
    row("missing-rhs-contains", u"a contains"_s, 10, u"quoted string"_s);
    row("label-too-long", longLabel(513) + uR"( == "v")"_s, 0, u"too long"_s);
    // has / all / global.
    row("has-space-paren", u"has (a)"_s, 4, u"operator"_s);
    row("has-empty", u"has()"_s, 4, u"label name"_s);
    row("has-unclosed", u"has(a"_s, 5, u"no closing"_s);
    row("has-two-labels", u"has(a b)"_s, 6, u"no closing"_s);
    row("has-too-long", u"has("_s + longLabel(513) + u")"_s, 4, u"too long"_s);
    row("all-arg", u"all(x)"_s, 4, u"no closing"_s);
    row("global-unclosed", u"global("_s, 7, u"no closing"_s);
    // Structure.
    row("bang-only", u"!"_s, 1, u"end of selector"_s);
    row("bang-bang", u"!!"_s, 2, u"end of selector"_s);
    row("open-paren", u"("_s, 1, u"end of selector"_s);
    row("unclosed-paren", uR"((a == "foo")"_s, 11, u"expected )"_s);
    row("close-paren", u")"_s, 0, u"unexpected"_s);
    row("empty-parens", u"()"_s, 1, u"unexpected"_s);
    row("percent", u"%"_s, 0, u"unexpected character"_s);
    row("and-percent", uR"(a == "b" && %)"_s, 12, u"unexpected character"_s);
    row("or-percent", uR"(a == "b" || %)"_s, 12, u"unexpected character"_s);
    row("dangling-and", u"has(foo) &&"_s, 11, u"end of selector"_s);
    row("dangling-or-ne", u"foo != ||"_s, 7, u"quoted string"_s);
    row("trailing-paren", uR"(a == "b"))"_s, 8, u"after the end"_s);
    row("trailing-label", u"has(a)b"_s, 6, u"after the end"_s);
    // Sets.
    row("set-no-brace", uR"(foo in "")"_s, 7, u"set literal"_s);
    row("set-unclosed-or", uR"(foo in {"", ||)"_s, 12, u"quoted string or }"_s);
    row("set-no-comma", uR"(a in {"x" "y"})"_s, 10, u", or }"_s);
    row("set-only-comma", u"a in {,}"_s, 6, u"quoted string or }"_s);
    row("set-double-comma", uR"(a in {"x",,})"_s, 10, u"quoted string or }"_s);
    row("set-unclosed", uR"(a in {"x")"_s, 9, u", or }"_s);
    row("set-label-value", u"a in {b}"_s, 6, u"quoted string or }"_s);
    // Non-ASCII: column counts UTF-8 bytes, offset counts QString code units.
    QTest::newRow("utf8-column") << uR"(x == "é" && %)"_s << 13 << qsizetype(12)
                                 << u"unexpected character"_s;
    QTest::newRow("utf8-astral") << u"x == '\U0001F600' $"_s << 12 << qsizetype(10)
                                 << u"unexpected character"_s;
    row("non-ascii-label", uR"(é == "a")"_s, 0, u"unexpected character"_s);
}

void TstSelector::errors()
{
    QFETCH(QString, input);
    QFETCH(int, column);
    QFETCH(qsizetype, offset);
    QFETCH(QString, messagePart);

    const Result<Selector> parsed = Selector::parse(input);
    QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? parsed->canonical() : QString()));
    QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    QCOMPARE(parsed.error().byteOffset, qsizetype(column));
    QCOMPARE(parsed.error().offset, offset);
}

void TstSelector::uniqueId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // docs/semantics.md: "Selectors"; docs/rendering.md: "Names and hashes", "Chains", "Worked
    // example".
    QTest::newRow("all") << u"all()"_s << u"s:5y5I3VdRZfDU01O--xXAPx2yxCQQqMf0M6IWug"_s;
    QTest::newRow("empty") << u""_s << u"s:5y5I3VdRZfDU01O--xXAPx2yxCQQqMf0M6IWug"_s;
    QTest::newRow("not-or") << u"!(has(b) || !has(a))"_s
                            << u"s:Iss0uCleLYv1GSv_pNm7hAO58kE9jAx1NKyG3Q"_s;
    QTest::newRow("not-or-messy") << uR"(! (has( b)||! has(a )))"_s
                                  << u"s:Iss0uCleLYv1GSv_pNm7hAO58kE9jAx1NKyG3Q"_s;
    QTest::newRow("not-and") << uR"(!(a == "b" && !c != "d"))"_s
                             << u"s:lh3haoY1ikTRkd4UZu0nWSaIBknYLPJLX16d-w"_s;
    QTest::newRow("worked-example")
        << u"(projectcalico.org/namespace == 'production') && (app == 'client')"_s
        << u"s:RDrtBbMvWik4OyKVxtwzhXk1xaFfqCYeyqnB3g"_s;
    QTest::newRow("worked-example-knp")
        << u"(projectcalico.org/namespace == 'production') && "
           u"(projectcalico.org/orchestrator == 'k8s' && app == 'client')"_s
        << u"s:TD9AgUH8UPBgm598rSkWonvBXA_JboZAvratTA"_s;
    QTest::newRow("felix-not-selector")
        << u"role == 'bad'"_s << u"s:MqQ_HoquRdbSrzkm7Z56cNxRGfKcVivZqZICyg"_s;
}

void TstSelector::uniqueId()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const Result<Selector> parsed = Selector::parse(input);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->uniqueId(), expected);
    QCOMPARE(parsed->uniqueId().size(), 2 + 38);
    QCOMPARE(expectedUniqueId(parsed->canonical()), expected);
    QCOMPARE(makeUniqueId(u"s", parsed->canonical()), expected);
}

void TstSelector::evaluate_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<bool>("expected");

    const Labels none;
    const Labels ab {{u"a"_s, u"b"_s}};
    const Labels ac {{u"a"_s, u"c"_s}};
    const Labels aEmpty {{u"a"_s, QString()}};
    const Labels cd {{u"c"_s, u"d"_s}};
    const Labels abcd {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
    auto row = [](const char *name, const QString &sel, const Labels &labels, bool expected) {
        QTest::newRow(name) << sel << labels << expected;
    };

    row("eq-match", uR"(a == "b")"_s, ab, true);
    row("eq-other", uR"(a == "b")"_s, ac, false);
    row("eq-absent", uR"(a == "b")"_s, cd, false);
    row("eq-case", uR"(a == "B")"_s, ab, false);
    row("eq-empty-value", uR"(a == "")"_s, aEmpty, true);
    row("eq-empty-absent", uR"(a == "")"_s, none, false);
    row("ne-same", uR"(a != "b")"_s, ab, false);
    row("ne-other", uR"(a != "b")"_s, ac, true);
    row("ne-absent", uR"(a != "b")"_s, none, true);
    row("in-match", uR"(a in {"b", "x"})"_s, ab, true);
    row("in-other", uR"(a in {"x", "y"})"_s, ab, false);
    row("in-absent", uR"(a in {"b"})"_s, none, false);
    row("in-empty-set", u"a in {}"_s, ab, false);
    row("in-quotes", uR"(a in {"'", '"', "c"})"_s, Labels {{u"a"_s, u"\""_s}}, true);
    row("notin-match", uR"(a not in {"b"})"_s, ab, false);
    row("notin-other", uR"(a not in {"x"})"_s, ab, true);
    row("notin-absent", uR"(a not in {"b"})"_s, none, true);
    row("notin-empty-set", u"a not in {}"_s, ab, true);
    row("contains-match", uR"(a contains "a")"_s, Labels {{u"a"_s, u"bab"_s}}, true);
    row("contains-other", uR"(a contains "a")"_s, ab, false);
    row("contains-absent", uR"(a contains "a")"_s, Labels {{u"b"_s, u"aaa"_s}}, false);
    row("contains-empty", uR"(a contains "")"_s, aEmpty, true);
    row("contains-empty-absent", uR"(a contains "")"_s, none, false);
    row("starts-match", uR"(a starts with "a")"_s, Labels {{u"a"_s, u"abb"_s}}, true);
    row("starts-other", uR"(a starts with "a")"_s, Labels {{u"a"_s, u"baa"_s}}, false);
    row("starts-absent", uR"(a starts with "a")"_s, none, false);
    row("starts-empty", uR"(a starts with "")"_s, aEmpty, true);
    row("ends-match", uR"(a ends with "a")"_s, Labels {{u"a"_s, u"bba"_s}}, true);
    row("ends-other", uR"(a ends with "a")"_s, Labels {{u"a"_s, u"aab"_s}}, false);
    row("ends-absent", uR"(a ends with "a")"_s, none, false);
    row("ends-empty", uR"(a ends with "")"_s, aEmpty, true);
    row("has-present", u"has(a)"_s, ab, true);
    row("has-empty-value", u"has(a)"_s, aEmpty, true);
    row("has-absent", u"has(a)"_s, cd, false);
    row("not-has-absent", u"!has(a)"_s, cd, true);
    row("all-empty", u"all()"_s, none, true);
    row("global-empty", u"global()"_s, none, true);
    row("blank-selector", u" "_s, ab, true);
    row("not-eq-absent", uR"(!a == "x")"_s, none, true);
    row("not-in-negated", uR"(!a in {"a"})"_s, ab, true);
    row("and-both", uR"(a == "b" && c == "d")"_s, abcd, true);
    row("and-one", uR"(a == "b" && c == "d")"_s, ab, false);
    row("or-one", uR"(a == "b" || c == "d")"_s, cd, true);
    row("or-none", uR"(a == "b" || c == "d")"_s, none, false);
    row("and-ne-ne", uR"(a != 'a1' && b != 'b1')"_s, Labels {{u"a"_s, u"a1"_s}, {u"b"_s, u"b1"_s}},
        false);
    row("or-not-not", uR"(! a == 'a1' || ! b == 'b1')"_s,
        Labels {{u"a"_s, u"a1"_s}, {u"b"_s, u"b1"_s}}, false);
    row("not-or-has", u"!(has(b) || !has(a))"_s, Labels {{u"a"_s, u"a"_s}}, true);
    row("keyword-label", uR"(contains contains "contains")"_s,
        Labels {{u"contains"_s, u"xcontainsx"_s}}, true);

    // Large sets use a binary search in code-point order.
    QString bigSet = u"a in {"_s;
    for (int i = 0; i < 20; ++i)
        bigSet += u"'v%1', "_s.arg(i);
    bigSet += u"'\U0001F600', '\uFFFD', 'é'}"_s;
    row("bigset-first", bigSet, Labels {{u"a"_s, u"v0"_s}}, true);
    row("bigset-middle", bigSet, Labels {{u"a"_s, u"v13"_s}}, true);
    row("bigset-missing", bigSet, Labels {{u"a"_s, u"v20"_s}}, false);
    row("bigset-prefix", bigSet, Labels {{u"a"_s, u"v"_s}}, false);
    row("bigset-astral", bigSet, Labels {{u"a"_s, u"\U0001F600"_s}}, true);
    row("bigset-fffd", bigSet, Labels {{u"a"_s, u"\uFFFD"_s}}, true);
    row("bigset-eacute", bigSet, Labels {{u"a"_s, u"é"_s}}, true);
    row("bigset-other-unicode", bigSet, Labels {{u"a"_s, u"\uFFFE"_s}}, false);
}

void TstSelector::evaluate()
{
    QFETCH(QString, selector);
    QFETCH(Labels, labels);
    QFETCH(bool, expected);

    const Result<Selector> parsed = Selector::parse(selector);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->evaluate(labels), expected);

    QHash<QString, QString> hash;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        hash.insert(it.key(), it.value());
    QCOMPARE(parsed->evaluate(hash), expected);

    // The canonical text means the same thing.
    const Result<Selector> canonical = Selector::parse(parsed->canonical());
    QVERIFY(canonical.ok());
    QCOMPARE(canonical->evaluate(labels), expected);
}

void TstSelector::labelSources()
{
    const Labels own {{u"app"_s, u"web"_s}, {u"tier"_s, u"own"_s}};
    const QHash<QString, QString> profileA {{u"tier"_s, u"a"_s}, {u"pcns.env"_s, u"prod"_s}};
    const Labels profileB {{u"pcns.env"_s, u"dev"_s}, {u"pcsa.name"_s, u"sa"_s}};
    const InheritedLabels labels(own, {profileA, profileB});

    auto eval = [&](const QString &text) {
        const Result<Selector> parsed = Selector::parse(text);
        return parsed.ok() && parsed->evaluate(labels);
    };
    QVERIFY(eval(u"app == 'web'"_s));
    QVERIFY(eval(u"tier == 'own'"_s)); // own labels win over parents
    QVERIFY(!eval(u"tier == 'a'"_s));
    QVERIFY(eval(u"pcns.env == 'prod'"_s)); // first parent wins over later ones
    QVERIFY(!eval(u"pcns.env == 'dev'"_s));
    QVERIFY(eval(u"pcsa.name == 'sa'"_s)); // later parents still visible
    QVERIFY(eval(u"!has(missing) && has(pcsa.name)"_s));

    // A hand-written lookup works too.
    const auto lookup = [](const void *, const QString &key) -> const QString * {
        static const QString value = u"v"_s;
        return key == u"k"_s ? &value : nullptr;
    };
    const LabelSource custom(nullptr, lookup);
    QVERIFY(Selector::parse(u"k == 'v'"_s)->evaluate(custom));
    QVERIFY(!Selector::parse(u"has(j)"_s)->evaluate(custom));
}

void TstSelector::normalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("canonicalises") << uR"(a=="b"&&c=='d')"_s << uR"((a == "b" && c == "d"))"_s;
    QTest::newRow("trims-newline") << u"  has(a)\n"_s << u"has(a)"_s;
    QTest::newRow("empty") << u""_s << u"all()"_s;
    QTest::newRow("invalid-unchanged") << u" a = 'b' "_s << u" a = 'b' "_s;
    QTest::newRow("inner-newline-unchanged") << u"has(a) &&\nhas(b)"_s << u"has(a) &&\nhas(b)"_s;
}

void TstSelector::normalise()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Selector::normalise(input), expected);
}

void TstSelector::prefix_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // The Calico visitor tests, prefix "visited/".
    QTest::newRow("eq") << u"k == 'v'"_s << uR"(visited/k == "v")"_s;
    QTest::newRow("ne") << u"k != 'v'"_s << uR"(visited/k != "v")"_s;
    QTest::newRow("contains") << u"k contains 'v'"_s << uR"(visited/k contains "v")"_s;
    QTest::newRow("starts") << u"k starts with 'v'"_s << uR"(visited/k starts with "v")"_s;
    QTest::newRow("ends") << u"k ends with 'v'"_s << uR"(visited/k ends with "v")"_s;
    QTest::newRow("and") << u"k == 'v' && x == 'y'"_s
                         << uR"((visited/k == "v" && visited/x == "y"))"_s;
    QTest::newRow("or") << u"k == 'v' || has(x)"_s << uR"((visited/k == "v" || has(visited/x)))"_s;
    QTest::newRow("spec-not") << u"!(k == 'v')"_s << uR"(!visited/k == "v")"_s;
    QTest::newRow("in") << u"k in {'v'}"_s << uR"(visited/k in {"v"})"_s;
    QTest::newRow("not-in") << u"k not in {'v'}"_s << uR"(visited/k not in {"v"})"_s;
    QTest::newRow("all-global-untouched") << u"all() || global()"_s << u"(all() || global())"_s;
    QTest::newRow("complex")
        << u"!(!(k == 'v' && has(t) || all()) && (a in {'b', 'c'}))"_s
        << uR"(!(!((visited/k == "v" && has(visited/t)) || all()) && visited/a in {"b", "c"}))"_s;
}

void TstSelector::prefix()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const Result<Selector> parsed = Selector::parse(input);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->prefixedCanonical(u"visited/"), expected);
    QCOMPARE(parsed->withLabelPrefix(u"visited/").uniqueId(), expectedUniqueId(expected));
    // The original is unchanged.
    QCOMPARE(parsed->canonical(), Selector::parse(input)->canonical());
}

void TstSelector::ipSetNames_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<int>("ipVersion");
    QTest::addColumn<QString>("expected");

    // docs/rendering.md: "Names and hashes", "Worked example": the Calico NP in production with
    // source.selector app == 'client', after the update processor added the namespace.
    const QString felixExample
        = u"(projectcalico.org/namespace == 'production') && (app == 'client')"_s;
    QTest::newRow("worked-example-v4") << felixExample << 4 << u"cali40s:RDrtBbMvWik4OyKVxtwzhXk"_s;
    QTest::newRow("worked-example-v6") << felixExample << 6 << u"cali60s:RDrtBbMvWik4OyKVxtwzhXk"_s;
    QTest::newRow("all-v4") << u"all()"_s << 4 << u"cali40s:5y5I3VdRZfDU01O--xXAPx2"_s;
    QTest::newRow("knp-v4") << u"(projectcalico.org/namespace == 'production') && "
                               u"(projectcalico.org/orchestrator == 'k8s' && app == 'client')"_s
                            << 4 << u"cali40s:TD9AgUH8UPBgm598rSkWonv"_s;
    QTest::newRow("not-selector-v4")
        << u"role == 'bad'"_s << 4 << u"cali40s:MqQ_HoquRdbSrzkm7Z56cNx"_s;
}

void TstSelector::ipSetNames()
{
    QFETCH(QString, selector);
    QFETCH(int, ipVersion);
    QFETCH(QString, expected);

    const Result<Selector> parsed = Selector::parse(selector);
    QVERIFY(parsed.ok());
    QCOMPARE(selectorIpSetName(*parsed, ipVersion), expected);
    QCOMPARE(expected.size(), MaxIpSetNameLength);

    // Recomputed here from the spec's formula: ("cali" + v + "0" + id)[:31].
    const QString independent
        = (u"cali"_s + QString::number(ipVersion) + u"0"_s + expectedUniqueId(parsed->canonical()))
              .left(31);
    QCOMPARE(selectorIpSetName(*parsed, ipVersion), independent);

    QString nft = expected;
    nft.replace(u':', u'-');
    QCOMPARE(nftablesSetName(parsed->uniqueId(), ipVersion), nft);
}

void TstSelector::labelKeys_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("all") << u"all()"_s << QStringList();
    QTest::newRow("every-op")
        << u"z == 'a' && y != 'b' || x contains 'c' || !(w starts with 'd' && v ends with 'e') || "
           u"has(u) || t in {} || s not in {'x'}"_s
        << QStringList {u"s"_s, u"t"_s, u"u"_s, u"v"_s, u"w"_s, u"x"_s, u"y"_s, u"z"_s};
    QTest::newRow("duplicates") << u"has(b) && b == 'x' && has(a)"_s
                                << QStringList {u"a"_s, u"b"_s};
}

void TstSelector::labelKeys()
{
    QFETCH(QString, selector);
    QFETCH(QStringList, keys);
    const Result<Selector> parsed = Selector::parse(selector);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->labelKeys(), keys);
}

void TstSelector::treeAccessors()
{
    const Result<Selector> parsed
        = Selector::parse(u"!(a == 'x' && b in {'q', 'p'}) || has(c) || global()"_s);
    QVERIFY(parsed.ok());
    const SelectorNode &root = parsed->root();
    QCOMPARE(root.op(), SelectorOp::Or);
    QCOMPARE(root.children().size(), size_t(3));

    const SelectorNode &neg = root.children().at(0);
    QCOMPARE(neg.op(), SelectorOp::Not);
    QVERIFY(!neg.hasLabel());
    const SelectorNode &conj = neg.children().front();
    QCOMPARE(conj.op(), SelectorOp::And);
    QCOMPARE(conj.children().at(0).op(), SelectorOp::Equal);
    QCOMPARE(conj.children().at(0).label(), u"a"_s);
    QCOMPARE(conj.children().at(0).value(), u"x"_s);
    QCOMPARE(conj.children().at(1).op(), SelectorOp::In);
    QCOMPARE(conj.children().at(1).values(), (QStringList {u"p"_s, u"q"_s}));
    QCOMPARE(root.children().at(1).op(), SelectorOp::Has);
    QCOMPARE(root.children().at(1).label(), u"c"_s);
    QCOMPARE(root.children().at(2).op(), SelectorOp::Global);

    int nodes = 0;
    int labelled = 0;
    root.forEachNode([&](const SelectorNode &n) {
        ++nodes;
        labelled += n.hasLabel() ? 1 : 0;
    });
    QCOMPARE(nodes, 7);
    QCOMPARE(labelled, 3);

    // Building a tree by hand gives the same selector as parsing.
    std::vector<SelectorNode> parts;
    parts.push_back(SelectorNode::compare(SelectorOp::Equal, u"a"_s, u"x"_s));
    parts.push_back(SelectorNode::set(SelectorOp::In, u"b"_s, {u"q"_s, u"p"_s, u"q"_s}));
    std::vector<SelectorNode> top;
    top.push_back(
        SelectorNode::negation(SelectorNode::junction(SelectorOp::And, std::move(parts))));
    top.push_back(SelectorNode::has(u"c"_s));
    top.push_back(SelectorNode::global());
    const Selector built(SelectorNode::junction(SelectorOp::Or, std::move(top)));
    QCOMPARE(built, *parsed);
    QVERIFY(built.root() == parsed->root());
}

void TstSelector::equality()
{
    const Selector a = *Selector::parse(u"a == 'b' && has(c)"_s);
    const Selector b = *Selector::parse(u"(a==\"b\")&&(has( c ))"_s);
    const Selector c = *Selector::parse(u"has(c) && a == 'b'"_s);
    QCOMPARE(a, b);
    QCOMPARE(qHash(a), qHash(b));
    QVERIFY(a != c);
    QCOMPARE(Selector(), *Selector::parse(u""_s));
    QCOMPARE(Selector().canonical(), u"all()"_s);
    QVERIFY(Selector() != *Selector::parse(u"global()"_s));

    QSet<Selector> set {a, b, c};
    QCOMPARE(set.size(), 2);
}

void TstSelector::tokens()
{
    // Token spans are what a highlighter needs.
    const QString text = u"!has( a ) && b starts with 'x' || c in {\"y\",}"_s;
    std::vector<SelectorToken> tokens;
    QVERIFY(!SelectorTokenizer::tokenize(text, tokens));
    using K = SelectorTokenKind;
    const std::vector<K> kinds {K::Not, K::Has, K::And, K::Label, K::StartsWith, K::String, K::Or,
        K::Label, K::In, K::LBrace, K::String, K::Comma, K::RBrace, K::Eof};
    QCOMPARE(tokens.size(), kinds.size());
    for (size_t i = 0; i < kinds.size(); ++i)
        QCOMPARE(tokens[i].kind, kinds[i]);
    QCOMPARE(text.mid(tokens[1].start, tokens[1].length), u"has( a )"_s);
    QCOMPARE(text.mid(tokens[1].valueStart, tokens[1].valueLength), u"a"_s);
    QCOMPARE(text.mid(tokens[4].start, tokens[4].length), u"starts with"_s);
    QCOMPARE(text.mid(tokens[5].start, tokens[5].length), u"'x'"_s);
    QCOMPARE(text.mid(tokens[5].valueStart, tokens[5].valueLength), u"x"_s);
    QCOMPARE(tokens.back().start, text.size());

    // On error, the tokens before the bad spot are kept.
    tokens.clear();
    const std::optional<Error> error = SelectorTokenizer::tokenize(u"has(a) && b = 'c'", tokens);
    QVERIFY(error);
    QCOMPARE(error->byteOffset, qsizetype(12));
    QCOMPARE(tokens.size(), size_t(3));

    QVERIFY(SelectorTokenizer::isValidLabel(u"projectcalico.org/name"));
    QVERIFY(SelectorTokenizer::isValidLabel(longLabel(512)));
    QVERIFY(!SelectorTokenizer::isValidLabel(longLabel(513)));
    QVERIFY(!SelectorTokenizer::isValidLabel(u""));
    QVERIFY(!SelectorTokenizer::isValidLabel(u"a b"));
}

void TstSelector::nestingLimit()
{
    const int limit = SelectorParser::MaxNesting;
    const QString ok = QString(limit, u'(') + u"has(a)"_s + QString(limit, u')');
    const Result<Selector> parsed = Selector::parse(ok);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->canonical(), u"has(a)"_s);

    const QString tooDeep = QString(limit + 1, u'(') + u"has(a)"_s + QString(limit + 1, u')');
    const Result<Selector> rejected = Selector::parse(tooDeep);
    QVERIFY(!rejected.ok());
    QCOMPARE(rejected.error().byteOffset, qsizetype(limit));

    // And/Or nesting without many parentheses: the canonical text of every accepted selector
    // stays within the parenthesis limit, so it parses again.
    auto nested = [](int levels) {
        QString text = u"has(x)"_s;
        for (int i = 0; i < levels; ++i)
            text = u"has(a) || has(b) && ("_s + text + u")"_s;
        return text;
    };
    const Result<Selector> deepest = Selector::parse(nested(limit / 2));
    QVERIFY(deepest.ok());
    const Result<Selector> reparsed = Selector::parse(deepest->canonical());
    QVERIFY(reparsed.ok());
    QCOMPARE(reparsed->uniqueId(), deepest->uniqueId());
    const Result<Selector> tooMany = Selector::parse(nested(limit / 2 + 1));
    QVERIFY(!tooMany.ok());
    QVERIFY(tooMany.error().message.contains(u"nested"_s));

    // Long flat chains and long ! runs are not nesting.
    QString chain = u"has(a)"_s;
    for (int i = 0; i < 5000; ++i)
        chain += u" && !!!has(b)"_s;
    QVERIFY(Selector::parse(chain).ok());
}

void TstSelector::doubleNegation()
{
    // Bit-exact with Calico: a parenthesised negation of a negation keeps both Not nodes and
    // prints "!!", which then re-parses (bangs collapse) to the plain operand. So the canonical
    // text is not always a fixed point, and the UniqueID follows the first canonical text.
    const Result<Selector> parsed = Selector::parse(u"!(!has(a))"_s);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->canonical(), u"!!has(a)"_s);
    QCOMPARE(parsed->uniqueId(), expectedUniqueId(u"!!has(a)"_s));
    QVERIFY(hasNestedNot(parsed->root()));
    const Result<Selector> again = Selector::parse(parsed->canonical());
    QCOMPARE(again->canonical(), u"has(a)"_s);
    QVERIFY(*again != *parsed);
    const Labels withA {{u"a"_s, u"1"_s}};
    QCOMPARE(parsed->evaluate(withA), true);
    QCOMPARE(again->evaluate(withA), true);

    QCOMPARE(Selector::parse(u"!(!(!has(a)))"_s)->canonical(), u"!!!has(a)"_s);
    QCOMPARE(Selector::parse(u"!!!has(a)"_s)->canonical(), u"!has(a)"_s);
}

void TstSelector::randomRoundTrip()
{
    // Random selector text in varied spelling; the canonical form must be a fixed point, keep
    // the UniqueID and evaluate the same on random label maps.
    QRandomGenerator rng(20240229);
    const QStringList keys {u"a"_s, u"b"_s, u"in"_s, u"has"_s};
    const QStringList values {u""_s, u"x"_s, u"xy"_s, u"y'"_s, u"\"q"_s, u"é"_s};
    auto pick = [&](const QStringList &from) { return from.at(int(rng.bounded(from.size()))); };
    auto quote = [&](const QString &v) {
        if (v.contains(u'"'))
            return u'\'' + v + u'\'';
        if (v.contains(u'\''))
            return u'"' + v + u'"';
        return rng.bounded(2) ? u'"' + v + u'"' : u'\'' + v + u'\'';
    };
    std::function<QString(int)> gen = [&](int depth) -> QString {
        const int choice = int(rng.bounded(depth > 0 ? 14 : 10));
        const QString k = pick(keys);
        switch (choice) {
        case 0:
            return u"all()"_s;
        case 1:
            return u"global( )"_s;
        case 2:
            return u"has( "_s + k + u")"_s;
        case 3:
            return k + u"=="_s + quote(pick(values));
        case 4:
            return k + u" != "_s + quote(pick(values));
        case 5:
            return k + u" contains "_s + quote(pick(values));
        case 6:
            return k + u" startswith "_s + quote(pick(values));
        case 7:
            return k + u" ends  with\t"_s + quote(pick(values));
        case 8:
        case 9: {
            QString s = k + (choice == 8 ? u" in {"_s : u" notin{"_s);
            const int n = int(rng.bounded(4));
            for (int i = 0; i < n; ++i)
                s += quote(pick(values)) + u","_s;
            return s + u"}"_s;
        }
        case 10:
            return u"!"_s + gen(depth - 1);
        case 11:
            return u"("_s + gen(depth - 1) + u")"_s;
        case 12:
            return gen(depth - 1) + u" && "_s + gen(depth - 1);
        default:
            return gen(depth - 1) + u"||"_s + gen(depth - 1);
        }
    };

    for (int round = 0; round < 2000; ++round) {
        const QString text = gen(4);
        const Result<Selector> parsed = Selector::parse(text);
        QVERIFY2(parsed.ok(),
            qPrintable(text + u" : "_s + (parsed.ok() ? QString() : parsed.error().message)));
        const QString canon = parsed->canonical();
        const Result<Selector> again = Selector::parse(canon);
        QVERIFY2(again.ok(), qPrintable(canon));
        if (hasNestedNot(parsed->root())) {
            // "!!x" re-parses as x (see doubleNegation); one more round is a fixed point.
            QCOMPARE(Selector::parse(again->canonical())->canonical(), again->canonical());
        } else {
            QCOMPARE(again->canonical(), canon);
            QCOMPARE(again->uniqueId(), parsed->uniqueId());
        }
        for (int j = 0; j < 8; ++j) {
            Labels labels;
            for (const QString &k : keys) {
                if (rng.bounded(3))
                    labels.insert(k, pick(values));
            }
            QCOMPARE(again->evaluate(labels), parsed->evaluate(labels));
        }
    }
}

QTEST_GUILESS_MAIN(TstSelector)
#include "tst_selector.moc"
