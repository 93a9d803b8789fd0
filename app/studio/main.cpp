// policy-studio: the desktop application. Opens the files or folders given on the command
// line, or the embedded demo workspace when none are given; offers to restore unsaved work
// left by a session that did not shut down cleanly.

#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include "resources/demoworkspace.h"
#include "ui/document.h"
#include "ui/i18n.h"
#include "ui/mainwindow.h"

namespace {

// The studio's command line. Descriptions are translated when it is made: make it after the
// translators are installed for --help to speak the chosen language.
struct StudioCommandLine {
    QCommandLineParser parser;
    QCommandLineOption screenshot {QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Save a PNG of the window once the workspace is analysed, then quit."),
        QStringLiteral("file")};
    QCommandLineOption noRecovery {QStringLiteral("no-recovery"),
        QApplication::translate("main", "Do not offer to restore unsaved work.")};
    QCommandLineOption language {QStringLiteral("lang"),
        QApplication::translate("main",
            "User interface language, e.g. zh_CN or en (default: the ui/language setting, else the "
            "system locale)."),
        QStringLiteral("language")};

    StudioCommandLine()
    {
        parser.setApplicationDescription(
            QApplication::translate("main", "Understand and edit Calico network policy."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("paths"),
            QApplication::translate(
                "main", "Files or folders to open (default: the demo workspace)."),
            QStringLiteral("[paths...]"));
        parser.addOptions({screenshot, noRecovery, language});
    }
};

/// --help and --version print text and need no window: answered without a display (a
/// server, a package check), where QApplication could not start.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("policy-studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("PolicyStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POLICY_STUDIO_VERSION));
}

/// Installs the translators for the chosen language (--lang, read first by the same parser so
/// "--screenshot --lang" means what it means below; errors are left to the translated parse),
/// then reads the command line, answering --help and --version.
std::unique_ptr<StudioCommandLine> readCommandLine(QCoreApplication &app)
{
    {
        StudioCommandLine untranslated;
        untranslated.parser.parse(QCoreApplication::arguments());
        ps::installTranslations(app, untranslated.parser.value(untranslated.language));
    }
    auto commandLine = std::make_unique<StudioCommandLine>();
    commandLine->parser.process(app);
    return commandLine;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        readCommandLine(app); // prints the text and exits
        return 0;
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Policy Studio"));
    // The desktop entry the window belongs to (task bars and Wayland find the icon through it).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.policystudio.PolicyStudio"));
    {
        QIcon icon;
        for (const int size : {16, 24, 32, 48, 64, 128, 256})
            icon.addFile(
                QStringLiteral(":/icons/policy-studio-%1.png").arg(size), QSize(size, size));
        QApplication::setWindowIcon(icon);
    }
    const std::unique_ptr<StudioCommandLine> commandLine = readCommandLine(app);
    const QCommandLineParser &parser = commandLine->parser;

    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        paths.append(ps::demoWorkspacePath());

    ps::MainWindow window;
    window.show();
    if (parser.isSet(commandLine->screenshot)) {
        const QString file = parser.value(commandLine->screenshot);
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
    const bool restoring = !parser.isSet(commandLine->screenshot)
        && !parser.isSet(commandLine->noRecovery) && window.offerRecovery();
    if (!restoring)
        window.openPaths(paths);
    return app.exec();
}
