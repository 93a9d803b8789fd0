#pragma once
// SelectorParser: Calico's recursive-descent selector grammar (docs/semantics.md: "Selectors") over
// the tokens of SelectorTokenizer. Accepts exactly what Calico accepts, with one deliberate limit:
// parentheses nested deeper than MaxNesting, or more than MaxNesting And/Or nodes on one path
// (the parenthesis depth of the canonical text), are rejected. That bounds the stack of the
// recursive parser, evaluator and printer, and guarantees that the canonical text of every
// accepted selector parses again. Thread-safe; errors carry the column of the offending token.

#include <QStringView>

#include "core/selector/selector.h"

namespace ps {

class SelectorParser {
public:
    static constexpr int MaxNesting = 1000;

    static Result<Selector> parse(QStringView text);
};

} // namespace ps
