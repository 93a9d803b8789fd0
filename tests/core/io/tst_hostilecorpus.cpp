// The hostile-input corpus (tests/fixtures/hostile): every file is loaded from disk by the
// Loader and validated by the Validator, as policyctl does, and must give exactly the
// diagnostics its header announces. A header is one or more leading comment lines
//   # expect: ok
//   # expect: error LINE:COLUMN PATH MESSAGE-SUBSTRING
//   # expect: warning LINE:COLUMN PATH MESSAGE-SUBSTRING
// (PATH is "-" for none). A file that cannot hold a comment (JSON) has its header in a sidecar
// file NAME.expect. Every error and warning must be announced, every announced one must come,
// and every message is one line that quotes at most a short excerpt of the input. What loads
// without errors is written (YAML and JSON) and read back unchanged, as the loader fuzzer, which
// starts from this corpus, requires. The inputs
// too big to commit (merge-key chains and fans past the budget, alias bombs) are generated here
// with the same checks. scripts/make-hostile-corpus.py writes the fixtures.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "core/io/loader.h"
#include "core/io/writer.h"
#include "core/validate/validator.h"
#include "tests/support/hostileyaml.h"
#include "tests/support/testfiles.h"

using namespace ps;
using namespace Qt::Literals::StringLiterals;

namespace {

/// The longest message allowed: a sentence plus a short excerpt of the input.
constexpr qsizetype kMaxMessageLength = 400;

struct Expectation {
    Severity severity = Severity::Error;
    int line = 0;
    int column = 0;
    QString path;
    QString message; // a substring of the message
};

QString describe(const Expectation &e)
{
    return u"%1 %2:%3 %4 \"%5\""_s.arg(severityName(e.severity))
        .arg(e.line)
        .arg(e.column)
        .arg(e.path.isEmpty() ? u"-"_s : e.path, e.message);
}

QString dump(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString().left(300));
    return lines.join(u'\n');
}

/// Reads the "# expect:" lines at the head of `header`; `ok` is set by "# expect: ok". An
/// unreadable line makes the result empty and `error` say why.
QList<Expectation> parseExpectations(const QByteArray &header, bool *ok, QString *error)
{
    static const QRegularExpression kLine(
        uR"(^#\s*expect:\s*(error|warning)\s+(\d+):(\d+)\s+(\S+)\s+(.+?)\s*$)"_s);
    QList<Expectation> out;
    *ok = false;
    QByteArray text = header;
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.startsWith(u"# expect:"_s))
            break;
        if (line == u"# expect: ok"_s) {
            *ok = true;
            continue;
        }
        const QRegularExpressionMatch m = kLine.match(line);
        if (!m.hasMatch()) {
            *error = u"unreadable expectation: "_s + line;
            return {};
        }
        Expectation e;
        e.severity = m.captured(1) == u"error"_s ? Severity::Error : Severity::Warning;
        e.line = m.captured(2).toInt();
        e.column = m.captured(3).toInt();
        e.path = m.captured(4) == u"-"_s ? QString() : m.captured(4);
        e.message = m.captured(5);
        out.append(e);
    }
    if (out.isEmpty() && !*ok)
        *error = u"no \"# expect:\" header"_s;
    return out;
}

bool matches(const Diagnostic &d, const Expectation &e)
{
    return d.severity == e.severity && d.line == e.line && d.column == e.column && d.path == e.path
        && d.message.contains(e.message);
}

/// What the corpus run found, for the summary.
struct Counts {
    int files = 0;
    int positionedErrors = 0;
    int clean = 0;
};
Counts g_counts;

/// Checks `diagnostics` against `expected` (and `ok`) and the one-line, short-excerpt rule.
/// Returns an empty string when everything holds, else what did not.
QString check(const QString &file, const Diagnostics &diagnostics,
    const QList<Expectation> &expected, bool ok)
{
    QStringList problems;
    Diagnostics reported;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::Info)
            continue;
        reported.append(d);
        if (d.file != file)
            problems.append(u"reported for another file: "_s + d.toString().left(300));
        if (d.message.contains(u'\n') || d.message.contains(u'\r'))
            problems.append(u"message of more than one line: "_s + d.toString().left(300));
        if (d.message.size() > kMaxMessageLength) {
            problems.append(u"message of %1 characters: %2"_s.arg(d.message.size())
                                .arg(d.toString().left(300)));
        }
    }
    for (const Expectation &e : expected) {
        if (std::none_of(reported.cbegin(), reported.cend(),
                [&e](const Diagnostic &d) { return matches(d, e); }))
            problems.append(u"missing: "_s + describe(e));
    }
    for (const Diagnostic &d : reported) {
        if (std::none_of(expected.cbegin(), expected.cend(),
                [&d](const Expectation &e) { return matches(d, e); }))
            problems.append(u"not announced: "_s + d.toString().left(300));
    }
    if (ok && !expected.isEmpty())
        problems.append(u"both ok and diagnostics announced"_s);
    if (!problems.isEmpty())
        problems.append(u"all reported:\n"_s + dump(reported));
    return problems.join(u'\n');
}

Diagnostics loadAndValidate(const QString &path)
{
    LoadResult loaded = Loader().loadPaths({path});
    return loaded.diagnostics + Validator().validate(loaded.workspace);
}

