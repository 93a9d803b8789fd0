#include "ui/i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include "translations/translations.h"

namespace ps {

namespace {

const QString kTranslatorName = QStringLiteral("ps-translator");
const QString kFilePrefix = QStringLiteral("policy-studio");

bool isSourceLanguage(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

// The first installed family that has Han glyphs for the language, preferring the ones we ship
// in install-deps (WenQuanYi Micro Hei) and the common Noto CJK families.
QString cjkFamily(const QLocale &locale)
{
    QFontDatabase::WritingSystem system = QFontDatabase::SimplifiedChinese;
    if (locale.language() == QLocale::Japanese)
        system = QFontDatabase::Japanese;
    else if (locale.language() == QLocale::Korean)
        system = QFontDatabase::Korean;
    else if (locale.script() == QLocale::TraditionalHanScript
        || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong)
        system = QFontDatabase::TraditionalChinese;
    const QStringList families = QFontDatabase::families(system);
    for (const QString &preferred : {QStringLiteral("WenQuanYi Micro Hei"),
             QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans CJK TC"),
             QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Source Han Sans SC")}) {
        if (families.contains(preferred))
            return preferred;
    }
    return families.value(0);
}

void ensureGlyphs(const QLocale &locale)
{
    const bool cjk = locale.language() == QLocale::Chinese || locale.language() == QLocale::Japanese
        || locale.language() == QLocale::Korean;
    if (!cjk || !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    QFont font = QGuiApplication::font();
    if (QFontMetrics(font).inFontUcs4(0x4E2D)) // 中
        return;
    const QString family = cjkFamily(locale);
    if (family.isEmpty())
        return;
    QStringList families = font.families();
    if (families.isEmpty())
        families.append(font.family());
    families.prepend(family);
    font.setFamilies(families);
    QGuiApplication::setFont(font);
}

} // namespace

QString effectiveLanguage(const QString &language)
{
    if (!language.isEmpty())
        return language;
    const QString configured
        = QSettings().value(QLatin1StringView(kLanguageSettingsKey)).toString();
    if (!configured.isEmpty())
        return configured;
    return QLocale::system().name();
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    const QList<QTranslator *> previous
        = app.findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    const QLocale locale(effectiveLanguage(language));
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    qt->setObjectName(kTranslatorName);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *ours = new QTranslator(&app);
    ours->setObjectName(kTranslatorName);
    // The C locale (a bare container) reads English: our English plural forms apply there too.
    const QLocale ui = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    const bool loaded = ours->load(ui, kFilePrefix, QStringLiteral("_"), translationsPath());
    if (loaded)
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    ensureGlyphs(locale);
    return loaded || isSourceLanguage(locale);
}

QStringList availableLanguages()
{
    QStringList out;
    const QStringList files
        = QDir(translationsPath())
              .entryList({kFilePrefix + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        out.append(file.mid(kFilePrefix.size() + 1).chopped(3));
    return out;
}

} // namespace ps
