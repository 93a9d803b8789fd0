// The studio's translations: installTranslations() picks the language from its argument, the
// "ui/language" setting or the system locale and makes the UI speak it (our .qm embedded under
// :/i18n, plus Qt's own); the committed zh_CN .ts is complete and keeps placeholders and
// accelerators; Chinese text has glyphs on the offscreen platform.

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontMetrics>
#include <QLabel>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextLayout>
#include <QXmlStreamReader>

#include "resources/demoworkspace.h"
#include "ui/dataplane/dataplanepanel.h"
#include "ui/document.h"
#include "ui/i18n.h"

using namespace ps;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool unfinished = false;
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message") {
                message = {};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            } else if (xml.name() == u"source")
                message.source = xml.readElementText();
            else if (xml.name() == u"translation") {
                const QStringView type = xml.attributes().value(QLatin1StringView("type"));
                message.unfinished = type == u"unfinished";
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (xml.name() == u"numerusform")
                message.translations.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == u"message") {
            out.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:n|L?\\d+)"));
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured());
    out.sort();
    out.removeDuplicates();
    return out;
}

// The accelerator letter of "&File" / "Open &Folder…" (none for "&&").
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] == u'&') {
                ++i;
                continue;
            }
            return text[i + 1].toUpper();
        }
    }
    return {};
}

QString tsPath()
{
    return QStringLiteral(POLICY_TRANSLATIONS_DIR "/policy-studio_zh_CN.ts");
}

} // namespace

