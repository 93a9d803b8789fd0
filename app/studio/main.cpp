// policy-studio: the desktop application. Opens the files or folders given on the command
// line, or the embedded demo workspace when none are given; offers to restore unsaved work
// left by a session that did not shut down cleanly.

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include "resources/demoworkspace.h"
#include "ui/document.h"
#include "ui/i18n.h"
#include "ui/mainwindow.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("policy-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Policy Studio"));
    QApplication::setOrganizationName(QStringLiteral("PolicyStudio"));
    QApplication::setApplicationVersion(QStringLiteral(POLICY_STUDIO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Understand and edit Calico network policy."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"),
        QApplication::translate("main", "Files or folders to open (default: the demo workspace)."),
        QStringLiteral("[paths...]"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Save a PNG of the window once the workspace is analysed, then quit."),
        QStringLiteral("file"));
    parser.addOption(screenshot);
    QCommandLineOption noRecovery(QStringLiteral("no-recovery"),
        QApplication::translate("main", "Do not offer to restore unsaved work."));
    parser.addOption(noRecovery);
    QCommandLineOption language(QStringLiteral("lang"),
        QApplication::translate("main",
            "User interface language, e.g. zh_CN or en (default: the ui/language setting, else the "
            "system locale)."),
        QStringLiteral("language"));
    parser.addOption(language);
    parser.process(app);
    ps::installTranslations(app, parser.value(language));

    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        paths.append(ps::demoWorkspacePath());

    ps::MainWindow window;
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QObject::connect(
            window.document(), &ps::Document::analysisReady, &window,
            [&window, file] {
                QTimer::singleShot(300, &window, [&window, file] {
                    const bool saved = window.grab().save(file);
                    QCoreApplication::exit(saved ? 0 : 1);
                });
            },
            Qt::SingleShotConnection);
    }
    const bool restoring
        = !parser.isSet(screenshot) && !parser.isSet(noRecovery) && window.offerRecovery();
    if (!restoring)
        window.openPaths(paths);
    return app.exec();
}
