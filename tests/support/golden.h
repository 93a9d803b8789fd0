#pragma once
// Golden-file comparison for every test that checks output against a reference file. One
// switch regenerates every reference on purpose: POLICY_REGENERATE_GOLDEN=1 (or run
// scripts/regenerate-goldens.sh), then review `git diff tests/fixtures` before committing.
// A difference fails with `diff -u` of the reference against the actual output.

#include <QByteArray>
#include <QString>
#include <QtTest>

namespace ps::test {

/// True when the references are being regenerated (POLICY_REGENERATE_GOLDEN=1).
bool regeneratingGoldens();

/// Compares `actual` with the reference file `path`. Returns an empty string when they are
/// equal, or when regenerating (then `path` is rewritten with `actual`); otherwise a message
/// with the unified diff (or saying the reference is missing).
QString compareWithGolden(const QByteArray &actual, const QString &path);

/// Compares `actual` with the file `path`, which is a reference the tests do not produce
/// (Felix's own output, a hand-checked example): never rewritten, not even when regenerating.
QString compareWithReference(const QByteArray &actual, const QString &path);

/// The unified diff (`diff -u`) of `expected` against `actual`, labelled with `label`.
QString unifiedDiff(const QByteArray &expected, const QByteArray &actual, const QString &label);

} // namespace ps::test

/// QVERIFY that `actual` (QByteArray or QString) matches the golden file `path`.
#define PS_COMPARE_GOLDEN(actual, path)                                                            \
    do {                                                                                           \
        const QString psGoldenMessage_                                                             \
            = ::ps::test::compareWithGolden(::ps::test::goldenBytes(actual), path);                \
        QVERIFY2(psGoldenMessage_.isEmpty(), qPrintable(psGoldenMessage_));                        \
    } while (false)

/// QVERIFY that `actual` matches the reference file `path` (see compareWithReference()).
#define PS_COMPARE_REFERENCE(actual, path)                                                         \
    do {                                                                                           \
        const QString psReferenceMessage_                                                          \
            = ::ps::test::compareWithReference(::ps::test::goldenBytes(actual), path);             \
        QVERIFY2(psReferenceMessage_.isEmpty(), qPrintable(psReferenceMessage_));                  \
    } while (false)

namespace ps::test {
inline QByteArray goldenBytes(const QByteArray &bytes)
{
    return bytes;
}
inline QByteArray goldenBytes(const QString &text)
{
    return text.toUtf8();
}
} // namespace ps::test
