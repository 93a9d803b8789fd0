// The KSyntaxHighlighting highlighters: a build that found the library for Qt 6 compiles this
// file instead of highlighterfactory.cpp (ui/CMakeLists.txt picks one).
#include "ui/highlight/highlighterfactory.h"

#include <utility>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QColor>
#include <QFont>

#include "ui/editor/yamlhighlighter.h"
#include "ui/highlight/rulesethighlighter.h"

namespace ps {

namespace {

namespace ksh = KSyntaxHighlighting;

// Made once: a repository reads the index of every definition and theme the library carries.
// Highlighters only copy definitions and themes out of it, on the GUI thread.
const ksh::Repository &repository()
{
    static const ksh::Repository r;
    return r;
}

// The library's own light or dark default (Breeze), by the palette's text background: a fixed
// choice, so the editor looks the same on every desktop with the same palette.
ksh::Theme themeFor(const QPalette &palette)
{
    return repository().defaultTheme(palette.color(QPalette::Base).lightness() < 128
            ? ksh::Repository::DarkTheme
            : ksh::Repository::LightTheme);
}

QTextCharFormat formatOf(const ksh::Theme &theme, ksh::Theme::TextStyle style)
{
    QTextCharFormat f;
    if (const QRgb colour = theme.textColor(style); colour != 0)
        f.setForeground(QColor::fromRgba(colour));
    if (theme.isBold(style))
        f.setFontWeight(QFont::Bold);
    if (theme.isItalic(style))
        f.setFontItalic(true);
    return f;
}

} // namespace

bool HighlighterFactory::usesLibrary()
{
    return true;
}

QSyntaxHighlighter *HighlighterFactory::yaml(QTextDocument *document, const QPalette &palette)
{
    const ksh::Definition definition = repository().definitionForName(QStringLiteral("YAML"));
    if (!definition.isValid())
        return new YamlHighlighter(document);
    auto *highlighter = new ksh::SyntaxHighlighter(document);
    highlighter->setTheme(themeFor(palette));
    highlighter->setDefinition(definition);
    return highlighter;
}

RulesetHighlighter *HighlighterFactory::ruleset(QTextDocument *document, const QPalette &palette)
{
    using Token = RulesetHighlighter::Token;
    using Style = ksh::Theme::TextStyle;
    auto *highlighter = new RulesetHighlighter(document);
    const ksh::Theme theme = themeFor(palette);
    // The verdicts keep their built-in green and red: a theme has no colour that means allow.
    const std::pair<Token, Style> styles[] = {
        {Token::Header, Style::Keyword},
        {Token::Chain, Style::Function},
        {Token::Return, Style::ControlFlow},
        {Token::Target, Style::BuiltIn},
        {Token::Match, Style::Attribute},
        {Token::Comment, Style::Comment},
        {Token::Hash, Style::Constant},
        {Token::Set, Style::Variable},
        {Token::Mark, Style::BaseN},
        {Token::Keyword, Style::Keyword},
    };
    for (const auto &[token, style] : styles)
        highlighter->setTokenFormat(token, formatOf(theme, style));
    return highlighter;
}

} // namespace ps
