#include "benchworkspace.h"

#include <cstdio>
#include <cstdlib>

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include "core/generate/generator.h"

namespace ps::bench {

QString generatedWorkspaceDir(BenchSize size)
{
    const QString dir = QDir::tempPath()
        + QStringLiteral("/policy-studio-bench-%1-%2-%3")
              .arg(size.namespaces)
              .arg(size.pods)
              .arg(size.policies);
    if (QFile::exists(dir + QStringLiteral("/.complete")))
        return dir;
    QDir().mkpath(dir);
    GeneratorOptions options;
    options.namespaces = size.namespaces;
    options.pods = size.pods;
    options.policies = size.policies;
    options.seed = 1;
    const auto files = Generator(options).generateFiles();
    if (!files) {
        std::fprintf(stderr, "generate failed: %s\n", qPrintable(files.error().message));
        std::exit(1);
    }
    for (const GeneratedFile &f : files.value()) {
        QSaveFile out(dir + u'/' + f.name);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.content) != f.content.size()
            || !out.commit()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
            std::exit(1);
        }
    }
    QFile marker(dir + QStringLiteral("/.complete"));
    if (!marker.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(marker.fileName()));
        std::exit(1);
    }
    return dir;
}

QStringList generatedWorkspaceFiles(BenchSize size)
{
    const QDir dir(generatedWorkspaceDir(size));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace ps::bench
