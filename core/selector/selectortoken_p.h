#pragma once
// SelectorToken: one token of selector text with its place in the input (UTF-16 offsets into
// the QString given to SelectorTokenizer), so a highlighter can colour it and the parser can
// report columns.

#include <QtGlobal>

namespace ps {

enum class SelectorTokenKind : quint8 {
    Label, // identifier; value = the identifier
    String, // "..." or '...'; value = the text between the quotes
    LBrace,
    RBrace,
    Comma,
    Eq, // ==
    Ne, // !=
    In, // in
    Not, // !
    NotIn, // not in / notin
    Contains, // contains
    StartsWith, // starts with / startswith
    EndsWith, // ends with / endswith
    All, // all( )
    Has, // has( label ); value = the label
    LParen,
    RParen,
    And, // &&
    Or, // ||
    Global, // global( )
    Eof, // end of input; start = input length
};

struct SelectorToken {
    SelectorTokenKind kind = SelectorTokenKind::Eof;
    qsizetype start = 0; // first code unit of the token
    qsizetype length = 0; // whole token, quotes and parentheses included
    qsizetype valueStart = 0; // Label, String, Has: the value inside the token
    qsizetype valueLength = 0;
};

} // namespace ps
