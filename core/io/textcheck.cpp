#include "core/io/textcheck_p.h"

#include <algorithm>
#include <cstring>

#include <QCoreApplication>
#include <QStringConverter>
#include <QStringDecoder>

namespace ps {

namespace {

QString hexByte(unsigned char c)
{
    return QStringLiteral("0x") + QString::number(uint(c), 16).toUpper().rightJustified(2, u'0');
}

// Length of the valid UTF-8 sequence starting at p (1..4), or 0 when it is not valid
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    const auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (c == 0xED && p[1] >= 0xA0)
            return 0; // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0; // overlong
        if (c == 0xF4 && p[1] >= 0x90)
            return 0; // above U+10FFFF
        return 4;
    }
    return 0;
}

} // namespace

QByteArray TextCheck::normalised(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return bytes.mid(3);
    const auto encoding = QStringConverter::encodingForData(bytes);
    if (!encoding || *encoding == QStringConverter::Utf8)
        return bytes;
    QStringDecoder decoder(*encoding, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return bytes; // let the byte check report it
    QByteArray utf8 = text.toUtf8();
    if (utf8.startsWith("\xEF\xBB\xBF"))
        utf8.remove(0, 3);
    return utf8;
}

std::optional<TextProblem> TextCheck::check(QByteArrayView text, bool *ascii)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = begin + text.size();
    bool allAscii = true;
    const unsigned char *p = begin;
    std::optional<TextProblem> problem;
    while (p < end) {
        const unsigned char c = *p;
        if (c >= 0x20 && c <= 0x7F) { // DEL is not printable YAML, but JSON allows it raw
            ++p;
            continue;
        }
        if (c == '\n' || c == '\t' || c == '\r') {
            ++p;
            continue;
        }
        if (c < 0x80) { // NUL and the other C0 controls
            problem = TextProblem {c == 0
                    ? QString()
                    : tr("control character %1 is not allowed in YAML text").arg(hexByte(c)),
                qsizetype(p - begin)};
            break;
        }
        allAscii = false;
        const int n = utf8SequenceLength(p, end);
        if (n == 0) {
            problem = TextProblem {
                tr("not valid UTF-8 (byte %1); expected YAML or JSON text").arg(hexByte(c)),
                qsizetype(p - begin)};
            break;
        }
        p += n;
    }
    if (ascii)
        *ascii = allAscii && !problem;
    if (!problem)
        return std::nullopt;
    // Binary data almost always has a NUL byte early on (git uses the same heuristic).
    const qsizetype window
        = std::min<qsizetype>(text.size(), std::max<qsizetype>(8000, problem->offset + 1));
    const void *nul = std::memchr(begin, 0, size_t(window));
    if (nul) {
        problem->offset = qsizetype(static_cast<const unsigned char *>(nul) - begin);
        problem->message = tr("binary file (contains NUL bytes); expected YAML or JSON text");
    }
    return problem;
}

SourcePos TextCheck::position(QByteArrayView text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++column;
    }
    return {line, column};
}

} // namespace ps
