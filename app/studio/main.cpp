// policy-studio: the desktop application. Opens the files or folders given on the command
// line, or the embedded demo workspace when none are given.

#include <QApplication>
#include <QCommandLineParser>

#include "resources/demoworkspace.h"
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
    parser.process(app);

    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        paths.append(ps::demoWorkspacePath());

    ps::MainWindow window;
    window.show();
    window.openPaths(paths);
    return app.exec();
}