/// When `path` loads without errors: what the Writer makes of it, read back, is the same
/// workspace, in YAML and in JSON. Returns what went wrong, or an empty string.
QString roundTrip(const QString &path)
{
    const LoadResult first = Loader().loadPaths({path});
    if (hasErrors(first.diagnostics))
        return {};
    for (const OutputFormat format : {OutputFormat::Yaml, OutputFormat::Json}) {
        const QByteArray written = Writer().write(first.workspace, format);
        const LoadResult second = Loader().loadText(written, u"written"_s);
        if (hasErrors(second.diagnostics))
            return u"the written output does not load:\n"_s + dump(second.diagnostics);
        if (!(second.workspace == first.workspace))
            return u"the round trip changed the workspace:\n"_s + QString::fromUtf8(written);
    }
    return {};
}

} // namespace

class TstHostileCorpus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void generated_data();
    void generated();
    void cleanupTestCase();
};

void TstHostileCorpus::corpus_data()
{
    QTest::addColumn<QString>("file");
    const QString root = test::fixturePath(u"hostile"_s);
    QStringList files;
    QDirIterator it(root, {u"*.yaml"_s, u"*.yml"_s, u"*.json"_s}, QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QVERIFY2(
        files.size() >= 100, qPrintable(u"only %1 fixtures in %2"_s.arg(files.size()).arg(root)));
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TstHostileCorpus::corpus()
{
    QFETCH(QString, file);
    const QString sidecar = file + u".expect"_s;
    const QByteArray header
        = test::readFile(QFile::exists(sidecar) ? sidecar : file).left(qsizetype(64) * 1024);
    QVERIFY2(!header.isNull(), qPrintable(file));
    bool ok = false;
    QString error;
    const QList<Expectation> expected = parseExpectations(header, &ok, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const Diagnostics diagnostics = loadAndValidate(file);
    if (qEnvironmentVariableIsSet("POLICY_HOSTILE_DUMP"))
        qInfo().noquote() << dump(diagnostics);
    const QString problems = check(file, diagnostics, expected, ok);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const QString changed = roundTrip(file);
    QVERIFY2(changed.isEmpty(), qPrintable(changed.left(2000)));

    ++g_counts.files;
    if (ok)
        ++g_counts.clean;
    else if (std::any_of(expected.cbegin(), expected.cend(), [](const Expectation &e) {
                 return e.severity == Severity::Error && e.line > 0 && e.column > 0;
             }))
        ++g_counts.positionedErrors;
}

// Too big to commit: written to a temporary folder and read from there like the fixtures.
void TstHostileCorpus::generated_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expect"); // the header a fixture would have

    const QString ignored = u"# expect: warning 2:7 kind kind \"ConfigMap\" is not used"_s;
    const QString refused = u"merge keys (<<) add more than 1000000 keys to this document"_s;
    QTest::newRow("merge chain of 1,400 (under the budget)") << test::mergeChain(1400) << ignored;
    QTest::newRow("merge chain of 5,000 (150 KB)")
        << test::mergeChain(5000) << u"# expect: error 1419:38 - "_s + refused;
    QTest::newRow("merge chain of 8,000")
        << test::mergeChain(8000) << u"# expect: error 1419:38 - "_s + refused;
    QTest::newRow("merge fan 4 x 60 (under the budget)") << test::mergeFan(4, 60) << ignored;
    QTest::newRow("merge fan 60 x 60")
        << test::mergeFan(60, 60) << u"# expect: error 276:503 - "_s + refused;

    // 10,000 aliases of a rule whose nets are 250 addresses.
    QByteArray nets;
    for (int i = 0; i < 250; ++i)
        nets += QByteArray(i ? ", " : "") + "1.1.1.1/32";
    QByteArray bomb = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\n"
                      "metadata: {name: a}\nspec:\n  ingress:\n"
                      "  - &r {action: Allow, source: {nets: ["
        + nets + "]}}\n";
    for (int i = 0; i < 10000; ++i)
        bomb += "  - *r\n";
    QTest::newRow("alias bomb, 10,000 x 250")
        << bomb
        << u"# expect: error 1:1 spec.ingress[393].source.nets the document expands to too many values through YAML aliases"_s;

    // The classic "billion laughs": nine levels of ten aliases each.
    QByteArray laughs = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\ndata:\n"
                        "  l0: &l0 [lol]\n";
    for (int level = 1; level < 10; ++level) {
        const QByteArray prev = "*l" + QByteArray::number(level - 1);
        laughs += "  l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
        for (int i = 0; i < 10; ++i)
            laughs += (i ? ", " : "") + prev;
        laughs += "]\n";
    }
    // Never expanded: the kind is not read beyond its name.
    QTest::newRow("billion laughs in an ignored kind") << laughs << ignored;

    // One selector of 200 KB: an error whose message quotes only an excerpt.
    QTest::newRow("200 KB selector")
        << "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata: {name: big}\n"
           "spec:\n  selector: a == '"
            + QByteArray(qsizetype(200) * 1024, 'x') + "' &&\n"
        << u"# expect: error 5:13 spec.selector selector is 204810 characters long; the maximum is "
           u"1024\n"
           "# expect: error 5:204823 spec.selector xxxxxxxx' &&\": unexpected end of selector"_s;
}

void TstHostileCorpus::generated()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expect);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"generated.yaml"_s);
    QVERIFY(test::writeFile(file, text));
    bool ok = false;
    QString error;
    const QList<Expectation> expected = parseExpectations(expect.toUtf8(), &ok, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Diagnostics diagnostics = loadAndValidate(file);
    const QString problems = check(file, diagnostics, expected, ok);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TstHostileCorpus::cleanupTestCase()
{
    qInfo("hostile corpus: %d files, %d with a positioned error, %d load cleanly", g_counts.files,
        g_counts.positionedErrors, g_counts.clean);
}

QTEST_GUILESS_MAIN(TstHostileCorpus)

#include "tst_hostilecorpus.moc"