class TestI18n : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PolicyStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_i18n"));
        QSettings().remove(QLatin1StringView(kLanguageSettingsKey));
    }

    void cleanup()
    {
        QSettings().remove(QLatin1StringView(kLanguageSettingsKey));
        installTranslations(*qApp, QStringLiteral("en"));
    }

    void bothLanguagesAreEmbedded()
    {
        const QStringList languages = availableLanguages();
        QVERIFY2(languages.contains(QStringLiteral("zh_CN")), qPrintable(languages.join(u',')));
        QVERIFY(languages.contains(QStringLiteral("en")));
    }

    void chineseTranslatesTheUi_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("panel toolbar") << QStringLiteral("ps::DataplanePanel")
                                       << QStringLiteral("Node:") << QStringLiteral("节点：");
        QTest::newRow("panel empty state")
            << QStringLiteral("ps::DataplanePanel")
            << QStringLiteral("Select a pod or a node to see what Felix would program.")
            << QStringLiteral("选择一个 Pod 或节点，查看 Felix 将会下发的规则。");
        QTest::newRow("main window menu") << QStringLiteral("ps::MainWindow")
                                          << QStringLiteral("&File") << QStringLiteral("文件(&F)");
    }

    void chineseTranslatesTheUi()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
        QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source)), expected);
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    }

    void chinesePanelShowsChineseLabels()
    {
        QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
        Document document;
        DataplanePanel panel(&document);
        QStringList labels;
        for (const QLabel *label : panel.findChildren<QLabel *>())
            labels.append(label->text());
        QVERIFY2(labels.contains(QStringLiteral("节点：")), qPrintable(labels.join(u'|')));
        QVERIFY(panel.message().contains(QStringLiteral("Felix")));
        QVERIFY(panel.message()
            != QStringLiteral("Select a pod or a node to see what Felix would program."));
    }

    void englishPluralsAndFallBack()
    {
        QVERIFY(installTranslations(*qApp, QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("ps::DataplanePanel", "%n chain(s)", "", 1),
            QStringLiteral("1 chain"));
        QCOMPARE(QCoreApplication::translate("ps::DataplanePanel", "%n chain(s)", "", 3),
            QStringLiteral("3 chains"));
        QCOMPARE(
            QCoreApplication::translate("ps::DataplanePanel", "Node:"), QStringLiteral("Node:"));
        // A language we do not have: false, and the UI stays English.
        QVERIFY(!installTranslations(*qApp, QStringLiteral("fr_FR")));
        QCOMPARE(
            QCoreApplication::translate("ps::DataplanePanel", "Node:"), QStringLiteral("Node:"));
    }

    void settingChoosesTheLanguage()
    {
        QSettings().setValue(QLatin1StringView(kLanguageSettingsKey), QStringLiteral("zh_CN"));
        QCOMPARE(effectiveLanguage({}), QStringLiteral("zh_CN"));
        QCOMPARE(effectiveLanguage(QStringLiteral("en")), QStringLiteral("en")); // --lang wins
        QVERIFY(installTranslations(*qApp, {}));
        QCOMPARE(
            QCoreApplication::translate("ps::DataplanePanel", "Node:"), QStringLiteral("节点："));
        QSettings().remove(QLatin1StringView(kLanguageSettingsKey));
        QCOMPARE(effectiveLanguage({}), QLocale::system().name());
    }

    void qtOwnStringsAreTranslated()
    {
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath)
            + QStringLiteral("/qtbase_zh_CN.qm");
        if (!QFile::exists(qtbase))
            QSKIP("qt6-translations-l10n is not installed (scripts/install-deps.sh installs it)");
        QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
        QVERIFY(
            QCoreApplication::translate("QPlatformTheme", "Cancel") != QStringLiteral("Cancel"));
    }

    void tsIsCompleteAndConsistent()
    {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList unfinished;
        QStringList broken;
        for (const TsMessage &m : messages) {
            if (m.unfinished) {
                unfinished.append(m.context + QStringLiteral(": ") + m.source);
                continue;
            }
            QVERIFY(!m.translations.isEmpty());
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    broken.append(m.context + QStringLiteral(": empty translation of ") + m.source);
                if (placeholders(m.source) != placeholders(t))
                    broken.append(m.context + QStringLiteral(": placeholders of ") + m.source
                        + QStringLiteral(" → ") + t);
                const QChar key = accelerator(m.source);
                if (!key.isNull() && accelerator(t) != key)
                    broken.append(m.context + QStringLiteral(": accelerator of ") + m.source
                        + QStringLiteral(" → ") + t);
                if (m.source.endsWith(u"…") && !t.endsWith(u"…"))
                    broken.append(m.context + QStringLiteral(": ellipsis of ") + m.source
                        + QStringLiteral(" → ") + t);
            }
        }
        QVERIFY2(unfinished.isEmpty(),
            qPrintable(QStringLiteral("%1 unfinished:\n").arg(unfinished.size())
                + unfinished.mid(0, 40).join(u'\n')));
        QVERIFY2(broken.isEmpty(), qPrintable(broken.mid(0, 40).join(u'\n')));
    }

    void chineseTextHasGlyphs()
    {
        QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
        const QString text = QCoreApplication::translate("ps::DataplanePanel", "Node:");
        QCOMPARE(text, QStringLiteral("节点："));
        QLabel label(text);
        const QFont font = label.font();
        const QFontMetrics metrics(font);
        for (const char32_t c : text.toUcs4())
            QVERIFY2(metrics.inFontUcs4(c), qPrintable(font.family()));
        QTextLayout layout(text, font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        int glyphs = 0;
        for (const QGlyphRun &run : layout.glyphRuns()) {
            for (quint32 index : run.glyphIndexes()) {
                QVERIFY(index != 0); // 0 is .notdef, the empty box
                ++glyphs;
            }
        }
        QCOMPARE(glyphs, int(text.size()));
    }

    void screenshotInChinese()
    {
        QVERIFY(installTranslations(*qApp, QStringLiteral("zh_CN")));
        Document document;
        QSignalSpy ready(&document, &Document::analysisReady);
        document.open({demoWorkspacePath()});
        QVERIFY(ready.wait(30000));
        DataplanePanel panel(&document);
        panel.resize(1000, 420);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy rendered(&panel, &DataplanePanel::rendered);
        panel.setEndpoint(QStringLiteral("production/server-0"));
        QVERIFY(rendered.wait(20000));
        panel.highlightRule({QStringLiteral("GlobalNetworkPolicy"), QStringLiteral("deny-tcp-8080"),
            Direction::Ingress, 0});
        QCOMPARE(panel.highlightedLines().size(), 2);
        const int line = panel.highlightedLines().first();
        QCOMPARE(panel.toolTipForLine(line),
            QStringLiteral("来自 GlobalNetworkPolicy deny-tcp-8080，入站规则 0"));
        const auto *counts = panel.findChild<QLabel *>(QStringLiteral("dataplaneCounts"));
        QVERIFY2(counts->text().contains(QStringLiteral("2 行来自 deny-tcp-8080，入站规则 0")),
            qPrintable(counts->text()));
        QVERIFY(panel.grab().save(QDir::tempPath() + QStringLiteral("/dataplane-panel-zh_CN.png")));
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
