#pragma once
// SelectorTokenizer: splits selector text into tokens with Calico's exact rules
// (docs/semantics.md: "Selectors"): whitespace is only space and tab, keywords after a label are
// contextual, labels are [a-zA-Z0-9_./-]{1,512}. Stateless; safe to call from any thread.

#include <optional>
#include <vector>

#include <QStringView>

#include "core/model/result.h"
#include "core/selector/selectortoken_p.h"

namespace ps {

class SelectorTokenizer {
public:
    static constexpr qsizetype MaxLabelLength = 512;

    /// Appends the tokens of input to tokens, ending with an Eof token. On failure returns the
    /// error; tokens then holds everything before the bad spot (no Eof), which is still useful
    /// for highlighting.
    static std::optional<Error> tokenize(QStringView input, std::vector<SelectorToken> &tokens);

    static bool isIdentifierChar(char16_t c)
    {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_' || c == u'.' || c == u'/' || c == u'-';
    }

    /// True when text is a valid label name (what has() and comparisons accept).
    static bool isValidLabel(QStringView text);

    /// An error at a UTF-16 offset of input, with the UTF-8 byte offset computed.
    static Error errorAt(QStringView input, qsizetype offset, const QString &message);
};

} // namespace ps
