#pragma once
// SelectorParser: Calico's recursive-descent selector grammar (calico-semantics §1.2) over the
// tokens of SelectorTokenizer. Accepts exactly what Calico accepts, with one deliberate limit:
// parentheses nested deeper than MaxNesting are rejected (so the recursive parser, evaluator and
// printer have a bounded stack). Thread-safe; errors carry the column of the offending token.

#include <QStringView>

#include "core/selector/selector.h"

namespace ps {

class SelectorParser {
public:
    static constexpr int MaxNesting = 1000;

    static SelectorParseResult parse(QStringView text);
};

} // namespace ps
