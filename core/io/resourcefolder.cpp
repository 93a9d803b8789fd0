#include "core/io/resourcefolder.h"

#include <QDir>
#include <QFileInfo>

#include "core/io/workspacesettings.h"
#include "core/io/workspacestore.h"
#include "core/io/writer.h"
#include "core/model/resourcekindof.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

// A name as one path segment: Kubernetes names never hold '/', but a value read from a cluster
// is not trusted to keep to that.
QString segment(const QString &name)
{
    QString out = name;
    out.replace(u'/', u'_');
    if (out.isEmpty() || out == u"."_s || out == u".."_s)
        out = u"_"_s + out;
    return out;
}

} // namespace

Result<QStringList> ResourceFolderWriter::write(const Workspace &workspace, const QString &folder)
{
    const QDir dir(folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return Error {tr("%1 is not empty: pull into a new or empty folder").arg(folder)};
    if (!QDir().mkpath(folder))
        return Error {tr("cannot create the folder %1").arg(folder)};
    QStringList written;
    QString failure;
    const Writer writer;
    forEachResourceList([&](auto member) {
        for (const auto &r : workspace.data().*member) {
            if (!failure.isEmpty())
                return;
            QString path = kindDisplayName(resourceKindOf(r)).toLower();
            if (!r.meta.namespace_.isEmpty())
                path += u'/' + segment(r.meta.namespace_);
            path += u'/' + segment(r.meta.name) + u".yaml"_s;
            const QString file = dir.filePath(path);
            if (!QDir().mkpath(QFileInfo(file).path())) {
                failure = tr("cannot create the folder %1").arg(QFileInfo(file).path());
                return;
            }
            if (QFileInfo::exists(file)) {
                failure = tr("%1 would be written twice: two resources of one kind share the "
                             "name %2")
                              .arg(file, r.meta.name);
                return;
            }
            const Result<FileFingerprint> done = writeFileAtomically(file, writer.writeResource(r));
            if (!done) {
                failure = done.error().message;
                return;
            }
            written.append(file);
        }
    });
    if (!failure.isEmpty())
        return Error {failure};
    WorkspaceSettings settings;
    settings.calicoVersion = workspace->calicoVersion;
    if (const Result<void> saved = writeWorkspaceSettings(folder, settings); !saved)
        return saved.error();
    return written;
}

} // namespace ps
