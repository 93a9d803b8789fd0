// The built-in highlighters: a build without KSyntaxHighlighting compiles this file
// (highlighterfactory_kf.cpp otherwise; ui/CMakeLists.txt picks one).
#include "ui/highlight/highlighterfactory.h"

#include "ui/editor/yamlhighlighter.h"
#include "ui/highlight/rulesethighlighter.h"

namespace ps {

bool HighlighterFactory::usesLibrary()
{
    return false;
}

QSyntaxHighlighter *HighlighterFactory::yaml(QTextDocument *document, const QPalette &)
{
    return new YamlHighlighter(document);
}

RulesetHighlighter *HighlighterFactory::ruleset(QTextDocument *document, const QPalette &)
{
    return new RulesetHighlighter(document);
}

} // namespace ps
