// The studio's entries in the desktop's recently-used.xbel: added and updated without
// disturbing other applications' entries, and a file that is not XBEL is never overwritten.

#include <QDomDocument>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "ui/desktoprecent.h"

using namespace Qt::Literals::StringLiterals;
using namespace ps;

namespace {

// What GLib's GtkRecentManager writes (another application's entry).
const QByteArray kGlibFile = R"(<?xml version="1.0" encoding="UTF-8"?>
<xbel version="1.0"
      xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks"
      xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info"
>
  <bookmark href="file:///home/u/notes.txt" added="2026-11-01T10:00:00.000000Z" modified="2026-11-01T10:00:00.000000Z" visited="2026-11-01T10:00:00.000000Z">
    <info>
      <metadata owner="http://freedesktop.org">
        <mime:mime-type type="text/plain"/>
        <bookmark:applications>
          <bookmark:application name="gedit" exec="&apos;gedit %u&apos;" modified="2026-11-01T10:00:00.000000Z" count="3"/>
        </bookmark:applications>
      </metadata>
    </info>
  </bookmark>
</xbel>
)";

QDomDocument parse(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QDomDocument doc;
    if (!doc.setContent(&f, true))
        return {};
    return doc;
}

QDomElement bookmarkFor(const QDomDocument &doc, const QString &href)
{
    const QDomNodeList list = doc.elementsByTagName(u"bookmark"_s);
    for (int i = 0; i < list.size(); ++i) {
        const QDomElement e = list.at(i).toElement();
        if (e.attribute(u"href"_s) == href)
            return e;
    }
    return {};
}

QDomElement applicationIn(const QDomElement &bookmark, const QString &name)
{
    const QDomNodeList apps = bookmark.elementsByTagNameNS(
        u"http://www.freedesktop.org/standards/desktop-bookmarks"_s, u"application"_s);
    for (int i = 0; i < apps.size(); ++i) {
        const QDomElement e = apps.at(i).toElement();
        if (e.attribute(u"name"_s) == name)
            return e;
    }
    return {};
}

DesktopRecentEntry entry(const QString &path)
{
    return {path, u"application/x-calico-policy+yaml"_s, u"Policy Studio"_s,
        u"'policy-studio %u'"_s, QDateTime(QDate(2026, 12, 6), QTime(4, 5, 6), Qt::UTC)};
}

} // namespace

class TestDesktopRecent : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newListHasTheEntry();
    void otherApplicationsEntriesAreKept();
    void reopeningUpdatesTheSameBookmark();
    void notXbelIsLeftAlone();
};

void TestDesktopRecent::newListHasTheEntry()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"share/recently-used.xbel"_s);
    const Result<void> added = addDesktopRecent(entry(u"/srv/policies/a b.yaml"_s), file);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
    const QDomDocument doc = parse(file);
    QCOMPARE(doc.documentElement().tagName(), u"xbel"_s);
    const QDomElement b = bookmarkFor(doc, u"file:///srv/policies/a%20b.yaml"_s);
    QVERIFY(!b.isNull());
    QCOMPARE(b.attribute(u"added"_s), u"2026-12-06T04:05:06.000000Z"_s);
    const QDomElement mime
        = b.elementsByTagNameNS(
               u"http://www.freedesktop.org/standards/shared-mime-info"_s, u"mime-type"_s)
              .at(0)
              .toElement();
    QCOMPARE(mime.attribute(u"type"_s), u"application/x-calico-policy+yaml"_s);
    const QDomElement app = applicationIn(b, u"Policy Studio"_s);
    QVERIFY(!app.isNull());
    QCOMPARE(app.attribute(u"exec"_s), u"'policy-studio %u'"_s);
    QCOMPARE(app.attribute(u"count"_s), u"1"_s);
}

void TestDesktopRecent::otherApplicationsEntriesAreKept()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"recently-used.xbel"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kGlibFile);
    f.close();
    QVERIFY(addDesktopRecent(entry(u"/srv/p.yaml"_s), file).ok());
    const QDomDocument doc = parse(file);
    const QDomElement gedit = bookmarkFor(doc, u"file:///home/u/notes.txt"_s);
    QVERIFY(!gedit.isNull());
    QCOMPARE(applicationIn(gedit, u"gedit"_s).attribute(u"count"_s), u"3"_s);
    QCOMPARE(applicationIn(gedit, u"gedit"_s).attribute(u"exec"_s), u"'gedit %u'"_s);
    QVERIFY(!bookmarkFor(doc, u"file:///srv/p.yaml"_s).isNull());
    QCOMPARE(doc.elementsByTagName(u"bookmark"_s).size(), 2);
}

void TestDesktopRecent::reopeningUpdatesTheSameBookmark()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"recently-used.xbel"_s);
    DesktopRecentEntry e = entry(u"/srv/p.yaml"_s);
    QVERIFY(addDesktopRecent(e, file).ok());
    e.when = e.when.addSecs(60);
    QVERIFY(addDesktopRecent(e, file).ok());
    const QDomDocument doc = parse(file);
    QCOMPARE(doc.elementsByTagName(u"bookmark"_s).size(), 1);
    const QDomElement b = bookmarkFor(doc, u"file:///srv/p.yaml"_s);
    QCOMPARE(b.attribute(u"added"_s), u"2026-12-06T04:05:06.000000Z"_s);
    QCOMPARE(b.attribute(u"visited"_s), u"2026-12-06T04:06:06.000000Z"_s);
    QCOMPARE(applicationIn(b, u"Policy Studio"_s).attribute(u"count"_s), u"2"_s);
}

void TestDesktopRecent::notXbelIsLeftAlone()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"recently-used.xbel"_s);
    const QByteArray garbage = "<xbel version=\"1.0\"><bookmark href=\"x\">\n  <unclosed>\n";
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(garbage);
    f.close();
    const Result<void> added = addDesktopRecent(entry(u"/srv/p.yaml"_s), file);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().message.contains(u"left as it is"_s), qPrintable(added.error().message));
    QCOMPARE(added.error().file, file);
    QVERIFY(added.error().line > 0);
    QFile back(file);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), garbage);
}

QTEST_GUILESS_MAIN(TestDesktopRecent)
#include "tst_desktoprecent.moc"
