#include "core/io/jsonposition.h"

#include <algorithm>

namespace ps {

QList<qsizetype> jsonArrayItemOffsets(const QByteArray &json)
{
    QList<qsizetype> offsets;
    int depth = 0;
    bool inString = false;
    bool expectItem = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (expectItem && c != ']') {
            offsets.append(i);
            expectItem = false;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth == 1 && c == '[')
                expectItem = true;
            break;
        case ']':
        case '}':
            expectItem = false;
            --depth;
            break;
        case ',':
            expectItem = depth == 1;
            break;
        default:
            break;
        }
    }
    return offsets;
}

SourcePos textPositionAt(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    SourcePos pos;
    pos.line = 1;
    pos.column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (byte == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++pos.column;
        }
    }
    return pos;
}

} // namespace ps
