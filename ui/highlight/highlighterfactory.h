#pragma once
// HighlighterFactory: the one place that picks the views' syntax highlighters. Built with
// POLICY_STUDIO_KSYNTAXHIGHLIGHTING (KDE's KSyntaxHighlighting built for Qt 6 was found), the
// YAML editor is coloured by the library's YAML definition in the library's default theme for
// the palette (its dark theme when the palette's base is dark), and the dataplane text keeps
// RulesetHighlighter's tokens — the library has no iptables, ipset or nftables definition —
// with that theme's colours. Otherwise the built-in YamlHighlighter and RulesetHighlighter
// colour both. Each highlighter returned is owned by its document.

#include <QPalette>

class QSyntaxHighlighter;
class QTextDocument;

namespace ps {

class RulesetHighlighter;

class HighlighterFactory {
public:
    /// True when this build colours with KSyntaxHighlighting.
    static bool usesLibrary();
    /// A YAML highlighter for `document`, in colours for `palette`.
    static QSyntaxHighlighter *yaml(QTextDocument *document, const QPalette &palette);
    /// The dataplane text's highlighter for `document`, in colours for `palette`.
    static RulesetHighlighter *ruleset(QTextDocument *document, const QPalette &palette);
};

} // namespace ps
