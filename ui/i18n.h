#pragma once
// The studio's languages: installs the compiled translation of the studio (embedded under
// :/i18n, see translations/) and Qt's own qtbase translation for one language, chosen by the
// caller (--lang), else by the "ui/language" setting, else by the system locale.

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ps {

/// The QSettings key that holds the preferred language ("zh_CN", "en"; empty = system).
inline constexpr char kLanguageSettingsKey[] = "ui/language";

/// The language actually used for `language`: it when not empty, else the "ui/language"
/// setting, else the system locale's name ("zh_CN", "en_US", ...).
QString effectiveLanguage(const QString &language);

/// Install the translators for `language` (see effectiveLanguage()) on `app`, replacing the
/// ones a previous call installed. Returns false when the studio has no translation for that
/// language (English is the source language: then nothing is needed and true is returned).
/// For a CJK language, the application font gains a fallback family that has the glyphs.
bool installTranslations(QCoreApplication &app, const QString &language);

/// Languages the studio is translated into ("en", "zh_CN").
QStringList availableLanguages();

} // namespace ps
