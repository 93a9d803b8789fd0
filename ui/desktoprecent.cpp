#include "ui/desktoprecent.h"

#include <QCoreApplication>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

#include "core/io/workspacestore.h"

using namespace Qt::Literals::StringLiterals;

namespace ps {

namespace {

const QString kBookmarkNs = u"http://www.freedesktop.org/standards/desktop-bookmarks"_s;
const QString kMimeNs = u"http://www.freedesktop.org/standards/shared-mime-info"_s;

QString stamp(const QDateTime &when)
{
    // The form GLib writes and reads: UTC with microseconds and a Z.
    return when.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz000Z"_s);
}

/// The first child element of `parent` with this namespace and local name (or, for XBEL's own
/// elements, no namespace and this tag name).
QDomElement child(const QDomElement &parent, const QString &ns, const QString &name)
{
    for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (ns.isEmpty() ? e.tagName() == name : e.namespaceURI() == ns && e.localName() == name)
            return e;
    }
    return {};
}

QDomElement ensureChild(QDomDocument &doc, QDomElement parent, const QString &ns,
    const QString &qualifiedName, const QString &localName)
{
    QDomElement e = child(parent, ns, localName);
    if (e.isNull()) {
        e = ns.isEmpty() ? doc.createElement(qualifiedName)
                         : doc.createElementNS(ns, qualifiedName);
        parent.appendChild(e);
    }
    return e;
}

} // namespace

QString desktopRecentFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"recently-used.xbel"_s);
}

Result<void> addDesktopRecent(const DesktopRecentEntry &entry, const QString &fileName)
{
    const QString file = fileName.isEmpty() ? desktopRecentFile() : fileName;
    QDomDocument doc;
    QFile in(file);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly))
            return Error {QCoreApplication::translate("ps::DesktopRecent", "cannot read %1: %2")
                              .arg(file, in.errorString()),
                file};
        QString message;
        int line = 0;
        int column = 0;
        if (!doc.setContent(&in, true, &message, &line, &column)
            || doc.documentElement().tagName() != u"xbel") {
            return Error {
                QCoreApplication::translate("ps::DesktopRecent",
                    "%1 is not a list of recently used files (XBEL)%2; it was left as it is")
                    .arg(file, message.isEmpty() ? QString() : u": "_s + message),
                file, line, column};
        }
    } else {
        doc.appendChild(
            doc.createProcessingInstruction(u"xml"_s, u"version=\"1.0\" encoding=\"UTF-8\""_s));
        QDomElement root = doc.createElement(u"xbel"_s);
        root.setAttribute(u"version"_s, u"1.0"_s);
        root.setAttribute(u"xmlns:bookmark"_s, kBookmarkNs);
        root.setAttribute(u"xmlns:mime"_s, kMimeNs);
        doc.appendChild(root);
    }
    QDomElement root = doc.documentElement();
    const QString href = QString::fromUtf8(QUrl::fromLocalFile(entry.path).toEncoded());
    const QString now = stamp(entry.when.isValid() ? entry.when : QDateTime::currentDateTimeUtc());

    QDomElement bookmark;
    for (QDomElement e = root.firstChildElement(u"bookmark"_s); !e.isNull();
         e = e.nextSiblingElement(u"bookmark"_s)) {
        if (e.attribute(u"href"_s) == href) {
            bookmark = e;
            break;
        }
    }
    if (bookmark.isNull()) {
        bookmark = doc.createElement(u"bookmark"_s);
        bookmark.setAttribute(u"href"_s, href);
        bookmark.setAttribute(u"added"_s, now);
        root.appendChild(bookmark);
    }
    bookmark.setAttribute(u"modified"_s, now);
    bookmark.setAttribute(u"visited"_s, now);

    QDomElement info = ensureChild(doc, bookmark, {}, u"info"_s, u"info"_s);
    QDomElement metadata;
    for (QDomElement e = info.firstChildElement(u"metadata"_s); !e.isNull();
         e = e.nextSiblingElement(u"metadata"_s)) {
        if (e.attribute(u"owner"_s) == u"http://freedesktop.org")
            metadata = e;
    }
    if (metadata.isNull()) {
        metadata = doc.createElement(u"metadata"_s);
        metadata.setAttribute(u"owner"_s, u"http://freedesktop.org"_s);
        info.appendChild(metadata);
    }
    QDomElement mime = ensureChild(doc, metadata, kMimeNs, u"mime:mime-type"_s, u"mime-type"_s);
    mime.setAttribute(u"type"_s, entry.mimeType);
    QDomElement apps
        = ensureChild(doc, metadata, kBookmarkNs, u"bookmark:applications"_s, u"applications"_s);
    QDomElement app;
    for (QDomElement e = apps.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (e.localName() == u"application" && e.attribute(u"name"_s) == entry.appName)
            app = e;
    }
    if (app.isNull()) {
        app = doc.createElementNS(kBookmarkNs, u"bookmark:application"_s);
        app.setAttribute(u"name"_s, entry.appName);
        app.setAttribute(u"count"_s, 0);
        apps.appendChild(app);
    }
    app.setAttribute(u"exec"_s, entry.exec);
    app.setAttribute(u"modified"_s, now);
    app.setAttribute(u"count"_s, app.attribute(u"count"_s).toInt() + 1);

    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Error {
            QCoreApplication::translate("ps::DesktopRecent", "cannot create the folder of %1")
                .arg(file),
            file};
    const Result<FileFingerprint> written = writeFileAtomically(file, doc.toByteArray(2));
    if (!written)
        return written.error();
    return {};
}

} // namespace ps
