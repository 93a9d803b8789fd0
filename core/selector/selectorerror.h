#pragma once
// SelectorError: why a selector failed to parse and where. `column` is the 0-based byte offset
// into the UTF-8 encoding of the input (the convention of Calico's own tokenizer); `offset` is
// the same place as a 0-based index into the QString that was parsed, for text cursors.

#include <QString>

namespace ps {

struct SelectorError {
    QString message;
    int column = 0;
    qsizetype offset = 0;

    /// "column N: message", N 0-based as in `column`.
    QString toString() const;
    friend bool operator==(const SelectorError &, const SelectorError &) = default;
};

} // namespace ps
