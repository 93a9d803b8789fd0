// HighlighterFactory: the YAML editor and the dataplane text get the highlighters the build
// chose — KSyntaxHighlighting's with POLICY_STUDIO_KSYNTAXHIGHLIGHTING, else the built-in
// ones — and a YAML key is coloured apart from its value either way. What only the library
// does (themes by palette) is skipped in a build without it.

#include <QApplication>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include "ui/editor/yamlview.h"
#include "ui/highlight/highlighterfactory.h"
#include "ui/highlight/rulesethighlighter.h"

using namespace ps;

namespace {

QTextCharFormat formatAt(const QTextDocument &document, int blockNumber, int column)
{
    const QTextBlock block = document.findBlockByNumber(blockNumber);
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    return {};
}

QPalette paletteWithBase(const QColor &base, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    return palette;
}

const QString kYaml = QStringLiteral("metadata:\n  name: allow-dns\n");
constexpr int kNameLine = 1;
constexpr int kKeyColumn = 2; // "name"
constexpr int kValueColumn = 8; // "allow-dns"

} // namespace

class TestHighlighterFactory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void yamlViewUsesTheFactorysHighlighter()
    {
        YamlView view;
        const auto *highlighter = view.textEdit()->document()->findChild<QSyntaxHighlighter *>();
        QVERIFY(highlighter);
        const QByteArray expected = HighlighterFactory::usesLibrary()
            ? QByteArrayLiteral("KSyntaxHighlighting::SyntaxHighlighter")
            : QByteArrayLiteral("ps::YamlHighlighter");
        QCOMPARE(QByteArray(highlighter->metaObject()->className()), expected);
    }

    void yamlKeyAndValueDiffer()
    {
        YamlView view;
        view.setPlainText(kYaml);
        const QTextDocument &document = *view.textEdit()->document();
        const QTextCharFormat key = formatAt(document, kNameLine, kKeyColumn);
        const QTextCharFormat value = formatAt(document, kNameLine, kValueColumn);
        QVERIFY(key.hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(key.foreground() != value.foreground());
    }

    void yamlFollowsThePalette()
    {
        if (!HighlighterFactory::usesLibrary())
            QSKIP("built without KSyntaxHighlighting: the built-in YAML colours are fixed");
        const QPalette original = QApplication::palette();
        const auto keyColour = [](const QPalette &palette) {
            QApplication::setPalette(palette);
            YamlView view;
            view.setPlainText(kYaml);
            return formatAt(*view.textEdit()->document(), kNameLine, kKeyColumn)
                .foreground()
                .color();
        };
        const QColor lightBase(Qt::white);
        const QColor darkBase(0x20, 0x20, 0x20);
        const QColor onLight = keyColour(paletteWithBase(lightBase, Qt::black));
        const QColor onDark = keyColour(paletteWithBase(darkBase, Qt::white));
        QApplication::setPalette(original);
        QVERIFY2(onLight != onDark, qPrintable(onLight.name()));
        // Each stands out from its own background: the dark theme for the dark palette.
        QVERIFY2(lightBase.lightness() - onLight.lightness() > 64, qPrintable(onLight.name()));
        QVERIFY2(onDark.lightness() - darkBase.lightness() > 64, qPrintable(onDark.name()));
    }

    void rulesetColours()
    {
        using Token = RulesetHighlighter::Token;
        QTextDocument made;
        const RulesetHighlighter *fromFactory = HighlighterFactory::ruleset(&made, QPalette());
        QTextDocument plain;
        const RulesetHighlighter builtIn(&plain);
        // The verdicts keep their meaning (green allows, red drops) with any theme.
        for (const Token verdict : {Token::Accept, Token::Drop})
            QCOMPARE(fromFactory->format(verdict), builtIn.format(verdict));
        if (HighlighterFactory::usesLibrary())
            QVERIFY(fromFactory->format(Token::Comment) != builtIn.format(Token::Comment));
        else
            for (int t = 0; t <= int(Token::Keyword); ++t)
                QCOMPARE(fromFactory->format(Token(t)), builtIn.format(Token(t)));
    }
};

QTEST_MAIN(TestHighlighterFactory)
#include "tst_highlighterfactory.moc"
