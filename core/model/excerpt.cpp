#include "core/model/excerpt.h"

#include <algorithm>

namespace ps {

QString oneLine(QStringView message)
{
    QString out;
    out.reserve(message.size());
    for (qsizetype i = 0; i < message.size(); ++i) {
        const QChar c = message[i];
        if (c == u'\r' && i + 1 < message.size() && message[i + 1] == u'\n')
            continue; // \r\n: one mark
        if (c == u'\n' || c == u'\r')
            out += QChar(0x21B5); // ↵
        else if (c == u'\t')
            out += QChar(0x2192); // →
        else
            out += c;
    }
    return out;
}

QString excerpt(QStringView text, qsizetype around, qsizetype width)
{
    width = std::max<qsizetype>(width, 8);
    if (text.size() <= width)
        return oneLine(text);
    around = std::clamp<qsizetype>(around, 0, text.size());
    qsizetype begin = std::max<qsizetype>(0, around - width / 2);
    const qsizetype end = std::min(text.size(), begin + width);
    begin = std::max<qsizetype>(0, end - width);
    // Never cut a surrogate pair in two.
    qsizetype from = begin;
    if (from > 0 && text[from].isLowSurrogate())
        ++from;
    qsizetype to = end;
    if (to < text.size() && text[to].isLowSurrogate())
        --to;
    QString out;
    if (from > 0)
        out += QChar(0x2026); // …
    out += oneLine(text.sliced(from, to - from));
    if (to < text.size())
        out += QChar(0x2026);
    return out;
}

QString shortWords(QStringView message, qsizetype longest)
{
    QString out;
    qsizetype start = 0;
    while (start < message.size()) {
        qsizetype end = start;
        while (end < message.size() && !message[end].isSpace())
            ++end;
        const QStringView word = message.sliced(start, end - start);
        if (word.size() > longest) {
            constexpr qsizetype kKept = 40;
            qsizetype head = kKept;
            if (word[head - 1].isHighSurrogate())
                --head; // never cut a surrogate pair in two
            qsizetype tail = word.size() - kKept;
            if (word[tail].isLowSurrogate())
                ++tail;
            out += word.first(head);
            out += QChar(0x2026); // …
            out += word.sliced(tail);
        } else {
            out += word;
        }
        start = end;
        while (start < message.size() && message[start].isSpace())
            out += message[start++];
    }
    return out;
}

} // namespace ps
